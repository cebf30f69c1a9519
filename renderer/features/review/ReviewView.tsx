import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CommentThread } from './CommentThread';
import { DefinitionCard } from './DefinitionCard';
import { ReviewFilters } from './ReviewFilters';
import { ReviewTools } from './ReviewTools';
import {
  useReviewQueue,
  type ReviewFilters as Filters,
  type ReviewState,
} from './use-review-queue';
import './review.css';

const KEY_STATES: Record<string, ReviewState> = { a: 'accepted', r: 'rejected', d: 'discuss' };

/**
 * The supervisor's review queue: one excerpt at a time in its context, the code's definition
 * beside it, decisions and comments by keyboard, progress at the top.
 */
export function ReviewView() {
  const { t, number, dateTime } = useI18n();
  const { client } = useClient();
  const store = useWorkspaceStore();
  const me = useWorkspace((s) => s.project?.coder ?? null);
  const [filters, setFilters] = useState<Filters>({ state: 'proposed' });
  const { queue, index, item, decide, move } = useReviewQueue(filters);
  const [role, setRole] = useState<'coder' | 'reviewer' | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (me === null) return;
    void client.call('coders.list', {}).then((coders) => {
      setRole(coders.find((c) => c.id === me.id)?.role ?? 'coder');
    });
  }, [client, me]);

  const reviewer = role === 'reviewer';
  const run = (work: Promise<void>): void => {
    work.catch(store.fail);
  };
  const show = (): void => {
    if (!item) return;
    run(
      store.openDocument(item.documentId).then(() => {
        store.focus(item.documentId, { start: item.start, end: item.end });
      }),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (target.closest('textarea, input, select') || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const key = event.key.toLowerCase();
    const state = KEY_STATES[key];
    if (state !== undefined && reviewer) run(decide(state));
    else if (key === 'j' || key === 'arrowright') move(1);
    else if (key === 'k' || key === 'arrowleft') move(-1);
    else if (key === 'c') commentRef.current?.focus();
    else if (key === 'o') show();
    else return;
    event.preventDefault();
  };

  const p = queue?.progress;
  const reviewed = p === undefined ? 0 : p.total - p.proposed;
  return (
    <section className="main-view review-view" aria-labelledby="review-heading">
      <header className="review-header">
        <h2 id="review-heading">{t('review.heading')}</h2>
        <ReviewFilters filters={filters} onChange={setFilters} />
      </header>
      {p !== undefined && (
        <div className="review-progress">
          <progress
            max={Math.max(1, p.total)}
            value={reviewed}
            aria-label={t('review.progressLabel')}
          />
          <span>
            {t('review.progress', { reviewed: number(reviewed), total: number(p.total) })}
          </span>
          <span className="review-muted">
            {t('review.counts', {
              accepted: number(p.accepted),
              rejected: number(p.rejected),
              discuss: number(p.discuss),
              open: number(p.proposed),
            })}
          </span>
        </div>
      )}
      {me !== null && role === 'coder' && (
        <p className="review-banner" role="note">
          {t('review.notReviewer', { coder: me.name })}{' '}
          <button
            type="button"
            className="review-button"
            onClick={() => {
              run(
                client.call('coders.setRole', { coderId: me.id, role: 'reviewer' }).then(() => {
                  setRole('reviewer');
                }),
              );
            }}
          >
            {t('review.becomeReviewer')}
          </button>
        </p>
      )}
      {queue === null ? (
        <p className="review-muted">{t('review.loading')}</p>
      ) : item === null ? (
        <p className="review-muted review-empty">{t('review.empty')}</p>
      ) : (
        <div
          ref={cardRef}
          className="review-card"
          tabIndex={0}
          role="group"
          aria-label={t('review.position', { index: index + 1, count: queue.items.length })}
          aria-describedby="review-keys"
          onKeyDown={onKeyDown}
        >
          <div className="review-main">
            <p className="review-position">
              {t('review.position', {
                index: number(index + 1),
                count: number(queue.items.length),
              })}
              <span className={`review-state review-state-${item.reviewState}`}>
                {t(`review.state.${item.reviewState}`)}
              </span>
            </p>
            <h3 className="review-source">
              {item.documentTitle}
              {item.page !== null && (
                <span className="review-page">
                  {t('review.page', { page: item.page.label ?? item.page.page })}
                </span>
              )}
            </h3>
            <blockquote className="review-excerpt" aria-label={t('review.excerpt')}>
              <span className="review-context">{item.contextBefore}</span>
              <mark style={{ borderColor: item.code.color }}>{item.quote}</mark>
              <span className="review-context">{item.contextAfter}</span>
            </blockquote>
            <p className="review-muted">
              {t('review.codedBy', { coder: item.coderName, date: dateTime(item.codedAt) })}
              {item.reviewerName !== null && item.reviewedAt !== null && (
                <>
                  {' · '}
                  {t('review.decidedBy', {
                    state: t(`review.state.${item.reviewState}`),
                    reviewer: item.reviewerName,
                    date: dateTime(item.reviewedAt),
                  })}
                </>
              )}
            </p>
            <div className="review-actions" role="toolbar" aria-label={t('review.heading')}>
              <button
                type="button"
                className="review-button review-accept"
                disabled={!reviewer}
                aria-keyshortcuts="A"
                onClick={() => {
                  run(decide('accepted'));
                }}
              >
                {t('review.accept')} <kbd>A</kbd>
              </button>
              <button
                type="button"
                className="review-button review-reject"
                disabled={!reviewer}
                aria-keyshortcuts="R"
                onClick={() => {
                  run(decide('rejected'));
                }}
              >
                {t('review.reject')} <kbd>R</kbd>
              </button>
              <button
                type="button"
                className="review-button review-discuss"
                disabled={!reviewer}
                aria-keyshortcuts="D"
                onClick={() => {
                  run(decide('discuss'));
                }}
              >
                {t('review.discuss')} <kbd>D</kbd>
              </button>
              {item.reviewState !== 'proposed' && (
                <button
                  type="button"
                  className="review-button"
                  disabled={!reviewer}
                  onClick={() => {
                    run(decide('proposed'));
                  }}
                >
                  {t('review.reopen')}
                </button>
              )}
              <span className="review-spacer" />
              <button
                type="button"
                className="review-button"
                aria-keyshortcuts="K ArrowLeft"
                disabled={index === 0}
                onClick={() => {
                  move(-1);
                }}
              >
                {t('review.previous')}
              </button>
              <button
                type="button"
                className="review-button"
                aria-keyshortcuts="J ArrowRight"
                disabled={index >= queue.items.length - 1}
                onClick={() => {
                  move(1);
                }}
              >
                {t('review.next')}
              </button>
              <button type="button" className="review-button" aria-keyshortcuts="O" onClick={show}>
                {t('review.show')}
              </button>
            </div>
            <p id="review-keys" className="review-muted review-keys">
              {t('review.keys')}
            </p>
            <CommentThread item={item} inputRef={commentRef} />
          </div>
          <DefinitionCard code={item.code} />
        </div>
      )}
      <ReviewTools />
    </section>
  );
}
