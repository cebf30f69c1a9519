import { useI18n } from '../../i18n/LanguageProvider';
import { Coefficient } from './Coefficient';
import type { AgreementResult } from './use-agreement';

/**
 * The uα family per semantic domain (sibling codes under one parent): |uα on which text is
 * coded at all, cuα on which code where every coder coded, then Cuα across the domains.
 */
export function DomainTable({ result }: { result: AgreementResult }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (result.domains.length === 0) return null;
  return (
    <section className="agreement-domains" aria-labelledby="agreement-domains-heading">
      <h3 id="agreement-domains-heading">{t('agreement.domains.heading')}</h3>
      <p className="agreement-muted">{t('agreement.domains.intro')}</p>
      <div className="agreement-scroll">
        <table className="agreement-table">
          <caption>{t('agreement.domains.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreement.domains.col.domain')}</th>
              <th scope="col" className="agreement-num">
                {t('agreement.domains.col.codes')}
              </th>
              <th scope="col" className="agreement-num">
                {t('agreement.col.binary')}
              </th>
              <th scope="col" className="agreement-num">
                {t('agreement.domains.col.cu')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">{d.domain === '' ? t('agreement.domains.top') : d.domain}</th>
                <td className="agreement-num">{i18n.number(d.codeIds.length)}</td>
                <td className="agreement-num">
                  <Coefficient value={d.binaryAlpha} />
                </td>
                <td className="agreement-num">
                  <Coefficient value={d.cuAlpha} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('agreement.domains.across')}
              </th>
              <td className="agreement-num">
                <Coefficient value={result.overall.cuAlphaAcrossDomains} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <details className="agreement-about">
        <summary>{t('agreement.about')}</summary>
        <dl>
          <dt>{t('agreement.col.alphaU')}</dt>
          <dd>{t('agreement.about.alphaU')}</dd>
          <dt>{t('agreement.col.binary')}</dt>
          <dd>{t('agreement.about.binary')}</dd>
          <dt>{t('agreement.domains.col.cu')}</dt>
          <dd>{t('agreement.about.cu')}</dd>
          <dt>{t('agreement.about.CuTerm')}</dt>
          <dd>{t('agreement.about.Cu')}</dd>
        </dl>
      </details>
    </section>
  );
}
