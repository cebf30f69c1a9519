import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../../core/server/parse-serve-args';

describe('parseServeArgs', () => {
  it('defaults to a free port and no project', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, project: null, coder: null, help: false });
  });

  it('reads --port and --project', () => {
    expect(
      parseServeArgs(['--port', '4321', '--project', 'study.telaah', '--coder', 'Sari']),
    ).toEqual({ port: 4321, project: 'study.telaah', coder: 'Sari', help: false });
  });

  it('refuses a bad port, a missing project file and unknown options', () => {
    expect(() => parseServeArgs(['--port', 'http'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--project'])).toThrow(/--project/);
    expect(() => parseServeArgs(['--host', '0.0.0.0'])).toThrow(/Unknown option "--host"/);
  });
});
