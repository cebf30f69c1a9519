import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCoder } from '../../core/coding/coders';
import { codeRange } from '../../core/coding/code-range';
import type { Ctx } from '../../core/context';
import { undo } from '../../core/history/undo-redo';
import { createMemo } from '../../core/memos/create-memo';
import { createProject } from '../../core/project/create-project';
import { openProject } from '../../core/project/open-project';
import { addComment, listComments } from '../../core/review/comments';
import { receiveReview } from '../../core/review/receive-review';
import { reviewQueue } from '../../core/review/review-queue';
import { setCoderRole } from '../../core/review/set-coder-role';
import { setReviewState } from '../../core/review/set-review-state';
import { jsonRows, runTelaah } from '../helpers/run-telaah';
import { defaultDeps } from '../../core/project/deps';

const TEXT =
  'Kerja sama kota kembar.\n\nIdentitas kota dibangun bersama warga.\n\nAnggaran terbatas.';

function withCtx<T>(file: string, coder: string, work: (ctx: Ctx) => T): T {
  const deps = { now: () => Date.now(), newId: defaultDeps.newId };
  const project = openProject(file, deps);
  try {
    const me = ensureCoder(project.db, deps, coder);
    return work({ db: project.db, ...deps, coderId: me.id });
  } finally {
    project.close();
  }
}

/** Ayu's project: one text document coded three times. */
function coderProject(dir: string): string {
  const file = join(dir, 'ayu.telaah');
  createProject(file, defaultDeps, { starterCodebook: true }).close();
  const source = join(dir, 'kota.txt');
  writeFileSync(source, TEXT);
  const run = runTelaah(['import', file, source, '--coder', 'Ayu'], { cwd: dir });
  expect(run.status).toBe(0);
  withCtx(file, 'Ayu', (ctx) => {
    const docId = (ctx.db.$client.prepare('select id from documents').get() as { id: string }).id;
    const codeId = (name: string) =>
      (ctx.db.$client.prepare('select id from codes where name = ?').get(name) as { id: string })
        .id;
    const at = (quote: string) => ({
      start: TEXT.indexOf(quote),
      end: TEXT.indexOf(quote) + quote.length,
    });
    codeRange(ctx, { documentId: docId, ...at('Kerja sama'), codeIds: [codeId('norm')] });
    codeRange(ctx, { documentId: docId, ...at('Identitas kota'), codeIds: [codeId('identity')] });
    codeRange(ctx, {
      documentId: docId,
      ...at('Anggaran terbatas'),
      codeIds: [codeId('obstacle')],
    });
  });
  return file;
}

