import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { saveExportedFile } from '../../ui/save-exported-file';
import { TaskStatus } from './TaskStatus';
import { useExchangeTask } from './use-exchange-task';

const FORMATS = ['qdc', 'csv', 'docx', 'html', 'md'] as const;

/** Export the codebook in five formats, or the whole project as .qdpx. */
export function ExportSection() {
  const { client } = useClient();
  const { t, language } = useI18n();
  const task = useExchangeTask();
  const save = async (file: Parameters<typeof saveExportedFile>[0]): Promise<string | null> => {
    const saved = await saveExportedFile(file);
    return saved === null ? null : t('exchange.saved', { file: saved });
  };
  return (
    <>
      <section className="exchange-card" aria-labelledby="exchange-export-codebook">
        <h3 id="exchange-export-codebook">{t('exchange.exportCodebook')}</h3>
        <p className="hint">{t('exchange.exportCodebook.hint')}</p>
        <div className="exchange-actions" role="group" aria-labelledby="exchange-export-codebook">
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              disabled={task.busy}
              onClick={() =>
                void task.run(async () =>
                  save(await client.call('exchange.exportCodebook', { format, language })),
                )
              }
            >
              {t(`exchange.format.${format}`)}
            </button>
          ))}
        </div>
      </section>
      <section className="exchange-card" aria-labelledby="exchange-export-project">
        <h3 id="exchange-export-project">{t('exchange.exportProject')}</h3>
        <p className="hint">{t('exchange.exportProject.hint')}</p>
        <div className="exchange-actions">
          <button
            type="button"
            className="primary"
            disabled={task.busy}
            onClick={() =>
              void task.run(async () => save(await client.call('exchange.exportProject', {})))
            }
          >
            {task.busy ? t('exchange.working') : t('exchange.exportProject.button')}
          </button>
        </div>
        <TaskStatus task={task} />
      </section>
    </>
  );
}
