import { useEffect, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';

type Status =
  { kind: 'loading' } | { kind: 'ready'; version: string } | { kind: 'failed'; error: unknown };

/** The running version, or why Telaah cannot be reached, at the foot of the welcome screen. */
export function AppStatus() {
  const { client, mode } = useClient();
  const { t, language } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    client.call('app.info', {}).then(
      (info) => {
        if (live) setStatus({ kind: 'ready', version: info.version });
      },
      (error: unknown) => {
        if (live) setStatus({ kind: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [client]);
  const text =
    status.kind === 'loading'
      ? t('app.loading')
      : status.kind === 'ready'
        ? t('app.version', { version: status.version })
        : t('app.error', { message: errorText(status.error, language) });
  return (
    <footer className="app-footer">
      <span role="status" data-testid="app-status">
        {text}
      </span>
      <span>{mode === 'desktop' ? t('mode.desktop') : t('mode.browser')}</span>
    </footer>
  );
}