describe('a review travels from the supervisor back to the coder', () => {
  it('brings back decisions and comments and touches nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-review-'));
    const ayuFile = coderProject(dir);
    const sriFile = join(dir, 'for-supervisor.telaah');
    copyFileSync(ayuFile, sriFile);

    // The supervisor reviews her copy.
    withCtx(sriFile, 'Bu Sri', (ctx) => {
      setCoderRole(ctx, ctx.coderId, 'reviewer');
      const items = reviewQueue(ctx).items;
      const byQuote = (q: string) => items.find((i) => i.quote === q)?.id ?? '';
      setReviewState(ctx, [byQuote('Kerja sama')], 'accepted');
      setReviewState(ctx, [byQuote('Identitas kota')], 'rejected');
      addComment(ctx, {
        targetType: 'coding',
        targetId: byQuote('Identitas kota'),
        body: 'Ini norma, bukan identitas.',
      });
      // A change outside review in her copy must not travel back.
      createMemo(ctx, {
        title: 'Supervisor scratch',
        bodyJson: { type: 'doc' },
        bodyText: '',
        targetType: 'project',
        targetId: null,
      });
    });

    // Meanwhile Ayu keeps coding.
    withCtx(ayuFile, 'Ayu', (ctx) => {
      const docId = (ctx.db.$client.prepare('select id from documents').get() as { id: string }).id;
      const culture = (
        ctx.db.$client.prepare("select id from codes where name = 'culture'").get() as {
          id: string;
        }
      ).id;
      codeRange(ctx, {
        documentId: docId,
        start: TEXT.indexOf('warga'),
        end: TEXT.indexOf('warga') + 5,
        codeIds: [culture],
      });
    });

    const result = withCtx(ayuFile, 'Ayu', (ctx) => receiveReview(ctx, ayuFile, sriFile));
    expect(result.decisions.map((d) => [d.quote, d.before, d.after, d.reviewerName])).toEqual(
      [
        ['Kerja sama', 'proposed', 'accepted', 'Bu Sri'],
        ['Identitas kota', 'proposed', 'rejected', 'Bu Sri'],
      ].sort((a, b) => TEXT.indexOf(String(a[0])) - TEXT.indexOf(String(b[0]))),
    );
    expect(result.comments.map((c) => [c.authorName, c.body, c.kind])).toEqual([
      ['Bu Sri', 'Ini norma, bukan identitas.', 'added'],
    ]);

    withCtx(ayuFile, 'Ayu', (ctx) => {
      const queue = reviewQueue(ctx);
      expect(queue.progress).toMatchObject({ total: 4, accepted: 1, rejected: 1, proposed: 2 });
      const memos = ctx.db.$client.prepare('select title from memos').all();
      expect(memos).not.toContainEqual({ title: 'Supervisor scratch' });
      expect(queue.items.map((i) => i.quote)).toContain('warga');
      const rejected = queue.items.find((i) => i.reviewState === 'rejected');
      expect(listComments(ctx, 'coding', rejected?.id ?? '').map((c) => c.body)).toEqual([
        'Ini norma, bukan identitas.',
      ]);
      // Receiving the same file again changes nothing.
      const again = receiveReview(ctx, ayuFile, sriFile);
      expect([again.decisions.length, again.comments.length, again.coders.length]).toEqual([
        0, 0, 0,
      ]);
    });

    // One undo takes the whole review back out.
    withCtx(ayuFile, 'Ayu', (ctx) => {
      undo(ctx);
      expect(reviewQueue(ctx).progress).toMatchObject({ accepted: 0, rejected: 0, proposed: 4 });
      expect(listComments(ctx, 'segment', 'none')).toEqual([]);
    });
  });

  it('works from the command line and refuses the project itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-review-cli-'));
    const ayuFile = coderProject(dir);
    const sriFile = join(dir, 'reviewed.telaah');
    copyFileSync(ayuFile, sriFile);
    withCtx(sriFile, 'Bu Sri', (ctx) => {
      setCoderRole(ctx, ctx.coderId, 'reviewer');
      setReviewState(
        ctx,
        reviewQueue(ctx).items.map((i) => i.id),
        'discuss',
      );
    });
    const received = runTelaah(['review', ayuFile, '--receive', sriFile, '--coder', 'Ayu'], {
      cwd: dir,
    });
    expect(received.stderr).toBe('');
    expect(received.stdout).toContain('Received 3 decisions and 0 comments.');
    const queue = runTelaah(['review', ayuFile, '--state', 'discuss', '--json'], { cwd: dir });
    expect(queue.status).toBe(0);
    expect(jsonRows(queue).map((r) => r.reviewState)).toEqual(['discuss', 'discuss', 'discuss']);
    const self = runTelaah(['review', ayuFile, '--receive', ayuFile], { cwd: dir });
    expect(self.status).toBe(1);
    expect(self.stderr).toContain('cannot be merged into itself');
    const bad = runTelaah(['review', ayuFile, '--state', 'maybe'], { cwd: dir });
    expect([bad.status, bad.stderr.includes('Unknown review state')]).toEqual([1, true]);
    const report = runTelaah(
      ['export', ayuFile, '--format', 'review-html', '--out', 'review.html', '--lang', 'id'],
      { cwd: dir },
    );
    expect(report.status).toBe(0);
  });
});
