import { useEffect, useId, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { SegmentDetail } from './use-segment-detail';

type Comment = Output<'comments.list'>[number];

/** The review threads of a segment and its codings, and a box to comment on the excerpt. */
export function SegmentComments({ detail }: { detail: SegmentDetail }) {
  const { t, dateTime } = useI18n();
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [comments, setComments] = useState<(Comment & { code: string | null })[]>([]);
  const [body, setBody] = useState('');
  const inputId = useId();
  const codingKey = detail.codes.map((c) => `${c.codingId}:${c.name}`).join('|');

  useEffect(() => {
    let live = true;
    const codings = codingKey
      .split('|')
      .filter((k) => k !== '')
      .map((k) => {
        const [codingId = '', ...name] = k.split(':');
        return { codingId, name: name.join(':') };
      });
    Promise.all([
      client
        .call('comments.list', { targetType: 'segment', targetId: detail.id })
        .then((list) => list.map((c) => ({ ...c, code: null }))),
      ...codings.map(({ codingId, name }) =>
        client
          .call('comments.list', { targetType: 'coding', targetId: codingId })
          .then((list) => list.map((c) => ({ ...c, code: name }))),
      ),
    ])
      .then((lists) => {
        if (live) setComments(lists.flat().sort((a, b) => a.createdAt - b.createdAt));
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, detail.id, codingKey, revision]);

  const send = async (): Promise<void> => {
    const text = body.trim();
    if (text === '') return;
    await client.call('comments.add', { targetType: 'segment', targetId: detail.id, body: text });
    setBody('');
    await store.afterChange();
  };

  return (
    <section className="segment-comments" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>{t('segmentDetails.comments')}</h3>
      {comments.length === 0 ? (
        <p className="segment-muted">{t('segmentDetails.noComments')}</p>
      ) : (
        <ol className="segment-comment-list">
          {comments.map((c) => (
            <li key={c.id} className={c.parentId === null ? undefined : 'segment-comment-reply'}>
              <p className="segment-comment-meta">
                <strong>{c.authorName}</strong>
                {c.code !== null && <span>{t('segmentDetails.comment.on', { code: c.code })}</span>}
                <time dateTime={new Date(c.createdAt).toISOString()}>{dateTime(c.createdAt)}</time>
              </p>
              <p className="segment-comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="segment-comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          send().catch(store.fail);
        }}
      >
        <label htmlFor={inputId}>{t('segmentDetails.comment.label')}</label>
        <textarea
          id={inputId}
          rows={2}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              send().catch(store.fail);
            }
          }}
        />
        <button type="submit" className="cbdialog-button" disabled={body.trim() === ''}>
          {t('segmentDetails.comment.send')}
        </button>
      </form>
    </section>
  );
}
