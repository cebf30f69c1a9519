import { useEffect } from 'react';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import { Toast } from './Toast';

const INFO_MS = 5000;

/** The workspace's one toast: info fades by itself, an error stays until dismissed. */
export function Notices() {
  const store = useWorkspaceStore();
  const notice = useWorkspace((s) => s.notice);
  const { t, language } = useI18n();
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => {
      if (store.get().notice === notice) store.set({ notice: null });
    }, INFO_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [notice, store]);
  return (
    <div className="notices" aria-label={t('workspace.notices.label')}>
      <div role="status" aria-live="polite">
        {notice?.kind === 'info' && (
          <Toast
            text={notice.text}
            onDismiss={() => {
              store.set({ notice: null });
            }}
          />
        )}
      </div>
      <div role="alert">
        {notice?.kind === 'error' && (
          <Toast
            error
            text={notice.error ? errorText(notice.error, language) : notice.text}
            onDismiss={() => {
              store.set({ notice: null });
            }}
          />
        )}
      </div>
    </div>
  );
}
