import { useState } from 'react';
import type { CodebookPlan } from '../../../core/api/contracts/exchange';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodebookPreview } from './CodebookPreview';
import { FileField } from './FileField';
import { TaskStatus } from './TaskStatus';
import { useExchangeTask } from './use-exchange-task';

/** Import a codebook: pick a file, review the preview, then apply it as one undoable step. */
export function ImportCodebook() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, number } = useI18n();
  const task = useExchangeTask();
  const [pending, setPending] = useState<{ path: string; plan: CodebookPlan } | null>(null);
  const nothingToDo =
    pending !== null && pending.plan.added.length + pending.plan.changed.length === 0;
  return (
    <section className="exchange-card" aria-labelledby="exchange-import-codebook">
      <h3 id="exchange-import-codebook">{t('exchange.importCodebook')}</h3>
      <p className="hint">{t('exchange.importCodebook.hint')}</p>
      <FileField
        accept=".qdc,.csv,.qdpx,.qde"
        busy={task.busy}
        submitLabel={t('exchange.preview')}
        onPath={(getPath) =>
          void task.run(async () => {
            setPending(null);
            const path = await getPath();
            const plan = await client.call('exchange.previewCodebook', { path });
            setPending({ path, plan });
            return null;
          })
        }
      />
      {pending ? (
        <>
          <CodebookPreview plan={pending.plan} />
          {nothingToDo ? <p className="hint">{t('exchange.plan.nothing')}</p> : null}
          <div className="exchange-actions">
            <button
              type="button"
              className="primary"
              disabled={task.busy || nothingToDo}
              onClick={() =>
                void task.run(async () => {
                  const plan = await client.call('exchange.importCodebook', { path: pending.path });
                  setPending(null);
                  await store.afterChange();
                  return t('exchange.plan.applied', {
                    added: number(plan.added.length),
                    changed: number(plan.changed.length),
                  });
                })
              }
            >
              {t('exchange.apply')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                task.clear();
              }}
            >
              {t('exchange.cancel')}
            </button>
          </div>
        </>
      ) : null}
      <TaskStatus task={task} />
    </section>
  );
}
