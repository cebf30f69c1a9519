import { useId } from 'react';
import {
  CONCLUSION_STATUSES,
  type ConclusionDetail,
  type ConclusionStatus,
} from '../../../core/api/contracts/conclusions';
import { useI18n } from '../../i18n/LanguageProvider';
import { useSyncedText } from './use-synced-text';

type Patch = Partial<Pick<ConclusionDetail, 'claim' | 'status' | 'rivalExplanations' | 'note'>>;

/** The claim's text, status, rival explanations and note; text saves when the field is left. */
export function ClaimEditor({
  conclusion,
  onSave,
  onDelete,
}: {
  conclusion: ConclusionDetail;
  onSave: (patch: Patch) => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const ids = { claim: useId(), status: useId(), rival: useId(), note: useId() };
  const [claim, setClaim] = useSyncedText(conclusion.claim);
  const [rival, setRival] = useSyncedText(conclusion.rivalExplanations);
  const [note, setNote] = useSyncedText(conclusion.note);
  const [status, setStatus] = useSyncedText<ConclusionStatus>(conclusion.status);
  return (
    <div className="cn-editor">
      <label htmlFor={ids.claim}>{t('conclusions.claim.label')}</label>
      <textarea
        id={ids.claim}
        className="cn-claim-text"
        value={claim}
        rows={2}
        onChange={(e) => {
          setClaim(e.target.value);
        }}
        onBlur={() => {
          if (claim.trim() !== '' && claim !== conclusion.claim) onSave({ claim });
          else setClaim(conclusion.claim);
        }}
      />
      <div className="cn-editor-row">
        <label htmlFor={ids.status}>{t('conclusions.claim.status')}</label>
        <select
          id={ids.status}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ConclusionStatus);
            onSave({ status: e.target.value as ConclusionStatus });
          }}
        >
          {CONCLUSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`conclusions.status.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" className="cn-danger" onClick={onDelete}>
          {t('conclusions.claim.delete')}
        </button>
      </div>
      <label htmlFor={ids.rival}>{t('conclusions.claim.rival')}</label>
      <textarea
        id={ids.rival}
        value={rival}
        rows={2}
        placeholder={t('conclusions.claim.rivalHint')}
        onChange={(e) => {
          setRival(e.target.value);
        }}
        onBlur={() => {
          if (rival !== conclusion.rivalExplanations) onSave({ rivalExplanations: rival });
        }}
      />
      <label htmlFor={ids.note}>{t('conclusions.claim.note')}</label>
      <textarea
        id={ids.note}
        value={note}
        rows={2}
        onChange={(e) => {
          setNote(e.target.value);
        }}
        onBlur={() => {
          if (note !== conclusion.note) onSave({ note });
        }}
      />
    </div>
  );
}
