import type { CodeItem } from '../../app/workspace-store';

interface CodeSelectProps {
  label: string;
  codes: readonly CodeItem[];
  value: string;
  onChange: (codeId: string) => void;
  /** Shows the label to screen readers only. */
  hideLabel?: boolean;
}

/** A code picker in codebook order, sub-codes indented under their parents. */
export function CodeSelect({ label, codes, value, onChange, hideLabel = false }: CodeSelectProps) {
  return (
    <label className="retrieval-field">
      <span className={hideLabel ? 'visually-hidden' : 'retrieval-label'}>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {codes.map((code) => (
          <option key={code.id} value={code.id}>
            {`${'\u00a0\u00a0'.repeat(code.depth)}${code.name}`}
          </option>
        ))}
      </select>
    </label>
  );
}
