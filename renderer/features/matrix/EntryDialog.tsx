import { useEffect, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import type { CellExcerpt } from './CellDrillDown';
import type { MatrixPayload } from './use-matrix';

/** The symbols core accepts (MATRIX_SYMBOLS): presence, direction, strength, doubt. */
const SYMBOLS = ['✓', '✗', '+', '++', '−', '−−', '±', '?'] as const;
const RATINGS = [0, 1, 2, 3, 4, 5] as const;

type Entry = MatrixPayload['data']['cells'][number][number]['entry'];

interface EntryDialogProps {
  displayId: string;
  rowKey: string;
  columnKey: string;
  rowLabel: string;
  columnLabel: string;
  entry: Entry;
  onSave: (input: {
    text: string;
    rating: number | null;
    symbol: string | null;
    segmentIds: string[];
  }) => void;
  onClose: () => void;
}

/** Writes a researcher's entry for a cell: text, a rating, a symbol, and the excerpts it rests on. */
export function EntryDialog(props: EntryDialogProps) {
  const { displayId, rowKey, columnKey, rowLabel, columnLabel, entry, onSave, onClose } = props;
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const [text, setText] = useState(entry?.text ?? '');
  const [rating, setRating] = useState<number | null>(entry?.rating ?? null);
  const [symbol, setSymbol] = useState<string | null>(entry?.symbol ?? null);
  const [linked, setLinked] = useState<string[]>(entry?.segmentIds ?? []);
  const [excerpts, setExcerpts] = useState<CellExcerpt[]>([]);

  useEffect(() => {
    let live = true;
    client.call('displays.cellExcerpts', { id: displayId, rowKey, columnKey }).then((next) => {
      if (live) setExcerpts(next);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, displayId, rowKey, columnKey]);

  const save = (): void => {
    onSave({ text, rating, symbol, segmentIds: linked });
  };

  return (
    <Dialog
      title={t('matrix.entryTitle', { row: rowLabel, column: columnLabel })}
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          {entry !== null && (
            <button
              type="button"
              onClick={() => {
                onSave({ text: '', rating: null, symbol: null, segmentIds: [] });
              }}
            >
              {t('matrix.clear')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('matrix.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('matrix.save')}
          </button>
        </>
      }
    >
      <label>
        {t('matrix.entryText')}
        <textarea
          data-autofocus
          value={text}
          rows={4}
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              save();
            }
          }}
        />
      </label>
      <fieldset className="matrix-choices">
        <legend>{t('matrix.symbol')}</legend>
        <ChoiceButton
          pressed={symbol === null}
          onClick={() => {
            setSymbol(null);
          }}
        >
          {t('matrix.noSymbol')}
        </ChoiceButton>
        {SYMBOLS.map((s) => (
          <ChoiceButton
            key={s}
            pressed={symbol === s}
            onClick={() => {
              setSymbol(s);
            }}
          >
            {s}
          </ChoiceButton>
        ))}
      </fieldset>
      <fieldset className="matrix-choices">
        <legend>{t('matrix.rating')}</legend>
        <ChoiceButton
          pressed={rating === null}
          onClick={() => {
            setRating(null);
          }}
        >
          {t('matrix.noRating')}
        </ChoiceButton>
        {RATINGS.map((r) => (
          <ChoiceButton
            key={r}
            pressed={rating === r}
            onClick={() => {
              setRating(r);
            }}
          >
            {String(r)}
          </ChoiceButton>
        ))}
      </fieldset>
      {excerpts.length > 0 && (
        <fieldset className="matrix-link-list">
          <legend>{t('matrix.linkExcerpts')}</legend>
          {excerpts.map((excerpt) => (
            <label key={excerpt.segmentId} className="matrix-link-item">
              <input
                type="checkbox"
                checked={linked.includes(excerpt.segmentId)}
                onChange={(event) => {
                  const on = event.target.checked;
                  setLinked((ids) =>
                    on ? [...ids, excerpt.segmentId] : ids.filter((id) => id !== excerpt.segmentId),
                  );
                }}
              />
              <span>
                “{excerpt.quote}” <span className="muted">— {excerpt.documentTitle}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}

function ChoiceButton({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <button type="button" aria-pressed={pressed} className="matrix-choice" onClick={onClick}>
      {children}
    </button>
  );
}
