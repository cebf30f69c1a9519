import type { TacticItem, TacticKey } from '../../../core/api/contracts/conclusions';
import { useI18n } from '../../i18n/LanguageProvider';
import { useSyncedText } from './use-synced-text';

/** The thirteen verification tactics, each with a tick and a note saved when left. */
export function TacticsChecklist({
  tactics,
  onChange,
}: {
  tactics: TacticItem[];
  onChange: (tactic: TacticKey, patch: { applied?: boolean; note?: string }) => void;
}) {
  const { t } = useI18n();
  const applied = tactics.filter((x) => x.applied).length;
  return (
    <fieldset className="cn-tactics">
      <legend>
        {t('conclusions.tactics.heading')}{' '}
        <span className="cn-muted">
          {t('conclusions.tactics.count', { applied, total: tactics.length })}
        </span>
      </legend>
      <ul>
        {tactics.map((item) => (
          <TacticRow key={item.tactic} item={item} onChange={onChange} />
        ))}
      </ul>
    </fieldset>
  );
}

function TacticRow({
  item,
  onChange,
}: {
  item: TacticItem;
  onChange: (tactic: TacticKey, patch: { applied?: boolean; note?: string }) => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useSyncedText(item.note);
  // Ticked at once; the saved value takes over when the change lands (or is undone).
  const [applied, setApplied] = useSyncedText(item.applied);
  const label = t(`conclusions.tactic.${item.tactic}`);
  return (
    <li className={applied ? 'cn-tactic cn-tactic-applied' : 'cn-tactic'}>
      <label className="cn-tactic-label">
        <input
          type="checkbox"
          checked={applied}
          onChange={(e) => {
            setApplied(e.target.checked);
            onChange(item.tactic, { applied: e.target.checked });
          }}
        />
        {label}
      </label>
      <input
        type="text"
        className="cn-tactic-note"
        value={note}
        aria-label={t('conclusions.tactics.noteFor', { tactic: label })}
        placeholder={t('conclusions.tactics.notePlaceholder')}
        onChange={(e) => {
          setNote(e.target.value);
        }}
        onBlur={() => {
          if (note !== item.note) onChange(item.tactic, { note });
        }}
      />
    </li>
  );
}
