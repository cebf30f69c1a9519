import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { cooccurrenceQuery } from './cooccurrence-query';
import type { CooccurrenceConfig } from './display-types';

type Pair = Output<'cooccurrence.excerpts'>[number];
type Excerpt = Pair['a'];

interface ExcerptsDialogProps {
  codeA: { id: string; path: string };
  codeB: { id: string; path: string };
  config: CooccurrenceConfig;
  onClose: () => void;
}

/** The pairs of excerpts behind a co-occurrence cell; each quote opens its passage. */
export function ExcerptsDialog({ codeA, codeB, config, onClose }: ExcerptsDialogProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, number } = useI18n();
  const [pairs, setPairs] = useState<Pair[] | null>(null);
  useEffect(() => {
    let live = true;
    client
      .call('cooccurrence.excerpts', {
        codeA: codeA.id,
        codeB: codeB.id,
        ...cooccurrenceQuery(config),
      })
      .then((found) => {
        if (live) setPairs(found);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, codeA.id, codeB.id, config]);

  const open = async (documentId: string, excerpt: Excerpt): Promise<void> => {
    onClose();
    await store.openDocument(documentId);
    store.focus(documentId, { start: excerpt.start, end: excerpt.end });
  };
  const quoteButton = (pair: Pair, excerpt: Excerpt, path: string) => (
    <button
      type="button"
      className="network-quote"
      aria-label={t('network.openPassage', {
        quote: excerpt.quote.slice(0, 60),
        title: pair.documentTitle,
      })}
      onClick={() => void open(pair.documentId, excerpt).catch(store.fail)}
    >
      <span className="network-quote-code">{path}</span>
      <span className="network-quote-text">“{excerpt.quote}”</span>
    </button>
  );

  return (
    <Dialog
      title={t('network.excerpts', {
        a: codeA.path,
        b: codeB.path,
        count: number(pairs?.length ?? 0),
      })}
      onClose={onClose}
      actions={
        <button type="button" className="cbdialog-button" onClick={onClose}>
          {t('network.close')}
        </button>
      }
    >
      {pairs === null && <p className="network-muted">{t('network.loading')}</p>}
      {pairs?.length === 0 && <p className="network-muted">{t('network.excerpts.none')}</p>}
      {pairs !== null && pairs.length > 0 && (
        <ol className="network-pairs">
          {pairs.map((pair) => (
            <li key={`${pair.a.segmentId}|${pair.b.segmentId}`}>
              <div className="network-pair-doc">
                {pair.documentTitle}
                {pair.a.page &&
                  ` · ${t('network.page', { label: pair.a.page.label ?? String(pair.a.page.page) })}`}
              </div>
              {quoteButton(
                pair,
                pair.a,
                pair.b.segmentId === pair.a.segmentId
                  ? `${codeA.path} · ${codeB.path}`
                  : codeA.path,
              )}
              {pair.b.segmentId !== pair.a.segmentId && quoteButton(pair, pair.b, codeB.path)}
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
