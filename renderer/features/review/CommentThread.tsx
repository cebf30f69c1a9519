import { useId, useState, type RefObject } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { ReviewItem } from './use-review-queue';

/** The comments on the excerpt's coding and segment, and a box to add one or reply. */
export function CommentThread({
  item,
  inputRef,
}: {
  item: ReviewItem;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t, dateTime } = useI18n();
  const { client } = useClient();
  const store = useWorkspaceStore();
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<{ id: string; author: string } | null>(null);
  const labelId = useId();
  const send = async (): Promise<void> => {
    const text = body.trim();
    if (text === '') return;
    await client.call('comments.add', {
      targetType: 'coding',
      targetId: item.id,
      parentId: replyTo?.id ?? null,
      body: text,
    });
    setBody('');
    setReplyTo(null);
    await store.afterChange();
  };
  return (
    <section className="review-comments" aria-labelledby={`${labelId}-heading`}>
      <h3 id={`${labelId}-heading`}>{t('review.comments')}</h3>
      {item.comments.length === 0 ? (
        <p className="review-muted">{t('review.noComments')}</p>
      ) : (
        <ol className="review-thread">
          {item.comments.map((c) => (
            <li key={c.id} className={c.parentId === null ? undefined : 'review-reply'}>
              <p className="review-comment-meta">
                <strong>{c.authorName}</strong>
                {c.authorRole === 'reviewer' && (
                  <span className="review-role">{t('review.role.reviewer')}</span>
                )}
                <time dateTime={new Date(c.createdAt).toISOString()}>{dateTime(c.createdAt)}</time>
              </p>
              <p className="review-comment-body">{c.body}</p>
              <button
                type="button"
                className="review-link"
                onClick={() => {
                  setReplyTo({ id: c.id, author: c.authorName });
                  inputRef.current?.focus();
                }}
              >
                {t('review.comment.reply')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        className="review-comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          send().catch(store.fail);
        }}
      >
        <label id={labelId} htmlFor={`${labelId}-input`}>
          {replyTo === null
            ? t('review.comment.label')
            : t('review.comment.replyTo', { author: replyTo.author })}
        </label>
        <textarea
          id={`${labelId}-input`}
          ref={inputRef}
          rows={3}
          value={body}
          placeholder={t('review.comment.placeholder')}
          onChange={(event) => {
            setBody(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              send().catch(store.fail);
            }
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
        <div className="review-comment-actions">
          {replyTo !== null && (
            <button
              type="button"
              className="review-button"
              onClick={() => {
                setReplyTo(null);
              }}
            >
              {t('review.comment.cancelReply')}
            </button>
          )}
          <button
            type="submit"
            className="review-button review-primary"
            disabled={body.trim() === ''}
          >
            {t('review.comment.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
