import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { saveExportedFile } from '../../ui/save-exported-file';
import { CodeDefinitionDialog } from './CodeDefinitionDialog';
import type { AgreementResult, AgreementScope } from './use-agreement';

type Disagreements = Output<'agreement.disagreements'>;

interface DisagreementPanelProps {
  codeId: string;
  scope: AgreementScope;
  coders: AgreementResult['coders'];
  onClose: () => void;
}

/** Passages where the coders differ on one code, each coder's segments side by side. */
export function DisagreementPanel({ codeId, scope, coders, onClose }: DisagreementPanelProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const i18n = useI18n();
  const { t } = i18n;
  const revision = useWorkspace((s) => s.revision);
  const code = useWorkspace((s) => s.codes.find((c) => c.id === codeId));
  const [data, setData] = useState<Disagreements | null>(null);
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening a code moves focus to its drill-down, scrolled up once its passages are in.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [codeId]);
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (data === null || data.codeId !== codeId || scrolledFor.current === codeId) return;
    scrolledFor.current = codeId;
    heading.current?.scrollIntoView({ block: 'start' });
  }, [data, codeId]);

  useEffect(() => {
    let live = true;
    client
      .call('agreement.disagreements', { ...scope, codeId, limit: 200 })
      .then((d) => {
        if (live) setData(d);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, scope, codeId, revision]);

  const exportMatrix = async (format: 'csv' | 'recal'): Promise<void> => {
    try {
      const file = await client.call('agreement.exportMatrix', { ...scope, codeId, format });
      const saved = await saveExportedFile(file);
      if (saved !== null)
        store.set({ notice: { kind: 'info', text: t('agreement.exported', { file: saved }) } });
    } catch (error) {
      store.fail(error);
    }
  };
  const show = async (documentId: string, start: number, end: number): Promise<void> => {
    await store.openDocument(documentId);
    store.focus(documentId, { start, end });
  };
  const path = code?.path ?? '';

  return (
    <section className="agreement-drill" aria-labelledby="agreement-drill-heading">
      <header className="agreement-drill-header">
        <h3 id="agreement-drill-heading" ref={heading} tabIndex={-1}>
          {t('agreement.drill.heading', { code: path })}
        </h3>
        <button type="button" onClick={onClose}>
          {t('agreement.drill.close')}
        </button>
      </header>
      <div className="agreement-definition">
        <strong>{t('agreement.drill.definition')}</strong>{' '}
        <span>
          {code?.definition === '' || code === undefined
            ? t('agreement.drill.noDefinition')
            : code.definition}
        </span>
      </div>
      <div className="agreement-bar">
        <button
          type="button"
          className="agreement-primary"
          aria-haspopup="dialog"
          disabled={code === undefined}
          onClick={() => {
            setEditing(true);
          }}
        >
          {t('agreement.drill.edit')}
        </button>
        <button type="button" onClick={() => void exportMatrix('csv')}>
          {t('agreement.drill.exportMatrix')}
        </button>
        <button type="button" onClick={() => void exportMatrix('recal')}>
          {t('agreement.drill.exportRecal')}
        </button>
      </div>
      {data !== null && data.total === 0 && (
        <p className="agreement-muted">{t('agreement.drill.none')}</p>
      )}
      {data !== null && data.total > 0 && (
        <p className="agreement-muted">
          {t('agreement.drill.count', {
            shown: i18n.number(data.passages.length),
            total: i18n.number(data.total),
          })}
        </p>
      )}
      <ol className="agreement-passages">
        {data?.passages.map((p) => (
          <li
            key={`${p.documentId}:${String(p.start)}`}
            aria-label={t('agreement.drill.passage', { title: p.documentTitle })}
          >
            <div className="agreement-passage-head">
              <span className="agreement-passage-title">{p.documentTitle}</span>
              {p.page !== null && (
                <span className="agreement-muted">
                  {t('agreement.drill.page', { page: p.page.label ?? i18n.number(p.page.page) })}
                </span>
              )}
              <button type="button" onClick={() => void show(p.documentId, p.start, p.end)}>
                {t('agreement.drill.show')}
              </button>
            </div>
            {scope.unit !== 'character' && <p className="agreement-context">{p.quote}</p>}
            <div
              className="agreement-sides"
              style={{ gridTemplateColumns: `repeat(${String(coders.length)}, minmax(0, 1fr))` }}
            >
              {p.sides.map((side) => {
                const coder = coders.find((c) => c.id === side.coderId);
                return (
                  <div key={side.coderId} className="agreement-side">
                    <div className="agreement-side-coder">
                      <span
                        className="agreement-swatch"
                        style={{ background: coder?.color }}
                        aria-hidden="true"
                      />
                      {coder?.name}
                    </div>
                    {side.segments.length === 0 ? (
                      <p className="agreement-not-coded">{t('agreement.drill.notCoded')}</p>
                    ) : (
                      side.segments.map((s) => <blockquote key={s.segmentId}>{s.quote}</blockquote>)
                    )}
                  </div>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
      {editing && code !== undefined && (
        <CodeDefinitionDialog
          code={code}
          onClose={() => {
            setEditing(false);
          }}
        />
      )}
    </section>
  );
}
