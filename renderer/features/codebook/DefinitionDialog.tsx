import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeItem } from '../../app/workspace-store';
import { Dialog } from '../../ui/Dialog';
import { shortcutFromKey } from './shortcut-from-key';

export interface DefinitionPatch {
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  shortcut: string | null;
  codable: boolean;
}

interface DefinitionDialogProps {
  code: CodeItem;
  onSave: (patch: DefinitionPatch) => void;
  onClose: () => void;
}

const FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

/** Edits what a code means (definition, when to include and exclude, an example) and its settings. */
export function DefinitionDialog({ code, onSave, onClose }: DefinitionDialogProps) {
  const { t } = useI18n();
  const shortcutId = useId();
  const [draft, setDraft] = useState<DefinitionPatch>({
    definition: code.definition,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
    example: code.example,
    shortcut: code.shortcut,
    codable: code.codable,
  });
  const onShortcutKey = (event: KeyboardEvent): void => {
    if (event.key === 'Tab' || event.key === 'Escape' || event.key === 'Enter') return;
    event.preventDefault();
    if (event.key === 'Backspace' || event.key === 'Delete') {
      setDraft({ ...draft, shortcut: null });
      return;
    }
    const keys = shortcutFromKey(event);
    if (keys) setDraft({ ...draft, shortcut: keys });
  };
  return (
    <Dialog
      title={t('codebook.define.title', { name: code.name })}
      onClose={onClose}
      onSubmit={() => {
        onSave(draft);
      }}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('codebook.cancel')}
          </button>
          <button type="submit" className="cbdialog-button cbdialog-button-primary">
            {t('codebook.define.save')}
          </button>
        </>
      }
    >
      {FIELDS.map((field) => (
        <label key={field}>
          {t(`codebook.define.${field}`)}
          <textarea
            value={draft[field]}
            rows={field === 'definition' ? 3 : 2}
            onChange={(event) => {
              setDraft({ ...draft, [field]: event.target.value });
            }}
          />
        </label>
      ))}
      <label htmlFor={shortcutId}>
        {t('codebook.define.shortcut')}
        <input
          id={shortcutId}
          type="text"
          readOnly
          value={draft.shortcut ?? ''}
          placeholder={t('codebook.define.shortcutNone')}
          aria-describedby={`${shortcutId}-hint`}
          onKeyDown={onShortcutKey}
        />
        <small id={`${shortcutId}-hint`} className="cbdialog-hint">
          {t('codebook.define.shortcutHint')}
        </small>
      </label>
      <label className="cbdialog-check">
        <input
          type="checkbox"
          checked={draft.codable}
          onChange={(event) => {
            setDraft({ ...draft, codable: event.target.checked });
          }}
        />
        {t('codebook.define.codable')}
      </label>
    </Dialog>
  );
}
