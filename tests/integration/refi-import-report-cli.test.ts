import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows, runTelaah } from '../helpers/run-telaah';
import { buildQdpx } from '../unit/core/exchange/refi/build-qdpx';

// An ATLAS.ti-shaped export (README, "How the import is checked"): a .qde named after the project, upper-case GUIDs,
// a CRLF text counted with CRLF as one, media and a text left outside the archive.
const TEXT = 'Adat dijaga bersama.\r\nAturan baru terasa berat bagi pemuda.';
const LENGTH = Array.from(TEXT.replaceAll('\r\n', '\n')).length;
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project name="Desa" origin="ATLAS.ti 23.2.1" xmlns="urn:QDA-XML:project:1.0">
  <CodeBook><Codes>
    <Code guid="A1000000-0000-4000-8000-000000000001" name="norm" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="B1000000-0000-4000-8000-000000000001" name="Wawancara desa" plainTextPath="internal://B1000000-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="C1000000-0000-4000-8000-000000000002" name="" startPosition="21" endPosition="${LENGTH + 9}">
        <Coding guid="D1000000-0000-4000-8000-000000000002"><CodeRef targetGUID="A1000000-0000-4000-8000-000000000001"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="B1000000-0000-4000-8000-000000000002" name="Catatan lapangan" plainTextPath="relative:///catatan.txt"/>
    <PictureSource guid="B1000000-0000-4000-8000-000000000003" name="peta-desa.png" path="relative:///peta-desa.png"/>
  </Sources>
</Project>`;

describe('telaah import of another tool’s .qdpx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-refi-report-'));
    writeFileSync(
      join(dir, 'desa.qdpx'),
      buildQdpx({
        'Desa.qde': QDE,
        'sources/B1000000-0000-4000-8000-000000000001.txt': TEXT,
      }),
    );
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints why passages needed help and what was left out, in English', () => {
    expect(runTelaah(['new', 'a.telaah'], { cwd: dir }).status).toBe(0);
    const run = runTelaah(['import', 'a.telaah', 'desa.qdpx'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').map((l) => l.trim());
    expect(lines).toContain(
      `clamped    Wawancara desa: 21–${LENGTH + 9} (positions 21–${LENGTH + 9} lie outside the text (length ${LENGTH}); cut to fit)`,
    );
    expect(lines).toContain('not imported  source peta-desa.png: PictureSource is not supported');
    expect(lines).toContain(
      'not imported  source Catatan lapangan: its text file relative:///catatan.txt is outside the archive',
    );
  });

  it('gives the codes and numbers behind each detail in --json', () => {
    expect(runTelaah(['new', 'b.telaah'], { cwd: dir }).status).toBe(0);
    const run = runTelaah(['import', 'b.telaah', 'desa.qdpx', '--json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(jsonRows(run)[0]).toMatchObject({
      kind: 'project',
      positions: { unit: 'codepoint', crlf: 'one' },
      offsetIssues: [{ kind: 'clamped', start: 21, end: LENGTH + 9, length: LENGTH }],
      skipped: [
        { what: 'source', detail: { code: 'unsupportedSource', kind: 'PictureSource' } },
        {
          what: 'source',
          detail: { code: 'textFileOutside', path: 'relative:///catatan.txt' },
        },
      ],
    });
  });
});
