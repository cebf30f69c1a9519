import type { Output } from '../../../core/api/contract';
import { useI18n } from '../../i18n/LanguageProvider';

type Recent = Output<'project.recent'>[number];

interface RecentProjectsProps {
  projects: Recent[];
  disabled: boolean;
  onOpen: (file: string) => void;
}

/** Projects opened before, most recent first; a moved or deleted one is listed but disabled. */
export function RecentProjects({ projects, disabled, onOpen }: RecentProjectsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="welcome-recent" aria-labelledby="welcome-recent-heading">
      <h3 id="welcome-recent-heading">{t('workspace.recent.heading')}</h3>
      {projects.length === 0 ? (
        <p className="muted">{t('workspace.recent.empty')}</p>
      ) : (
        <ul>
          {projects.map((project) => (
            <li key={project.file}>
              <button
                type="button"
                className="recent-project"
                disabled={disabled || !project.exists}
                onClick={() => {
                  onOpen(project.file);
                }}
              >
                <span className="recent-name">{project.name}</span>
                <span className="recent-file">{project.file}</span>
                <span className="recent-meta">
                  {project.exists
                    ? t('workspace.recent.opened', { date: i18n.date(project.openedAt) })
                    : t('workspace.recent.missing')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
