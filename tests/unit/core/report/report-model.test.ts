import { describe, expect, it } from 'vitest';
import { displays } from '../../../../db/schema';
import { createConclusion } from '../../../../core/analysis/conclusions/write-conclusion';
import { reportHtml } from '../../../../core/report/report-html';
import { mdEscape } from '../../../../core/report/report-markdown';
import { buildReportModel } from '../../../../core/report/report-model';
import { createCode } from '../../../../core/coding/create-code';
import { aCode } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

describe('buildReportModel', () => {
  it('lists every display, with a reason instead of a table when one cannot be drawn', () => {
    const ctx = createTestDb();
    ctx.db
      .insert(displays)
      .values({
        id: 'd1',
        kind: 'network',
        name: 'Map <of> codes',
        config: '{"broken":',
        authorId: ctx.coderId,
        createdAt: 1,
        updatedAt: 1,
      })
      .run();
    const model = buildReportModel(ctx, { language: 'en' });
    expect(model.displays.map((d) => d.name)).toEqual(['Map <of> codes']);
    const html = reportHtml(model);
    expect(html).toContain('Map &lt;of&gt; codes');
    expect(buildReportModel(ctx, { language: 'en', displayIds: [] }).displays).toEqual([]);
  });

  it('orders the codebook as a tree and the claims as the ledger', () => {
    const ctx = createTestDb();
    const parent = createCode(ctx, aCode('place'));
    createCode(ctx, aCode('harbour', { parentId: parent.id }));
    createCode(ctx, aCode('actor'));
    createConclusion(ctx, { claim: 'First' });
    createConclusion(ctx, { claim: 'Second', status: 'rejected' });
    const model = buildReportModel(ctx, { language: 'id', statuses: ['rejected', 'tentative'] });
    expect(model.codebook?.map((c) => c.name)).toEqual(['place', 'harbour', 'actor']);
    expect(model.conclusions.map((c) => c.claim)).toEqual(['First', 'Second']);
  });
});

describe('mdEscape', () => {
  it('escapes markup and list starts so a quote stays plain text', () => {
    expect(mdEscape('# a *b* [c](d) | e')).toBe('\\# a \\*b\\* \\[c\\](d) \\| e');
    expect(mdEscape('1. first\nsecond')).toBe('1\\. first second');
  });
});
