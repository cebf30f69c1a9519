import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';

/** The links drawn between the network's codes, each removable (undo brings it back). */
export function LinkList({ graph }: { graph: Output<'network.graph'> }) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.path ?? '';
  const remove = async (id: string): Promise<void> => {
    await client.call('codeLinks.delete', { id });
    await store.afterChange();
  };
  return (
    <section className="network-links" aria-labelledby="network-links-heading">
      <h3 id="network-links-heading">{t('network.links')}</h3>
      {graph.links.length === 0 && <p className="network-muted">{t('network.links.none')}</p>}
      <ul>
        {graph.links.map((l) => (
          <li key={l.id}>
            <span>
              <strong>{name(l.sourceCodeId)}</strong> <em>{l.type}</em> →{' '}
              <strong>{name(l.targetCodeId)}</strong>
              {l.note !== '' && <span className="network-muted"> — {l.note}</span>}
            </span>
            <button
              type="button"
              aria-label={t('network.link.delete', {
                source: name(l.sourceCodeId),
                type: l.type,
                target: name(l.targetCodeId),
              })}
              onClick={() => void remove(l.id).catch(store.fail)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
