import { useWorkspace } from '../../app/WorkspaceProvider';
import type { DocumentDetail } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { CoderFilter } from './CoderFilter';
import type { CoderItem } from './use-coders';
import { PALETTE_KEYS } from './use-coding-keys';

/** Title, page count, coding count, the coding hint and whose codings show. */
export function DocumentHeader({
  doc,
  coders,
}: {
  doc: DocumentDetail;
  coders: readonly CoderItem[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const segments = useWorkspace((s) => s.segments);
  const codings = segments.reduce(
    (sum, s) => (s.documentId === doc.id ? sum + s.codeIds.length : sum),
    0,
  );
  const plural = (n: number): 'one' | 'other' => (n === 1 ? 'one' : 'other');
  return (
    <header className="reader-header">
      <div className="reader-heading">
        <h2 className="reader-title">{doc.title}</h2>
        <CoderFilter coders={coders} />
      </div>
      <p className="reader-meta">
        {doc.pageCount !== null && (
          <span>
            {t(`documentView.pages.${plural(doc.pageCount)}`, {
              count: i18n.number(doc.pageCount),
            })}
          </span>
        )}
        <span data-testid="document-coding-count">
          {t(`documentView.codings.${plural(codings)}`, { count: i18n.number(codings) })}
        </span>
        <span className="reader-hint">{t('documentView.hint', { palette: PALETTE_KEYS })}</span>
      </p>
    </header>
  );
}
