import { useState } from 'react';
import type { ProjectImportReport } from '../../../core/api/contracts/exchange';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { FileField } from './FileField';
import { ImportReport } from './ImportReport';
import { TaskStatus } from './TaskStatus';
import { useExchangeTask } from './use-exchange-task';

/** Import a .qdpx/.qde project from another tool and show what was and was not imported. */
export function ImportProject() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const task = useExchangeTask();
  const [report, setReport] = useState<ProjectImportReport | null>(null);
  return (
    <section className="exchange-card" aria-labelledby="exchange-import-project">
      <h3 id="exchange-import-project">{t('exchange.importProject')}</h3>
      <p className="hint">{t('exchange.importProject.hint')}</p>
      <FileField
        accept=".qdpx,.qde"
        busy={task.busy}
        submitLabel={t('exchange.import')}
        onPath={(getPath) =>
          void task.run(async () => {
            setReport(null);
            const path = await getPath();
            setReport(await client.call('exchange.importProject', { path }));
            await store.afterChange();
            return null;
          })
        }
      />
      <TaskStatus task={task} />
      {report ? <ImportReport report={report} /> : null}
    </section>
  );
}
