import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Splitter } from '../../../renderer/features/workspace/Splitter';
import { readPaneSizes } from '../../../renderer/features/workspace/use-pane-sizes';

afterEach(cleanup);

function Harness() {
  const [value, setValue] = useState(280);
  return (
    <Splitter
      label="Resize the left column"
      orientation="vertical"
      value={value}
      min={180}
      max={520}
      step={16}
      fromDrag={(start, delta) => start + delta}
      onChange={(next) => {
        setValue(Math.min(520, Math.max(180, next)));
      }}
    />
  );
}

describe('Splitter', () => {
  it('resizes with the arrow keys and jumps to the limits with Home and End', () => {
    render(<Harness />);
    const splitter = screen.getByRole('separator', { name: 'Resize the left column' });
    fireEvent.keyDown(splitter, { key: 'ArrowRight' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('296');
    fireEvent.keyDown(splitter, { key: 'ArrowLeft' });
    fireEvent.keyDown(splitter, { key: 'ArrowLeft' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('264');
    fireEvent.keyDown(splitter, { key: 'End' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('520');
    fireEvent.keyDown(splitter, { key: 'Home' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('180');
  });
});

describe('readPaneSizes', () => {
  it('keeps stored sizes within limits and falls back on malformed text', () => {
    expect(readPaneSizes('{"left": 9999, "side": 300, "documents": 40}')).toEqual({
      left: 520,
      side: 300,
      documents: 40,
    });
    expect(readPaneSizes('not json').left).toBe(readPaneSizes(null).left);
  });
});
