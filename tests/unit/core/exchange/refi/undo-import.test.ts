import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyProjectImport } from '../../../../../core/exchange/refi/apply-project-import';
import { readRefiProject } from '../../../../../core/exchange/refi/read-refi-project';
import { historyState } from '../../../../../core/history/history-state';
import { undo } from '../../../../../core/history/undo-redo';
import { createTestDb } from '../../../../helpers/create-test-db';

const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="QualCoder 3.5">
  <CodeBook><Codes><Code guid="c0de0061-0000-4000-8000-000000000061" name="norm" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="d0c00061-0000-4000-8000-000000000061" name="a.txt" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="5e100061-0000-4000-8000-000000000061" startPosition="0" endPosition="5">
        <Coding guid="c0d10061-0000-4000-8000-000000000061"><CodeRef targetGUID="c0de0061-0000-4000-8000-000000000061"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;

describe('undoing a project import', () => {
  it('is one step that, like importing papers, undo never half-reverts', async () => {
    const ctx = createTestDb();
    const zip = zipSync({ 'project.qde': strToU8(QDE), 'sources/a.txt': strToU8('Norma kota.') });
    applyProjectImport(ctx, await readRefiProject(zip, 'p.qdpx'));
    const count = (table: string) =>
      (ctx.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect([count('documents'), count('codes'), count('codings')]).toEqual([1, 1, 1]);
    const groups = ctx.db.$client
      .prepare("select count(distinct group_id) as n from events where action <> 'coders.create'")
      .get();
    expect(groups).toEqual({ n: 1 });
    expect(historyState(ctx)).toMatchObject({ canUndo: false });
    undo(ctx);
    expect([count('documents'), count('codes'), count('segments'), count('codings')]).toEqual([
      1, 1, 1, 1,
    ]);
  });
});
