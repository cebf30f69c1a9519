import { describe, expect, it } from 'vitest';
import { addRecent, parseRecent } from '../../../electron/recent-projects';

describe('addRecent', () => {
  it('puts the newest first without duplicates', () => {
    expect(addRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
  });

  it('keeps at most the given number', () => {
    expect(addRecent(['/a', '/b'], '/c', 2)).toEqual(['/c', '/a']);
  });
});

describe('parseRecent', () => {
  it('reads a stored list and ignores anything malformed', () => {
    expect(parseRecent('["/a", 3, "/b"]')).toEqual(['/a', '/b']);
    expect(parseRecent('{')).toEqual([]);
    expect(parseRecent('{"a":1}')).toEqual([]);
    expect(parseRecent(null)).toEqual([]);
  });
});
