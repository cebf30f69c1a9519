import { useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';

type Code = Output<'codes.list'>[number];
const FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

/** Edits a code's definition, inclusion and exclusion criteria and example (codes.update). */
export function CodeDefinitionDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const [values, setValues] = useState(() => ({
    definition: code.definition,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
    example: code.example,
  }));
  const [saving, setSaving] = useState(false);
  const save = async (): Promise<void> => {
    setSaving(true);
    try {
      await client.call('codes.update', { id: code.id, patch: values });
      onClose();
      await store.afterChange();
      store.set({ notice: { kind: 'info', text: t('agreement.edit.saved', { code: code.path }) } });
    } catch (error) {
      setSaving(false);
      store.fail(error);
    }
  };
  return (
    <Dialog
      title={t('agreement.edit.title', { code: code.path })}
      onClose={onClose}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('agreement.edit.cancel')}
          </button>
          <button
            type="submit"
            className="cbdialog-button cbdialog-button-primary"
            disabled={saving}
          >
            {t('agreement.edit.save')}
          </button>
        </>
      }
    >
      {FIELDS.map((field, i) => (
        <label key={field}>
          {t(`agreement.edit.${field}`)}
          <textarea
            {...(i === 0 ? { 'data-autofocus': true } : {})}
            value={values[field]}
            onChange={(e) => {
              setValues((was) => ({ ...was, [field]: e.target.value }));
            }}
          />
        </label>
      ))}
    </Dialog>
  );
}
