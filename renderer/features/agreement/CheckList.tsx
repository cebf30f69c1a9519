import { useId } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';

interface CheckListProps {
  summary: string;
  items: { id: string; label: string }[];
  checked: ReadonlySet<string>;
  onChange: (checked: Set<string>) => void;
}

/** A collapsible list of checkboxes with “All” and “None”. */
export function CheckList({ summary, items, checked, onChange }: CheckListProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <details className="agreement-checklist">
      <summary>{summary}</summary>
      <div className="agreement-checklist-bar">
        <button
          type="button"
          onClick={() => {
            onChange(new Set(items.map((i) => i.id)));
          }}
        >
          {t('agreement.all')}
        </button>
        <button
          type="button"
          onClick={() => {
            onChange(new Set());
          }}
        >
          {t('agreement.none')}
        </button>
      </div>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <input
              type="checkbox"
              id={`${id}-${item.id}`}
              checked={checked.has(item.id)}
              onChange={(e) => {
                const next = new Set(checked);
                if (e.target.checked) next.add(item.id);
                else next.delete(item.id);
                onChange(next);
              }}
            />
            <label htmlFor={`${id}-${item.id}`}>{item.label}</label>
          </li>
        ))}
      </ul>
    </details>
  );
}
