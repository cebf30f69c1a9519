import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';

interface DeleteDialogProps {
  title: string;
  codingCount: number;
  onDelete: () => void;
  onClose: () => void;
}

/** Confirms deleting a document, saying what goes with it and that it cannot be undone. */
export function DeleteDialog({ title, codingCount, onDelete, onClose }: DeleteDialogProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Dialog
      title={t('documents.delete.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" data-autofocus onClick={onClose}>
            {t('documents.cancel')}
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            {t('documents.delete')}
          </button>
        </>
      }
    >
      <p>{t('documents.delete.body', { title, count: i18n.number(codingCount) })}</p>
    </Dialog>
  );
}
