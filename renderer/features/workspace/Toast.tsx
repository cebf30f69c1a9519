import { useI18n } from '../../i18n/LanguageProvider';

interface ToastProps {
  text: string;
  error?: boolean;
  onDismiss: () => void;
}

/** One notice with its dismiss button. */
export function Toast({ text, error = false, onDismiss }: ToastProps) {
  const { t } = useI18n();
  return (
    <div className={error ? 'toast toast-error' : 'toast'}>
      <span>{text}</span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('workspace.notice.dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
