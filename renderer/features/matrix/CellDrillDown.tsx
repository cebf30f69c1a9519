import { useEffect, useId, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';

export type CellExcerpt = Output<'displays.cellExcerpts'>[number];

interface CellDrillDownProps {
  displayId: string;
  rowKey: string;
  columnKey: string;
  rowLabel: string;
  columnLabel: string;
  onEdit: () => void;
}

/** The excerpts behind one cell, each with its document and page and a way to open it. */
export function CellDrillDown(props: CellDrillDownProps) {
  const { displayId, rowKey, columnKey, rowLabel, columnLabel, onEdit } = props;
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const { t } = useI18n();
  const headingId = useId();
  const [excerpts, setExcerpts] = useState<CellExcerpt[] | null>(null);

  useEffect(() => {
    let live = true;
    client.call('displays.cellExcerpts', { id: displayId, rowKey, columnKey }).then((next) => {
      if (live) setExcerpts(next);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, displayId, rowKey, columnKey, revision]);

  const show = (excerpt: CellExcerpt): void => {
    const go = async (): Promise<void> => {
      if (store.get().activeDocument?.id !== excerpt.documentId)
        await store.openDocument(excerpt.documentId);
      store.set({ mainView: 'document' });
      store.focus(excerpt.documentId, { start: excerpt.start, end: excerpt.end });
    };
    go().catch(store.fail);
  };

  return (
    <section className="matrix-drill" aria-labelledby={headingId}>
      <div className="matrix-drill-head">
        <h3 id={headingId}>{t('matrix.drill', { row: rowLabel, column: columnLabel })}</h3>
        <button type="button" onClick={onEdit}>
          {t('matrix.writeEntry')}
        </button>
      </div>
      {excerpts === null ? (
        <p className="muted">{t('matrix.loading')}</p>
      ) : excerpts.length === 0 ? (
        <p className="muted">{t('matrix.drillEmpty')}</p>
      ) : (
        <ol className="matrix-excerpts">
          {excerpts.map((excerpt) => (
            <li key={excerpt.segmentId} className="matrix-excerpt">
              <blockquote>“{excerpt.quote}”</blockquote>
              <div className="matrix-excerpt-meta">
                <span>
                  {excerpt.documentTitle}
                  {excerpt.page !== null &&
                    `, ${t('matrix.page', { page: excerpt.page.label ?? excerpt.page.page })}`}
                  {' · '}
                  {excerpt.codeNames.join(', ')}
                  {' · '}
                  {excerpt.coderName}
                </span>
                <button
                  type="button"
                  onClick={() => {
                    show(excerpt);
                  }}
                >
                  {t('matrix.show')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
