import { useEffect, useState } from 'react';
import type { Input, Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MessageKey } from '../../i18n/all-messages';
import { useI18n } from '../../i18n/LanguageProvider';
import { saveExportedFile } from '../../ui/save-exported-file';
import './audit.css';

type Filters = Input<'audit.exportCsv'>;
type Entry = Output<'audit.list'>['entries'][number];

const PAGE = 100;
const ENTITIES = [
  'code',
  'segment',
  'coding',
  'memo',
  'document',
  'variable',
  'case',
  'coder',
  'comment',
  'conclusion',
  'display',
  'summary',
] as const;

/** The event log as an audit trail: filter by person, object, action and time; export CSV. */
export function AuditView() {
  const { t, number, dateTime } = useI18n();
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [filters, setFilters] = useState<Filters>({});
  const [limit, setLimit] = useState(PAGE);
  const [page, setPage] = useState<Output<'audit.list'> | null>(null);
  const [coders, setCoders] = useState<Output<'coders.list'>>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const key = JSON.stringify(filters);

  useEffect(() => {
    void client.call('coders.list', {}).then(setCoders);
  }, [client, revision]);
  useEffect(() => {
    let live = true;
    client
      .call('audit.list', { ...(JSON.parse(key) as Filters), limit })
      .then((next) => {
        if (live) setPage(next);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, key, limit, revision]);

  const patch = (next: Partial<Filters>): void => {
    const merged = Object.fromEntries(
      Object.entries({ ...filters, ...next } as Record<string, unknown>).filter(
        ([, v]) => v !== undefined && v !== '',
      ),
    ) as Filters;
    setFilters(merged);
    setLimit(PAGE);
  };
  const exportCsv = async (): Promise<void> => {
    const file = await client.call('audit.exportCsv', filters);
    const where = await saveExportedFile(file);
    if (where !== null) setSaved(where);
  };
  const entityLabel = (type: string): string =>
    (ENTITIES as readonly string[]).includes(type)
      ? t(`audit.entity.${type}` as MessageKey)
      : type.replace(/_/gu, ' ');

  return (
    <section className="main-view audit-view" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <p className="audit-muted">{t('audit.intro')}</p>
      <form
        className="audit-filters"
        aria-label={t('audit.filters')}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label>
          <span>{t('audit.filter.person')}</span>
          <select
            value={filters.coderId ?? ''}
            onChange={(event) => {
              patch({ coderId: event.target.value });
            }}
          >
            <option value="">{t('audit.filter.any')}</option>
            {coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('audit.filter.object')}</span>
          <select
            value={filters.entityType ?? ''}
            onChange={(event) => {
              patch({ entityType: event.target.value });
            }}
          >
            <option value="">{t('audit.filter.any')}</option>
            {ENTITIES.map((e) => (
              <option key={e} value={e}>
                {entityLabel(e)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('audit.filter.action')}</span>
          <input
            type="search"
            value={filters.action ?? ''}
            placeholder={t('audit.filter.actionPlaceholder')}
            onChange={(event) => {
              patch({ action: event.target.value });
            }}
          />
        </label>
        <label>
          <span>{t('audit.filter.from')}</span>
          <input
            type="date"
            onChange={(event) => {
              patch({ from: dayStart(event.target.value) });
            }}
          />
        </label>
        <label>
          <span>{t('audit.filter.to')}</span>
          <input
            type="date"
            onChange={(event) => {
              const start = dayStart(event.target.value);
              patch({ to: start === undefined ? undefined : start + 86_400_000 - 1 });
            }}
          />
        </label>
        <button
          type="button"
          className="audit-button"
          onClick={() => {
            exportCsv().catch(store.fail);
          }}
        >
          {t('audit.export')}
        </button>
      </form>
      {saved !== null && (
        <p role="status" className="audit-muted">
          {t('audit.saved', { file: saved })}
        </p>
      )}
      {page !== null && page.entries.length === 0 && (
        <p className="audit-muted">{t('audit.empty')}</p>
      )}
      {page !== null && page.entries.length > 0 && (
        <>
          <p className="audit-muted" role="status">
            {t('audit.count', {
              shown: number(page.entries.length),
              total: number(page.total),
            })}
          </p>
          <div className="audit-scroll">
            <table className="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.time')}</th>
                  <th scope="col">{t('audit.col.person')}</th>
                  <th scope="col">{t('audit.col.action')}</th>
                  <th scope="col">{t('audit.col.object')}</th>
                  <th scope="col">{t('audit.col.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((e) => (
                  <AuditRow
                    key={e.seq}
                    entry={e}
                    when={dateTime(e.at)}
                    who={e.coderName ?? t('audit.system')}
                    what={`${entityLabel(e.entityType)} ${t(`audit.kind.${e.kind}`)}`}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {page.entries.length < page.total && (
            <button
              type="button"
              className="audit-button"
              onClick={() => {
                setLimit((n) => n + PAGE);
              }}
            >
              {t('audit.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function AuditRow({
  entry,
  when,
  who,
  what,
}: {
  entry: Entry;
  when: string;
  who: string;
  what: string;
}) {
  return (
    <tr>
      <td className="audit-time">
        <time dateTime={new Date(entry.at).toISOString()}>{when}</time>
      </td>
      <td>{who}</td>
      <td>
        {what}
        <code className="audit-action">{entry.action}</code>
      </td>
      <td className="audit-object">{entry.label}</td>
      <td>
        <ul className="audit-changes">
          {entry.changes.slice(0, 6).map((c) => (
            <li key={c.field}>
              <span className="audit-field">{c.field}</span>{' '}
              {entry.kind === 'update' && <span className="audit-before">{show(c.before)}</span>}
              {entry.kind === 'update' && ' → '}
              <span className="audit-after">
                {show(entry.kind === 'delete' ? c.before : c.after)}
              </span>
            </li>
          ))}
          {entry.changes.length > 6 && <li>…</li>}
        </ul>
      </td>
    </tr>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function dayStart(value: string): number | undefined {
  if (value === '') return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}
