import { useState, type KeyboardEvent } from 'react';
import type { DocumentItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { keyAttributes } from './filter-documents';
import { formatChip } from './format-chip';

interface DocumentListProps {
  documents: DocumentItem[];
  activeId: string | null;
  label: string;
  onOpen: (id: string) => void;
  onRename: (doc: DocumentItem) => void;
  onDelete: (doc: DocumentItem) => void;
}

/** The documents as a listbox: arrows move, Enter opens, F2 renames, Delete deletes. */
export function DocumentList({
  documents,
  activeId,
  label,
  onOpen,
  onRename,
  onDelete,
}: DocumentListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [cursor, setCursor] = useState<string | null>(null);
  const current =
    documents.find((d) => d.id === cursor) ??
    documents.find((d) => d.id === activeId) ??
    documents[0];

  const move = (to: number): void => {
    const next = documents[Math.max(0, Math.min(documents.length - 1, to))];
    if (!next) return;
    setCursor(next.id);
    document.getElementById(`document-option-${next.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!current) return;
    const index = documents.indexOf(current);
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        move(index + 1);
      },
      ArrowUp: () => {
        move(index - 1);
      },
      Home: () => {
        move(0);
      },
      End: () => {
        move(documents.length - 1);
      },
      Enter: () => {
        onOpen(current.id);
      },
      ' ': () => {
        onOpen(current.id);
      },
      F2: () => {
        onRename(current);
      },
      Delete: () => {
        onDelete(current);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const pages = (n: number): string =>
    n === 1 ? t('documents.pages.one') : t('documents.pages', { count: i18n.number(n) });
  const codings = (n: number): string =>
    n === 1 ? t('documents.codings.one') : t('documents.codings', { count: i18n.number(n) });

  return (
    <ul className="document-list" role="listbox" aria-label={label} onKeyDown={onKeyDown}>
      {documents.map((doc) => (
        <li
          key={doc.id}
          id={`document-option-${doc.id}`}
          role="option"
          aria-selected={doc.id === activeId}
          tabIndex={doc.id === current?.id ? 0 : -1}
          className="document-option"
          onClick={() => {
            setCursor(doc.id);
            onOpen(doc.id);
          }}
          onFocus={() => {
            setCursor(doc.id);
          }}
        >
          <span className="document-title">{doc.title}</span>
          <span className="document-meta">
            <span className="kind">{doc.kind.toUpperCase()}</span>
            {doc.pageCount !== null && <span>{pages(doc.pageCount)}</span>}
            <span>{codings(doc.codingCount)}</span>
          </span>
          {Object.keys(doc.attributes).length > 0 && (
            <span className="document-attributes">
              {keyAttributes(doc.attributes).map(([name, value]) => (
                <span key={name} className="chip" title={`${name}: ${value}`}>
                  {formatChip(value, i18n.language)}
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
