import { useEffect, useId, useRef, useState } from 'react';
import type {
  ConclusionDetail,
  Excerpt,
  NegativeProposal,
} from '../../../core/api/contracts/conclusions';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { DismissedEvidence } from './DismissedEvidence';
import { ExcerptCard } from './ExcerptCard';
import { openExcerpt } from './open-excerpt';

const DEFAULT_TERMS = 'tidak, belum, gagal, not, failed';

/**
 * "Look for negative evidence": proposes excerpts and passages that may contradict the claim;
 * each is accepted as negative evidence or dismissed (and not proposed again).
 */
export function NegativeEvidencePanel({
  conclusion,
  change,
}: {
  conclusion: ConclusionDetail;
  change: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, number } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const ids = { terms: useId(), obstacle: useId(), code: useId(), heading: useId() };
  const [terms, setTerms] = useState(DEFAULT_TERMS);
  const [obstacleId, setObstacleId] = useState(
    () => codes.find((c) => c.name.toLowerCase() === 'obstacle')?.id ?? '',
  );
  const [codeId, setCodeId] = useState('');
  const [proposals, setProposals] = useState<NegativeProposal[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-accept]');
    const target = buttons?.[Math.min(focusIndex, buttons.length - 1)];
    target?.focus();
  }, [focusIndex, proposals]);

  const look = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await client.call('conclusions.proposeNegative', {
        conclusionId: conclusion.id,
        obstacleCodeId: obstacleId === '' ? null : obstacleId,
        terms: terms
          .split(',')
          .map((term) => term.trim())
          .filter((term) => term !== ''),
      });
      setProposals(result.proposals);
      setFocusIndex(null);
    } catch (error) {
      store.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const settle = (index: number): void => {
    setProposals((list) => (list ?? []).filter((_, i) => i !== index));
    setFocusIndex(index);
  };

  const accept = async (proposal: NegativeProposal, index: number): Promise<void> => {
    const passage = proposal.passage;
    const done = await change<unknown>(() =>
      passage === null
        ? client.call('conclusions.setEvidence', {
            conclusionId: conclusion.id,
            segmentIds: [proposal.key],
            role: 'negative',
          })
        : client.call('conclusions.acceptPassage', {
            conclusionId: conclusion.id,
            documentId: passage.documentId,
            start: passage.start,
            end: passage.end,
            ...(codeId === '' ? {} : { codeId }),
          }),
    );
    if (done !== undefined) settle(index);
  };

  const dismiss = async (proposal: NegativeProposal, index: number): Promise<void> => {
    // An uncoded passage has no excerpt to remember; it is only hidden from this list.
    if (proposal.passage !== null) {
      settle(index);
      return;
    }
    const done = await change(() =>
      client.call('conclusions.setEvidence', {
        conclusionId: conclusion.id,
        segmentIds: [proposal.key],
        role: 'dismissed',
      }),
    );
    if (done !== undefined) settle(index);
  };

  // Restored, an excerpt is proposed again: a list already shown is worked out anew to hold it.
  const restore = async (segmentId: string): Promise<void> => {
    const done = await change(() =>
      client.call('conclusions.removeEvidence', { conclusionId: conclusion.id, segmentId }),
    );
    if (done !== undefined && proposals !== null) await look();
  };
  const toNegative = (segmentId: string): void => {
    void change(() =>
      client.call('conclusions.setEvidence', {
        conclusionId: conclusion.id,
        segmentIds: [segmentId],
        role: 'negative',
      }),
    );
  };

  return (
    <section className="cn-negative" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('conclusions.negative.heading')}</h3>
      <p className="cn-muted">{t('conclusions.negative.intro')}</p>
      <form
        className="cn-negative-form"
        onSubmit={(e) => {
          e.preventDefault();
          void look();
        }}
      >
        <label htmlFor={ids.terms}>
          {t('conclusions.negative.terms')}
          <input
            id={ids.terms}
            type="text"
            value={terms}
            onChange={(e) => {
              setTerms(e.target.value);
            }}
          />
        </label>
        <label htmlFor={ids.obstacle}>
          {t('conclusions.negative.obstacle')}
          <select
            id={ids.obstacle}
            value={obstacleId}
            onChange={(e) => {
              setObstacleId(e.target.value);
            }}
          >
            <option value="">{t('conclusions.negative.noObstacle')}</option>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.code}>
          {t('conclusions.negative.codeFor')}
          <select
            id={ids.code}
            value={codeId}
            onChange={(e) => {
              setCodeId(e.target.value);
            }}
          >
            <option value="">{t('conclusions.negative.claimCode')}</option>
            {codes
              .filter((c) => c.codable)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.path}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="cn-button cn-primary" disabled={busy}>
          {t('conclusions.negative.look')}
        </button>
      </form>
      {proposals !== null && (
        <p className="cn-muted" role="status">
          {proposals.length === 0
            ? t('conclusions.negative.none')
            : t('conclusions.negative.found', { count: number(proposals.length) })}
        </p>
      )}
      <ul className="cn-proposals" ref={listRef} aria-label={t('conclusions.negative.list')}>
        {(proposals ?? []).map((proposal, index) => {
          const excerpt = proposal.excerpt ?? passageExcerpt(proposal);
          return (
            <li key={proposal.key} className="cn-proposal">
              <p className="cn-reasons">
                {proposal.reasons.map((reason) => (
                  <span key={reason} className="cn-reason">
                    {t(`conclusions.reason.${reason}`)}
                  </span>
                ))}
                {proposal.terms.length > 0 && (
                  <span className="cn-muted"> “{proposal.terms.join('”, “')}”</span>
                )}
                {proposal.passage !== null && (
                  <span className="cn-muted"> · {t('conclusions.negative.uncoded')}</span>
                )}
              </p>
              <ExcerptCard excerpt={excerpt}>
                <button
                  type="button"
                  className="cn-button cn-primary"
                  data-accept
                  onClick={() => void accept(proposal, index)}
                >
                  {t('conclusions.negative.accept')}
                </button>
                <button
                  type="button"
                  className="cn-button"
                  onClick={() => void dismiss(proposal, index)}
                >
                  {t('conclusions.negative.dismiss')}
                </button>
                <button
                  type="button"
                  className="cn-link"
                  onClick={() => {
                    openExcerpt(store, excerpt);
                  }}
                >
                  {t('conclusions.evidence.open')}
                </button>
              </ExcerptCard>
            </li>
          );
        })}
      </ul>
      <DismissedEvidence
        items={conclusion.dismissed}
        onRestore={(segmentId) => void restore(segmentId)}
        onNegative={toNegative}
      />
    </section>
  );
}

function passageExcerpt(proposal: NegativeProposal): Excerpt {
  const p = proposal.passage;
  return {
    segmentId: proposal.key,
    documentId: p?.documentId ?? '',
    documentTitle: p?.documentTitle ?? '',
    documentKind: '',
    start: p?.start ?? 0,
    end: p?.end ?? 0,
    quote: p?.quote ?? '',
    page: p?.page ?? null,
    codeIds: [],
    codePaths: [],
    coderId: '',
    coderName: '',
    caseIds: [],
    caseNames: [],
  };
}
