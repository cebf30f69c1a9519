import { useEffect, useId, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { saveExportedFile } from '../../ui/save-exported-file';
import { AgreementTable } from './AgreementTable';
import { CheckList } from './CheckList';
import { DisagreementPanel } from './DisagreementPanel';
import { useAgreement, type AgreementScope } from './use-agreement';
import './agreement.css';

const UNITS = ['character', 'sentence', 'paragraph', 'document'] as const;
type Unit = (typeof UNITS)[number];

/** The agreement view of the workspace's main area. */
export function AgreementView() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const documents = useWorkspace((s) => s.documents);
  const codes = useWorkspace((s) => s.codes);
  const [coders, setCoders] = useState<Output<'coders.list'> | null>(null);
  const [coderIds, setCoderIds] = useState<Set<string>>(new Set());
  const [documentIds, setDocumentIds] = useState<Set<string> | null>(null);
  const [codeIds, setCodeIds] = useState<Set<string>>(new Set());
  const [unit, setUnit] = useState<Unit>('character');
  const [excludeUncoded, setExcludeUncoded] = useState(false);
  const [openCodeId, setOpenCodeId] = useState<string | null>(null);
  const { result, computedScope, busy, compute } = useAgreement();

  const scope = (): AgreementScope => ({
    coderIds: coders?.filter((c) => coderIds.has(c.id)).map((c) => c.id) ?? [],
    documentIds: documentIds === null ? [] : [...documentIds],
    codeIds: [...codeIds],
    unit,
    excludeUncoded,
  });

  useEffect(() => {
    client
      .call('coders.list', {})
      .then((list) => {
        setCoders(list);
        const first = new Set(list.slice(0, 2).map((c) => c.id));
        setCoderIds(first);
        if (first.size === 2) {
          compute({
            coderIds: [...first],
            documentIds: [],
            codeIds: [],
            unit: 'character',
            excludeUncoded: false,
          });
        }
      })
      .catch(store.fail);
  }, [client, store, compute]);

  const exportResults = async (): Promise<void> => {
    if (computedScope === null) return;
    try {
      const saved = await saveExportedFile(
        await client.call('agreement.exportResults', computedScope),
      );
      if (saved !== null)
        store.set({ notice: { kind: 'info', text: t('agreement.exported', { file: saved }) } });
    } catch (error) {
      store.fail(error);
    }
  };

  const chosenDocs = documentIds ?? new Set(documents.map((d) => d.id));
  const ready = coderIds.size >= 2 && chosenDocs.size > 0;
  return (
    <section className="main-view agreement-view" aria-labelledby="agreement-heading">
      <header>
        <h2 id="agreement-heading">{t('agreement.heading')}</h2>
        <p className="agreement-muted">{t('agreement.intro')}</p>
      </header>
      {coders !== null && coders.length < 2 ? (
        <p role="status">{t('agreement.needCoders')}</p>
      ) : (
        <form
          className="agreement-options"
          onSubmit={(e) => {
            e.preventDefault();
            setOpenCodeId(null);
            compute(scope());
          }}
        >
          <fieldset className="agreement-coders">
            <legend>{t('agreement.coders')}</legend>
            {coders?.map((c) => (
              <label key={c.id} className="agreement-check">
                <input
                  type="checkbox"
                  checked={coderIds.has(c.id)}
                  onChange={(e) => {
                    const next = new Set(coderIds);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    setCoderIds(next);
                  }}
                />
                <span
                  className="agreement-swatch"
                  style={{ background: c.color }}
                  aria-hidden="true"
                />
                {c.name}
              </label>
            ))}
            <span className="agreement-muted">{t('agreement.codersHint')}</span>
          </fieldset>
          <label htmlFor={`${id}-unit`} className="agreement-field">
            {t('agreement.unit')}
            <select
              id={`${id}-unit`}
              value={unit}
              onChange={(e) => {
                setUnit(e.target.value as Unit);
              }}
            >
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`agreement.unit.${u}`)}
                </option>
              ))}
            </select>
          </label>
          <CheckList
            summary={t('agreement.documents', {
              count: i18n.number(chosenDocs.size),
              total: i18n.number(documents.length),
            })}
            items={documents.map((d) => ({ id: d.id, label: d.title }))}
            checked={chosenDocs}
            onChange={setDocumentIds}
          />
          <CheckList
            summary={t(codeIds.size === 0 ? 'agreement.codes.used' : 'agreement.codes', {
              count: i18n.number(codeIds.size),
              total: i18n.number(codes.length),
            })}
            items={codes.map((c) => ({ id: c.id, label: c.path }))}
            checked={codeIds}
            onChange={setCodeIds}
          />
          <label className="agreement-check">
            <input
              type="checkbox"
              checked={excludeUncoded}
              onChange={(e) => {
                setExcludeUncoded(e.target.checked);
              }}
            />
            {t('agreement.excludeUncoded')}
          </label>
          <div className="agreement-bar">
            <button type="submit" className="agreement-primary" disabled={!ready || busy}>
              {busy ? t('agreement.computing') : t('agreement.compute')}
            </button>
            <button type="button" disabled={result === null} onClick={() => void exportResults()}>
              {t('agreement.export')}
            </button>
          </div>
        </form>
      )}
      {result !== null && computedScope !== null && (
        <div className="agreement-results" aria-busy={busy}>
          <p className="agreement-summary">
            {t('agreement.summary', {
              documents: i18n.number(result.documentCount),
              unit: t(`agreement.unit.${result.unit}`),
              coders: result.coders.map((c) => c.name).join(', '),
            })}
            {result.excludeUncoded && ` · ${t('agreement.summary.excluded')}`}
          </p>
          <AgreementTable result={result} openCodeId={openCodeId} onOpenCode={setOpenCodeId} />
          {openCodeId !== null && (
            <DisagreementPanel
              codeId={openCodeId}
              scope={computedScope}
              coders={result.coders}
              onClose={() => {
                setOpenCodeId(null);
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
