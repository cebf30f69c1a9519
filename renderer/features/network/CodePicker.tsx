import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';

interface CodePickerProps {
  /** The chosen codes; empty means all. */
  codeIds: readonly string[] | undefined;
  onChange: (codeIds: string[]) => void;
}

/** A folding list of the codebook's codes with a checkbox each; none ticked means every code. */
export function CodePicker({ codeIds, onChange }: CodePickerProps) {
  const { t, number } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const chosen = new Set(
    codeIds !== undefined && codeIds.length > 0 ? codeIds : codes.map((c) => c.id),
  );
  const toggle = (id: string): void => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    onChange(
      next.size === codes.length ? [] : codes.filter((c) => next.has(c.id)).map((c) => c.id),
    );
  };
  return (
    <details className="network-codes">
      <summary>
        {t('network.codes', { count: number(chosen.size), total: number(codes.length) })}
      </summary>
      <div className="network-codes-bar">
        <button
          type="button"
          onClick={() => {
            onChange([]);
          }}
        >
          {t('network.codes.all')}
        </button>
      </div>
      <ul>
        {codes.map((code) => (
          <li key={code.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(code.id)}
                onChange={() => {
                  toggle(code.id);
                }}
              />
              <span
                className="network-swatch"
                style={{ background: code.color }}
                aria-hidden="true"
              />
              {code.path}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
