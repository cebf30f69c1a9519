import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { ReviewFilters as Filters, ReviewState } from './use-review-queue';

const STATES: ReviewState[] = ['proposed', 'accepted', 'rejected', 'discuss'];

/** Code, coder, document, case and state pickers for the review queue. */
export function ReviewFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const { t } = useI18n();
  const { client } = useClient();
  const codes = useWorkspace((s) => s.codes);
  const documents = useWorkspace((s) => s.documents);
  const [coders, setCoders] = useState<Output<'coders.list'>>([]);
  const [cases, setCases] = useState<Output<'cases.list'>>([]);
  useEffect(() => {
    void client.call('coders.list', {}).then(setCoders);
    void client.call('cases.list', {}).then(setCases);
  }, [client]);
  const pick = (name: keyof Filters, value: string): void => {
    const next = Object.fromEntries(
      Object.entries({ ...filters, [name]: value }).filter(([, v]) => v !== ''),
    ) as Filters;
    if (name === 'codeId') {
      if (value === '') delete next.includeSubcodes;
      else next.includeSubcodes = true;
    }
    onChange(next);
  };
  const select = (
    name: keyof Filters,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <label className="review-filter">
      <span>{label}</span>
      <select
        value={typeof filters[name] === 'string' ? filters[name] : ''}
        onChange={(event) => {
          pick(name, event.target.value);
        }}
      >
        <option value="">{t('review.filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="review-filters">
      <legend className="visually-hidden">{t('review.filters')}</legend>
      {select(
        'state',
        t('review.filter.state'),
        STATES.map((s) => ({ value: s, label: t(`review.state.${s}`) })),
      )}
      {select(
        'codeId',
        t('review.filter.code'),
        codes.map((c) => ({ value: c.id, label: c.path })),
      )}
      {select(
        'coderId',
        t('review.filter.coder'),
        coders.map((c) => ({ value: c.id, label: c.name })),
      )}
      {select(
        'documentId',
        t('review.filter.document'),
        documents.map((d) => ({ value: d.id, label: d.title })),
      )}
      {cases.length > 0 &&
        select(
          'caseId',
          t('review.filter.case'),
          cases.map((c) => ({ value: c.id, label: c.name })),
        )}
    </fieldset>
  );
}
