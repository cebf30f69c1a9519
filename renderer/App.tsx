import { useEffect, useState } from 'react';
import type { Output } from '../core/api/contract';
import type { Client } from './api/create-client';
import type { Mode } from './api/pick-transport';
import { useLanguage } from './i18n/use-language';
import { LanguageSwitch } from './LanguageSwitch';

interface AppProps {
  client: Client;
  mode: Mode;
}

type Info =
  | { state: 'loading' }
  | { state: 'ready'; info: Output<'app.info'> }
  | { state: 'failed'; message: string };

export function App({ client, mode }: AppProps) {
  const { language, setLanguage, t } = useLanguage();
  const [info, setInfo] = useState<Info>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    client.call('app.info', {}).then(
      (value) => {
        if (current) setInfo({ state: 'ready', info: value });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setInfo({ state: 'failed', message });
      },
    );
    return () => {
      current = false;
    };
  }, [client]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1 className="brand-name">Telaah</h1>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch label={t('language.label')} language={language} onChange={setLanguage} />
      </header>
      <main className="home">
        <h2>{t('home.heading')}</h2>
        <p>{t('home.body')}</p>
      </main>
      <footer className="app-footer">
        <span className="mode">{t(mode === 'desktop' ? 'mode.desktop' : 'mode.browser')}</span>
        <span data-testid="app-status" role="status">
          {info.state === 'loading' && t('app.loading')}
          {info.state === 'ready' && t('app.version', { version: info.info.version })}
          {info.state === 'failed' && t('app.error', { message: info.message })}
        </span>
      </footer>
    </div>
  );
}
