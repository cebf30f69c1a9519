import { describe, expect, it } from 'vitest';
import { ensureCoder } from '../../../../core/coding/coders';
import { codeRange } from '../../../../core/coding/code-range';
import { createCode } from '../../../../core/coding/create-code';
import type { Ctx } from '../../../../core/context';
import { addDocument } from '../../../../core/documents/add-document';
import { redo, undo } from '../../../../core/history/undo-redo';
import { auditTrail, auditTrailCsv } from '../../../../core/review/audit-trail';
import {
  addComment,
  deleteComment,
  editComment,
  listComments,
} from '../../../../core/review/comments';
import { reviewQueue } from '../../../../core/review/review-queue';
import { reviewReport, reviewReportModel } from '../../../../core/review/review-report';
import { setCoderRole } from '../../../../core/review/set-coder-role';
import { setReviewState } from '../../../../core/review/set-review-state';
import { aCode, aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

const PARAGRAPHS = [
  'Kota kembar Bandung dan Braunschweig membangun identitas bersama.',
  'Norma kerja sama ditulis dalam nota kesepahaman.',
  'Hambatan utama adalah anggaran yang terbatas.',
];

/** A project coded by Ayu, with Bu Sri as a second person who may become reviewer. */
function setup() {
  const ayu = createTestDb();
  const doc = addDocument(ayu, aDocumentInput(aDocument(PARAGRAPHS, { title: 'Kota kembar' })));
  const identity = createCode(ayu, aCode('identity', { definition: 'Who a city says it is.' }));
  const obstacle = createCode(ayu, aCode('obstacle'));
  const text = PARAGRAPHS.join('\n\n');
  const at = (quote: string) => ({
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
  });
  const s1 = codeRange(ayu, {
    documentId: doc.id,
    ...at('identitas bersama'),
    codeIds: [identity.id],
  });
  const s2 = codeRange(ayu, {
    documentId: doc.id,
    ...at('Norma kerja sama'),
    codeIds: [identity.id],
  });
  const s3 = codeRange(ayu, {
    documentId: doc.id,
    ...at('anggaran yang terbatas'),
    codeIds: [obstacle.id],
  });
  const sri = ensureCoder(ayu.db, ayu, 'Bu Sri');
  const asSri: Ctx = { ...ayu, coderId: sri.id };
  const codingOf = (segmentId: string) =>
    reviewQueue(ayu).items.find((i) => i.segmentId === segmentId)?.id ?? '';
  return { ayu, asSri, sri, doc, identity, obstacle, s1, s2, s3, codingOf };
}

describe('review decisions', () => {
  it('refuses a decision from a coder without the reviewer role', () => {
    const { asSri, s1, codingOf } = setup();
    expect(() => setReviewState(asSri, [codingOf(s1.id)], 'accepted')).toThrow(
      expect.objectContaining({ code: 'review_not_reviewer', params: { coder: 'Bu Sri' } }),
    );
  });

  it('records who decided and when, and undo reverts a whole batch', () => {
    const { asSri, sri, s1, s2, codingOf } = setup();
    setCoderRole(asSri, sri.id, 'reviewer');
    const ids = [codingOf(s1.id), codingOf(s2.id)];
    const decided = setReviewState(asSri, ids, 'accepted');
    expect(decided.map((d) => [d.reviewState, d.reviewedBy])).toEqual([
      ['accepted', sri.id],
      ['accepted', sri.id],
    ]);
    const queue = reviewQueue(asSri, { state: 'accepted' });
    expect(queue.items.map((i) => i.reviewerName)).toEqual(['Bu Sri', 'Bu Sri']);
    expect(queue.progress).toMatchObject({ total: 3, accepted: 2, proposed: 1 });

    undo(asSri);
    expect(reviewQueue(asSri).progress).toMatchObject({ accepted: 0, proposed: 3 });
    redo(asSri);
    expect(reviewQueue(asSri).progress).toMatchObject({ accepted: 2, proposed: 1 });
    // Back to proposed clears the reviewer.
    setReviewState(asSri, [ids[0] ?? ''], 'proposed');
    const back = reviewQueue(asSri).items.find((i) => i.id === ids[0]);
    expect([back?.reviewState, back?.reviewerName, back?.reviewedAt]).toEqual([
      'proposed',
      null,
      null,
    ]);
  });

  it('filters the queue by code, coder and state and shows the excerpt in its paragraph', () => {
    const { ayu, identity, obstacle, s3 } = setup();
    const byCode = reviewQueue(ayu, { codeId: identity.id });
    expect(byCode.items.map((i) => i.quote)).toEqual(['identitas bersama', 'Norma kerja sama']);
    expect(byCode.items[0]?.code.definition).toBe('Who a city says it is.');
    expect(byCode.progress.total).toBe(2);
    const [item] = reviewQueue(ayu, { codeId: obstacle.id }).items;
    expect(item?.segmentId).toBe(s3.id);
    expect(item?.contextBefore).toBe('Hambatan utama adalah ');
    expect(item?.contextAfter).toBe('.');
    expect(reviewQueue(ayu, { coderId: 'nobody' }).items).toEqual([]);
  });
});

describe('comments', () => {
  it('threads replies under their comment and lets only the author change one', () => {
    const { ayu, asSri, s1, codingOf } = setup();
    const coding = codingOf(s1.id);
    const question = addComment(asSri, {
      targetType: 'coding',
      targetId: coding,
      body: 'Is this identity or norm?',
    });
    addComment(ayu, { targetType: 'segment', targetId: s1.id, body: 'Segment note' });
    const answer = addComment(ayu, {
      targetType: 'coding',
      targetId: coding,
      parentId: question.id,
      body: 'Identity: the city names itself.',
    });
    expect(listComments(ayu, 'coding', coding).map((c) => [c.authorName, c.parentId])).toEqual([
      ['Bu Sri', null],
      ['tester', question.id],
    ]);
    expect(reviewQueue(ayu).items.find((i) => i.id === coding)?.comments).toHaveLength(3);
    expect(() => editComment(ayu, question.id, 'changed')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => addComment(ayu, { targetType: 'coding', targetId: coding, body: '  ' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(deleteComment(asSri, question.id)).toEqual({ deleted: 2 });
    expect(listComments(ayu, 'coding', coding)).toEqual([]);
    undo(asSri);
    expect(listComments(ayu, 'coding', coding).map((c) => c.id)).toEqual([question.id, answer.id]);
  });
});

describe('audit trail', () => {
  it('lists every change with who, when and the fields before and after', () => {
    const { ayu, asSri, sri, identity, s1, codingOf } = setup();
    setCoderRole(asSri, sri.id, 'reviewer');
    setReviewState(asSri, [codingOf(s1.id)], 'rejected');
    const decisions = auditTrail(ayu, { action: 'review.' });
    expect(decisions.total).toBe(1);
    const [entry] = decisions.entries;
    expect(entry).toMatchObject({
      coderName: 'Bu Sri',
      action: 'review.setState',
      entityType: 'coding',
      kind: 'update',
      label: 'identity · Kota kembar',
    });
    expect(entry?.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['reviewState', 'proposed', 'rejected'],
      ['reviewedBy', null, 'Bu Sri'],
      ['reviewedAt', null, expect.any(Number)],
    ]);
    const codeEvents = auditTrail(ayu, { entityType: 'code', entityId: identity.id });
    expect(codeEvents.entries.map((e) => e.kind)).toEqual(['create']);
    const everything = auditTrail(ayu, { limit: 2 });
    expect(everything.entries).toHaveLength(2);
    expect(everything.total).toBeGreaterThan(5);
    expect(everything.entries[0]?.seq).toBeGreaterThan(everything.entries[1]?.seq ?? Infinity);
    const late = auditTrail(ayu, { from: entry?.at ?? 0 });
    expect(late.entries.every((e) => e.at >= (entry?.at ?? 0))).toBe(true);

    const csv = auditTrailCsv(ayu, { coderId: sri.id });
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).replace(/\r\n$/u, '').split('\r\n');
    expect(lines[0]).toBe(
      'seq,time_utc,coder,action,entity_type,entity_id,entity,change,field,before,after',
    );
    expect(
      lines.some(
        (l) => l.includes('review.setState') && l.includes('reviewState,proposed,rejected'),
      ),
    ).toBe(true);
    expect(lines.every((l, i) => i === 0 || l.includes('Bu Sri'))).toBe(true);
  });
});

describe('review report', () => {
  it('counts decisions per code and coder and carries the comments, in both languages', async () => {
    const { asSri, sri, s1, s2, s3, codingOf } = setup();
    setCoderRole(asSri, sri.id, 'reviewer');
    setReviewState(asSri, [codingOf(s1.id)], 'accepted');
    setReviewState(asSri, [codingOf(s2.id)], 'rejected');
    setReviewState(asSri, [codingOf(s3.id)], 'discuss');
    addComment(asSri, {
      targetType: 'coding',
      targetId: codingOf(s2.id),
      body: 'Norm, not identity.',
    });
    expect(reviewReportModel(asSri, 'en').agreement).toBeNull();
    // A second coder codes the same passage: the report adds their agreement per code.
    const text = PARAGRAPHS.join('\n\n');
    const start = text.indexOf('identitas bersama');
    codeRange(asSri, { documentId: s1.documentId, start, end: start + 17, codeIds: s1.codeIds });
    const model = reviewReportModel(asSri, 'en');
    expect(model.agreement?.columns).toEqual(['Code', 'Units', 'Agreement', 'κ', 'α']);
    expect(model.agreement?.rows.map((r) => r[0])).toEqual(['identity', 'obstacle', 'All codes']);
    // identity: both coded paragraph 1, only tester coded paragraph 2 → 2 of 3 units agree.
    expect(model.agreement?.rows[0]?.slice(1, 3)).toEqual(['3', '66.7 %']);
    expect(
      model.byCode.map((c) => [c.path, c.counts.accepted, c.counts.rejected, c.counts.discuss]),
    ).toEqual([
      ['identity', 1, 1, 0],
      ['obstacle', 0, 0, 1],
    ]);
    expect(model.discussed.map((d) => d.quote)).toEqual([
      'Norma kerja sama',
      'anggaran yang terbatas',
    ]);
    const html = String(await reviewReport(asSri, 'html', 'id'));
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Keputusan per kode');
    expect(html).toContain('Norm, not identity.');
    expect(html).toContain('Kesepakatan antarpengode');
    const docx = await reviewReport(asSri, 'docx', 'en');
    expect(docx).toBeInstanceOf(Uint8Array);
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(docx as Uint8Array)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Decisions by code');
    expect(xml).toContain('Norm, not identity.');
    expect(xml).toContain('anggaran yang terbatas');
  });
});
