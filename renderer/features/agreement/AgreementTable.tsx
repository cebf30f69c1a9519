import { useI18n } from '../../i18n/LanguageProvider';
import { Coefficient } from './Coefficient';
import { DomainTable } from './DomainTable';
import type { AgreementResult } from './use-agreement';

interface AgreementTableProps {
  result: AgreementResult;
  openCodeId: string | null;
  onOpenCode: (codeId: string) => void;
}

/** The per-code table (with an “all codes” row) and the per-document table. */
export function AgreementTable({ result, openCodeId, onOpenCode }: AgreementTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const two = result.coders.length === 2;
  const header = (first: string, withAlphaU: boolean) => (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col" className="agreement-num">
        {t('agreement.col.units')}
      </th>
      <th scope="col" className="agreement-num">
        {t('agreement.col.percent')}
      </th>
      {two && (
        <th scope="col" className="agreement-num">
          {t('agreement.col.cohen')}
        </th>
      )}
      <th scope="col" className="agreement-num">
        {t('agreement.col.fleiss')}
      </th>
      <th scope="col" className="agreement-num">
        {t('agreement.col.alpha')}
      </th>
      {withAlphaU && (
        <th scope="col" className="agreement-num">
          {t('agreement.col.alphaU')}
        </th>
      )}
      {withAlphaU && (
        <th scope="col" className="agreement-num">
          <abbr title={t('agreement.col.binary')}>{t('agreement.col.binaryShort')}</abbr>
        </th>
      )}
      <th scope="col" className="agreement-num">
        {t('agreement.col.disagreements')}
      </th>
    </tr>
  );
  type Row = AgreementResult['overall'];
  const cells = (
    r: Pick<
      Row,
      'units' | 'agreedUnits' | 'percentAgreement' | 'cohenKappa' | 'fleissKappa' | 'alpha'
    >,
    family?: Pick<Row, 'alphaU' | 'binaryAlpha'>,
  ) => (
    <>
      <td className="agreement-num">{i18n.number(r.units)}</td>
      <td className="agreement-num">
        <Coefficient value={r.percentAgreement} percent />
      </td>
      {two && (
        <td className="agreement-num">
          <Coefficient value={r.cohenKappa} />
        </td>
      )}
      <td className="agreement-num">
        <Coefficient value={r.fleissKappa} />
      </td>
      <td className="agreement-num">
        <Coefficient value={r.alpha} />
      </td>
      {family !== undefined && (
        <>
          <td className="agreement-num">
            <Coefficient value={family.alphaU} />
          </td>
          <td className="agreement-num">
            <Coefficient value={family.binaryAlpha} />
          </td>
        </>
      )}
      <td className="agreement-num">{i18n.number(r.units - r.agreedUnits)}</td>
    </>
  );
  if (result.codes.length === 0) return <p className="agreement-muted">{t('agreement.noCodes')}</p>;
  return (
    <>
      <div className="agreement-scroll">
        <table className="agreement-table">
          <caption>{t('agreement.table')}</caption>
          <thead>{header(t('agreement.col.code'), true)}</thead>
          <tbody>
            {result.codes.map((c) => (
              <tr key={c.codeId} className={c.codeId === openCodeId ? 'agreement-open' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="agreement-code"
                    aria-expanded={c.codeId === openCodeId}
                    aria-label={t('agreement.openCode', { code: c.codePath })}
                    onClick={() => {
                      onOpenCode(c.codeId);
                    }}
                  >
                    <span
                      className="agreement-swatch"
                      style={{ background: c.color }}
                      aria-hidden="true"
                    />
                    {c.codePath}
                  </button>
                </th>
                {cells(c, c)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('agreement.overall')}</th>
              {cells(result.overall, result.overall)}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="agreement-muted">{t('agreement.legend')}</p>
      <details className="agreement-documents">
        <summary>{t('agreement.byDocument')}</summary>
        <div className="agreement-scroll">
          <table className="agreement-table">
            <thead>{header(t('agreement.col.document'), false)}</thead>
            <tbody>
              {result.documents.map((d) => (
                <tr key={d.documentId}>
                  <th scope="row">{d.title}</th>
                  {cells(d)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <DomainTable result={result} />
    </>
  );
}
