import { useI18n } from '../../i18n/LanguageProvider';

export type ToolbarAction =
  'new' | 'newChild' | 'rename' | 'colour' | 'define' | 'merge' | 'delete';

interface CodebookToolbarProps {
  /** Whether a code is focused; every action but "new" needs one. */
  hasCode: boolean;
  colourOpen: boolean;
  onAction: (action: ToolbarAction) => void;
}

const ICONS: Record<ToolbarAction, string> = {
  new: '+',
  newChild: '↳',
  rename: '✎',
  colour: '◐',
  define: '¶',
  merge: '⇉',
  delete: '✕',
};

const LABELS = {
  new: 'codebook.new',
  newChild: 'codebook.newChild',
  rename: 'codebook.rename',
  colour: 'codebook.recolour',
  define: 'codebook.define',
  merge: 'codebook.merge',
  delete: 'codebook.delete',
} as const;

const ON_CODE: ToolbarAction[] = ['newChild', 'rename', 'colour', 'define', 'merge', 'delete'];

/** Codebook actions on the focused code; icon buttons carry their names as labels and tooltips. */
export function CodebookToolbar({ hasCode, colourOpen, onAction }: CodebookToolbarProps) {
  const { t } = useI18n();
  const button = (action: ToolbarAction) => (
    <button
      key={action}
      type="button"
      className={`codebook-tool codebook-tool-${action}`}
      aria-label={t(LABELS[action])}
      title={t(LABELS[action])}
      disabled={action !== 'new' && !hasCode}
      aria-expanded={action === 'colour' ? colourOpen : undefined}
      onClick={() => {
        onAction(action);
      }}
    >
      <span aria-hidden="true">{ICONS[action]}</span>
      {action === 'new' && <span className="codebook-tool-text">{t('codebook.new')}</span>}
    </button>
  );
  return (
    <div role="toolbar" aria-label={t('codebook.toolbar')} className="codebook-toolbar">
      {button('new')}
      <span className="codebook-tools">{ON_CODE.map(button)}</span>
    </div>
  );
}
