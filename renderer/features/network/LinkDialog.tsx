import { useId, useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { LINK_TYPE_SUGGESTIONS } from './messages';

export interface LinkDraft {
  sourceCodeId: string;
  targetCodeId: string;
  type: string;
  note: string;
}

interface LinkDialogProps {
  initial: Partial<LinkDraft>;
  onCreate: (draft: LinkDraft) => void;
  onClose: () => void;
}

/** The keyboard way to draw a link: choose the source, the relation (a list or free text) and the target. */
export function LinkDialog({ initial, onCreate, onClose }: LinkDialogProps) {
  const { t, language } = useI18n();
  const id = useId();
  const codes = useWorkspace((s) => s.codes);
  const suggestions = LINK_TYPE_SUGGESTIONS[language];
  const [draft, setDraft] = useState<LinkDraft>({
    sourceCodeId: initial.sourceCodeId ?? codes[0]?.id ?? '',
    targetCodeId: initial.targetCodeId ?? codes[1]?.id ?? '',
    type: initial.type ?? suggestions[0],
    note: initial.note ?? '',
  });
  const valid =
    draft.sourceCodeId !== '' &&
    draft.targetCodeId !== '' &&
    draft.sourceCodeId !== draft.targetCodeId &&
    draft.type.trim() !== '';
  const submit = (): void => {
    if (valid) onCreate(draft);
  };
  const codeSelect = (field: 'sourceCodeId' | 'targetCodeId', label: string) => (
    <label htmlFor={`${id}-${field}`}>
      {label}
      <select
        id={`${id}-${field}`}
        value={draft[field]}
        onChange={(e) => {
          setDraft({ ...draft, [field]: e.target.value });
        }}
      >
        {codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.path}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Dialog
      title={t('network.linkTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('network.cancel')}
          </button>
          <button
            type="submit"
            className="cbdialog-button cbdialog-button-primary"
            disabled={!valid}
          >
            {t('network.link.create')}
          </button>
        </>
      }
    >
      {codeSelect('sourceCodeId', t('network.link.source'))}
      <label htmlFor={`${id}-type`}>
        {t('network.link.type')}
        <input
          id={`${id}-type`}
          type="text"
          list={`${id}-types`}
          value={draft.type}
          data-autofocus
          onChange={(e) => {
            setDraft({ ...draft, type: e.target.value });
          }}
        />
        <datalist id={`${id}-types`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      {codeSelect('targetCodeId', t('network.link.target'))}
      <label htmlFor={`${id}-note`}>
        {t('network.link.note')}
        <textarea
          id={`${id}-note`}
          value={draft.note}
          onChange={(e) => {
            setDraft({ ...draft, note: e.target.value });
          }}
        />
      </label>
    </Dialog>
  );
}
