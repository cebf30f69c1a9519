import { ApiCallError } from '../../api/api-call-error';
import { useI18n } from '../../i18n/LanguageProvider';
import type { AutosaveState } from './use-autosave';

/** "Saved" / "Saving…" / the error, announced politely. */
export function SaveStatusText({ state }: { state: AutosaveState }) {
  const { t } = useI18n();
  const text =
    state.status === 'error'
      ? t('memos.status.error', { message: messageOf(state.error) })
      : t(`memos.status.${state.status}`);
  return (
    <span className={`memo-status memo-status-${state.status}`} role="status">
      {text}
    </span>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof ApiCallError || error instanceof Error) return error.message;
  return String(error);
}
