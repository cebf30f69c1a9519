import type { ReactNode } from 'react';
import type { Excerpt } from '../../../core/api/contracts/conclusions';
import { useI18n } from '../../i18n/LanguageProvider';

/** An excerpt with where it comes from (document, page), its codes and coder; actions beside. */
export function ExcerptCard({
  excerpt,
  note,
  children,
}: {
  excerpt: Excerpt;
  note?: string;
  children?: ReactNode;
}) {
  const { t, number } = useI18n();
  const page =
    excerpt.page === null
      ? ''
      : t('conclusions.excerpt.page', {
          page: excerpt.page.label ?? number(excerpt.page.page),
        });
  return (
    <div className="cn-excerpt">
      <blockquote>{excerpt.quote}</blockquote>
      <p className="cn-excerpt-meta">
        <span className="cn-excerpt-source">
          {excerpt.documentTitle}
          {page === '' ? '' : `, ${page}`}
        </span>
        {excerpt.codePaths.length > 0 && <span> · {excerpt.codePaths.join(', ')}</span>}
        {excerpt.coderName !== '' && <span> · {excerpt.coderName}</span>}
        {excerpt.caseNames.length > 0 && <span> · {excerpt.caseNames.join(', ')}</span>}
      </p>
      {note !== undefined && note !== '' && <p className="cn-excerpt-note">{note}</p>}
      {children !== undefined && <div className="cn-excerpt-actions">{children}</div>}
    </div>
  );
}
