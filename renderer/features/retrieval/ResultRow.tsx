import type { Output } from '../../../core/api/contract';
import { useI18n } from '../../i18n/LanguageProvider';

export type RetrievalRowItem = Output<'retrieval.run'>['rows'][number];

interface ResultRowProps {
  row: RetrievalRowItem;
  ticked: boolean;
  onTick: (ticked: boolean) => void;
  onShow: () => void;
}

/** One excerpt in its context, with where it is, its codes and its coder. */
export function ResultRow({ row, ticked, onTick, onShow }: ResultRowProps) {
  const { t } = useI18n();
  const page = row.page === null ? null : (row.page.label ?? String(row.page.page));
  return (
    <li className={`retrieval-row${ticked ? ' is-ticked' : ''}`}>
      <div className="retrieval-row-head">
        <label className="retrieval-check">
          <input
            type="checkbox"
            checked={ticked}
            onChange={(event) => {
              onTick(event.target.checked);
            }}
          />
          <span className="visually-hidden">{t('retrieval.tick')}</span>
          <strong>{row.documentTitle}</strong>
        </label>
        {page !== null && <span className="retrieval-page">{t('retrieval.page', { page })}</span>}
        {row.caseNames.length > 0 && (
          <span className="retrieval-meta">{row.caseNames.join(', ')}</span>
        )}
        <button type="button" className="retrieval-show" onClick={onShow}>
          {t('retrieval.show')}
        </button>
      </div>
      <p className="retrieval-text">
        {row.context.before !== '' && (
          <span className="retrieval-context">{ellipsisStart(row.context.before)}</span>
        )}
        <mark className="retrieval-quote">{row.quote}</mark>
        {row.context.after !== '' && (
          <span className="retrieval-context">{ellipsisEnd(row.context.after)}</span>
        )}
      </p>
      <div className="retrieval-row-foot">
        {row.codePaths.map((path) => (
          <span key={path} className="retrieval-code">
            {path}
          </span>
        ))}
        <span className="retrieval-meta">{row.coderNames.join(', ')}</span>
      </div>
    </li>
  );
}

/** Context that does not start at a paragraph start gets an ellipsis. */
function ellipsisStart(text: string): string {
  return text.length >= 600 ? `…${text.trimStart()}` : text;
}

function ellipsisEnd(text: string): string {
  return text.length >= 600 ? `${text.trimEnd()}…` : text;
}
