import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('conclusion ledger through dispatch', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  const { call, ok, codeId } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-conclusions-'));
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: {
        now: () => 1_700_000_000_000 + n * 1000,
        newId: () => `id-${String(++n).padStart(5, '0')}`,
      },
    });
    await ok('project.createSample', { file: join(dir, 'sample.telaah'), coder: 'Ayu' });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes triangulation from the supporting excerpts’ documents, cases and coders', async () => {
    const identity = await ok('conclusions.findExcerpts', { codeId: await codeId('identity') });
    const norm = await ok('conclusions.findExcerpts', { codeId: await codeId('norm') });
    const picked = [...identity, ...norm];
    expect(new Set(picked.map((e) => e.documentId)).size).toBeGreaterThan(1);
    const claim = await ok('conclusions.create', {
      claim: 'Partners frame cooperation as identity work',
    });
    expect(claim.status).toBe('tentative');
    await ok('conclusions.setEvidence', {
      conclusionId: claim.id,
      segmentIds: picked.map((e) => e.segmentId),
      role: 'supporting',
    });
    const [detail] = await ok('conclusions.list', {});
    const docs = await ok('documents.list', {});
    const used = docs.filter((d) => picked.some((e) => e.documentId === d.id));
    expect(detail?.supporting).toHaveLength(picked.length);
    expect(detail?.triangulation.sourceTypes).toEqual(
      [...new Set(used.map((d) => d.attributes['source type']))].sort(),
    );
    expect(detail?.triangulation.cases).toEqual(
      [...new Set(picked.flatMap((e) => e.caseNames))].sort(),
    );
    expect(detail?.triangulation.coders).toEqual(
      [...new Set(picked.map((e) => e.coderName))].sort(),
    );
    expect(detail?.triangulation.coders.length).toBe(2);
    expect(detail?.triangulation.sourceVariable?.name).toBe('source type');
  });

  it('falls back to document kinds when another variable is chosen that has no values', async () => {
    const variable = await ok('variables.define', {
      name: 'medium',
      type: 'text',
      scope: 'document',
    });
    const [detail] = await ok('conclusions.list', { sourceVariableId: variable.id });
    const kinds = [...new Set(detail!.supporting.map((e) => e.documentKind))].sort();
    expect(detail?.triangulation.sourceTypes).toEqual(kinds);
  });

  it('proposes obstacles in the claim’s cases, same codes elsewhere and search hits, minus linked ones', async () => {
    const [claim] = await ok('conclusions.list', {});
    const result = await ok('conclusions.proposeNegative', {
      conclusionId: claim!.id,
      terms: ['tidak', 'nobody'],
    });
    const linked = new Set(claim!.supporting.map((e) => e.segmentId));
    expect(
      result.proposals.some((p) => p.excerpt !== null && linked.has(p.excerpt.segmentId)),
    ).toBe(false);
    const obstacleId = await codeId('obstacle');
    const obstacles = result.proposals.filter((p) => p.reasons.includes('obstacle-in-cases'));
    expect(obstacles.length).toBeGreaterThan(0);
    for (const p of obstacles) {
      expect(p.excerpt?.codeIds).toContain(obstacleId);
      expect(p.excerpt?.caseNames.some((c) => result.claimCaseNames.includes(c))).toBe(true);
    }
    for (const p of result.proposals.filter((x) => x.reasons.includes('same-codes-other-cases'))) {
      expect(p.excerpt?.caseNames.some((c) => result.claimCaseNames.includes(c))).toBe(false);
      expect(p.excerpt?.codeIds.some((c) => result.claimCodeIds.includes(c))).toBe(true);
    }
    const searched = result.proposals.filter((p) => p.reasons.includes('search'));
    expect(searched.length).toBeGreaterThan(0);
    for (const p of searched) {
      const quote = p.excerpt?.quote ?? p.passage?.quote ?? '';
      expect(quote.toLowerCase()).toMatch(/tidak|nobody/u);
    }
    const passage = searched.find((p) => p.passage !== null)?.passage;
    // A hit becomes its whole sentence, not the single word.
    expect(passage?.quote.split(/\s+/u).length).toBeGreaterThan(3);
  });

  it('accepts a passage as coded negative evidence and no longer proposes a dismissed excerpt', async () => {
    const [claim] = await ok('conclusions.list', {});
    const first = await ok('conclusions.proposeNegative', {
      conclusionId: claim!.id,
      terms: ['tidak', 'nobody'],
    });
    const passage = first.proposals.find((p) => p.passage !== null)!.passage!;
    const accepted = await ok('conclusions.acceptPassage', {
      conclusionId: claim!.id,
      documentId: passage.documentId,
      start: passage.start,
      end: passage.end,
    });
    expect(accepted.role).toBe('negative');
    expect(first.claimCodeIds).toContain(accepted.codeId);
    const obstacle = first.proposals.find((p) => p.reasons.includes('obstacle-in-cases'))!;
    await ok('conclusions.setEvidence', {
      conclusionId: claim!.id,
      segmentIds: [obstacle.key],
      role: 'dismissed',
    });
    const again = await ok('conclusions.proposeNegative', {
      conclusionId: claim!.id,
      terms: ['tidak', 'nobody'],
    });
    expect(again.proposals.map((p) => p.key)).not.toContain(obstacle.key);
    expect(
      again.proposals.some(
        (p) => p.passage?.start === passage.start && p.passage.documentId === passage.documentId,
      ),
    ).toBe(false);
    const [detail] = await ok('conclusions.list', {});
    expect(detail?.negative.map((e) => e.quote)).toEqual([passage.quote]);
    expect(detail?.dismissed.map((e) => e.segmentId)).toEqual([obstacle.key]);
  });

  it('keeps tactics with notes and undoes a deleted claim with its evidence and tactics', async () => {
    const [claim] = await ok('conclusions.list', {});
    await ok('conclusions.setTactic', {
      conclusionId: claim!.id,
      tactic: 'triangulating',
      applied: true,
      note: 'Two source types.',
    });
    await ok('conclusions.setTactic', {
      conclusionId: claim!.id,
      tactic: 'negative-evidence',
      applied: true,
    });
    await ok('conclusions.update', {
      id: claim!.id,
      status: 'supported',
      rivalExplanations: 'Funding, not identity.',
    });
    const before = (await ok('conclusions.list', {}))[0]!;
    expect(before.tactics.filter((t) => t.applied).map((t) => t.tactic)).toEqual([
      'triangulating',
      'negative-evidence',
    ]);
    expect(before.tactics).toHaveLength(13);
    await ok('conclusions.delete', { id: claim!.id });
    expect(await ok('conclusions.list', {})).toEqual([]);
    await ok('history.undo', {});
    const restored = (await ok('conclusions.list', {}))[0];
    expect(restored).toEqual(before);
  });

  it('refuses an empty claim and an unknown tactic', async () => {
    expect(await call('conclusions.create', { claim: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const [claim] = await ok('conclusions.list', {});
    const bad = await app.dispatch('conclusions.setTactic', {
      conclusionId: claim!.id,
      tactic: 'guessing',
      applied: true,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('conclusions.update', { id: 'nope', status: 'verified' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
