import { useId, useState, type ReactNode } from 'react';
import {
  CONCLUSION_STATUSES,
  type ConclusionDetail,
  type ConclusionStatus,
  type EvidenceRole,
} from '../../../core/api/contracts/conclusions';
import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { ClaimEditor } from './ClaimEditor';
import { EvidenceSection } from './EvidenceSection';
import { ExcerptPicker } from './ExcerptPicker';
import { ExportReportDialog } from './ExportReportDialog';
import { LedgerList } from './LedgerList';
import { placeBefore, type LedgerMove } from './place-before';
import { NegativeEvidencePanel } from './NegativeEvidencePanel';
import { SourceTypeSelect } from './SourceTypeSelect';
import { TacticsChecklist } from './TacticsChecklist';
import { TriangulationLine } from './TriangulationLine';
import { useConclusions } from './use-conclusions';
import './conclusions.css';

/**
 * Conclusion drawing and verification: the ledger of claims, each with supporting and negative
 * evidence, rival explanations, the verification tactics applied and computed triangulation.
 */
export function ConclusionsView() {
  const { client } = useClient();
  const { t } = useI18n();
  const [sourceVariableId, setSourceVariableId] = useState<string | undefined>(undefined);
  const { items, change } = useConclusions(sourceVariableId);
  const [filter, setFilter] = useState<ConclusionStatus | 'all'>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newClaim, setNewClaim] = useState('');
  const [exporting, setExporting] = useState(false);
  const filterId = useId();
  const newClaimId = useId();
  const shown = (items ?? []).filter((c) => filter === 'all' || c.status === filter);
  const selected = (items ?? []).find((c) => c.id === selectedId) ?? shown[0] ?? null;

  const create = async (): Promise<void> => {
    const claim = newClaim.trim();
    if (claim === '') return;
    const row = await change(() => client.call('conclusions.create', { claim }));
    if (row !== undefined) {
      setNewClaim('');
      setFilter('all');
      setSelectedId(row.id);
    }
  };

  const move = async (next: LedgerMove): Promise<boolean> => {
    const beforeId = placeBefore(items ?? [], shown, next);
    if (beforeId === undefined) return false;
    const moved = await change(() => client.call('conclusions.move', { id: next.id, beforeId }));
    return moved !== undefined;
  };

  return (
    <section className="main-view cn-view" aria-labelledby="conclusions-heading">
      <header className="cn-head">
        <h2 id="conclusions-heading">{t('conclusions.heading')}</h2>
        <label htmlFor={filterId} className="cn-filter">
          {t('conclusions.filter')}
          <select
            id={filterId}
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as ConclusionStatus | 'all');
            }}
          >
            <option value="all">{t('conclusions.filter.all')}</option>
            {CONCLUSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`conclusions.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="cn-button cn-primary"
          onClick={() => {
            setExporting(true);
          }}
        >
          {t('conclusions.export.open')}
        </button>
      </header>
      <div className="cn-layout">
        <div className="cn-ledger-pane">
          <form
            className="cn-new"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label htmlFor={newClaimId}>{t('conclusions.new.label')}</label>
            <textarea
              id={newClaimId}
              rows={2}
              value={newClaim}
              placeholder={t('conclusions.new.placeholder')}
              onChange={(e) => {
                setNewClaim(e.target.value);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void create();
                }
              }}
            />
            <button
              type="submit"
              className="cn-button cn-primary"
              disabled={newClaim.trim() === ''}
            >
              {t('conclusions.new.add')}
            </button>
          </form>
          {items === null ? (
            <p className="cn-muted">{t('conclusions.loading')}</p>
          ) : (
            <LedgerList
              items={shown}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              onMove={move}
            />
          )}
        </div>
        <div className="cn-detail">
          {selected === null ? (
            <p className="cn-muted">{t('conclusions.detail.empty')}</p>
          ) : (
            <ClaimDetail
              key={selected.id}
              sourceControl={
                <SourceTypeSelect value={sourceVariableId} onChange={setSourceVariableId} />
              }
              conclusion={selected}
              change={change}
              onDeleted={() => {
                setSelectedId(null);
              }}
            />
          )}
        </div>
      </div>
      {exporting && (
        <ExportReportDialog
          sourceVariableId={sourceVariableId}
          onClose={() => {
            setExporting(false);
          }}
        />
      )}
    </section>
  );
}

function ClaimDetail({
  conclusion,
  change,
  onDeleted,
  sourceControl,
}: {
  conclusion: ConclusionDetail;
  sourceControl: ReactNode;
  change: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  onDeleted: () => void;
}) {
  const { client } = useClient();
  const { t } = useI18n();
  const [picking, setPicking] = useState<'supporting' | 'negative' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const id = conclusion.id;
  const linked = new Set(
    [...conclusion.supporting, ...conclusion.negative, ...conclusion.dismissed].map(
      (e) => e.segmentId,
    ),
  );
  const setRole = (segmentIds: string[], role: EvidenceRole): void => {
    void change(() =>
      client.call('conclusions.setEvidence', { conclusionId: id, segmentIds, role }),
    );
  };
  const remove = (segmentId: string): void => {
    void change(() => client.call('conclusions.removeEvidence', { conclusionId: id, segmentId }));
  };
  const tri = conclusion.triangulation;
  return (
    <div className="cn-claim">
      <ClaimEditor
        conclusion={conclusion}
        onSave={(patch) => void change(() => client.call('conclusions.update', { id, ...patch }))}
        onDelete={() => {
          setConfirming(true);
        }}
      />
      <section className="cn-tri-box" aria-label={t('conclusions.tri.heading')}>
        <h3>{t('conclusions.tri.heading')}</h3>
        <p>
          <TriangulationLine triangulation={tri} />
        </p>
        <p className="cn-muted">
          {tri.sourceVariable === null
            ? t('conclusions.tri.byKind')
            : t('conclusions.tri.byVariable', { name: tri.sourceVariable.name })}
        </p>
        {sourceControl}
      </section>
      <EvidenceSection
        role="supporting"
        items={conclusion.supporting}
        onAdd={() => {
          setPicking('supporting');
        }}
        onMove={(segmentId, role) => {
          setRole([segmentId], role);
        }}
        onRemove={remove}
      />
      <EvidenceSection
        role="negative"
        items={conclusion.negative}
        onAdd={() => {
          setPicking('negative');
        }}
        onMove={(segmentId, role) => {
          setRole([segmentId], role);
        }}
        onRemove={remove}
      />
      <NegativeEvidencePanel conclusion={conclusion} change={change} />
      <TacticsChecklist
        tactics={conclusion.tactics}
        onChange={(tactic, patch) =>
          void change(() =>
            client.call('conclusions.setTactic', { conclusionId: id, tactic, ...patch }),
          )
        }
      />
      {confirming && (
        <Dialog
          title={t('conclusions.claim.delete')}
          onClose={() => {
            setConfirming(false);
          }}
          onSubmit={() => {
            setConfirming(false);
            void change(() => client.call('conclusions.delete', { id })).then(onDeleted);
          }}
          actions={
            <>
              <button
                type="button"
                className="cbdialog-button"
                onClick={() => {
                  setConfirming(false);
                }}
              >
                {t('conclusions.cancel')}
              </button>
              <button
                type="submit"
                className="cbdialog-button cbdialog-button-danger"
                data-autofocus
              >
                {t('conclusions.claim.delete')}
              </button>
            </>
          }
        >
          <p>{t('conclusions.claim.confirmDelete')}</p>
        </Dialog>
      )}
      {picking !== null && (
        <ExcerptPicker
          role={picking}
          linked={linked}
          onClose={() => {
            setPicking(null);
          }}
          onAdd={(segmentIds) => {
            setRole(segmentIds, picking);
            setPicking(null);
          }}
        />
      )}
    </div>
  );
}
