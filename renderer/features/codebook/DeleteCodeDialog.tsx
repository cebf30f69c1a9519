import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeNode } from './build-code-tree';
import { Dialog } from '../../ui/Dialog';

interface DeleteCodeDialogProps {
  node: CodeNode;
  onConfirm: () => void;
  onClose: () => void;
}

/** Says exactly what deleting a code takes with it before it goes. */
export function DeleteCodeDialog({ node, onConfirm, onClose }: DeleteCodeDialogProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const codings =
    node.subtreeCodings === 1
      ? t('codebook.delete.codingsOne')
      : t('codebook.delete.codings', { count: i18n.number(node.subtreeCodings) });
  const subcodes =
    node.descendants === 1
      ? t('codebook.delete.subcodesOne')
      : t('codebook.delete.subcodes', { count: i18n.number(node.descendants) });
  return (
    <Dialog
      title={t('codebook.delete.title', { name: node.code.name })}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose} data-autofocus>
            {t('codebook.cancel')}
          </button>
          <button type="submit" className="cbdialog-button cbdialog-button-danger">
            {t('codebook.delete.confirm')}
          </button>
        </>
      }
    >
      <p data-testid="delete-code-summary">{t('codebook.delete.body', { codings, subcodes })}</p>
      <p>{t('codebook.delete.orphans')}</p>
    </Dialog>
  );
}
