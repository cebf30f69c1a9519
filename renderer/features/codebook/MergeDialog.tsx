import { useId, useState } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { isWithin, type CodeNode, type CodeTree } from './build-code-tree';
import { Dialog } from '../../ui/Dialog';

interface MergeDialogProps {
  tree: CodeTree;
  node: CodeNode;
  onMerge: (targetId: string) => void;
  onClose: () => void;
}

/** Chooses the code that absorbs this one, and says what happens to its codings. */
export function MergeDialog({ tree, node, onMerge, onClose }: MergeDialogProps) {
  const { t } = useI18n();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const candidates = [...tree.byId.values()].filter(
    (n) =>
      !isWithin(tree, n.code.id, node.code.id) &&
      n.code.path.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase()),
  );
  const [target, setTarget] = useState('');
  const chosen = candidates.some((n) => n.code.id === target) ? target : '';
  return (
    <Dialog
      title={t('codebook.merge.title', { name: node.code.name })}
      onClose={onClose}
      onSubmit={() => {
        if (chosen) onMerge(chosen);
      }}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('codebook.cancel')}
          </button>
          <button
            type="submit"
            className="cbdialog-button cbdialog-button-primary"
            disabled={!chosen}
          >
            {t('codebook.merge.confirm')}
          </button>
        </>
      }
    >
      <p>{t('codebook.merge.explain', { name: node.code.name })}</p>
      <label htmlFor={filterId}>
        {t('codebook.merge.filter')}
        <input
          id={filterId}
          type="text"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
          }}
          data-autofocus
        />
      </label>
      <label>
        {t('codebook.merge.target')}
        <select
          size={Math.min(8, Math.max(3, candidates.length))}
          value={chosen}
          onChange={(event) => {
            setTarget(event.target.value);
          }}
        >
          {candidates.map((n) => (
            <option key={n.code.id} value={n.code.id}>
              {filter.trim()
                ? n.code.path.replaceAll('/', ' / ')
                : `${'\u2003'.repeat(n.code.depth)}${n.code.name}`}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
