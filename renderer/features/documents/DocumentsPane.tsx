import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { getBridge } from '../../api/telaah-bridge';
import { useI18n } from '../../i18n/LanguageProvider';
import { IMPORT_EXTENSIONS, shellDialogs } from '../workspace/shell-dialogs';
import { DeleteDialog } from './DeleteDialog';
import { DocumentList } from './DocumentList';
import { filterDocuments } from './filter-documents';
import { ImportProgress } from './ImportProgress';
import { RenameDialog } from './RenameDialog';
import { useDocumentEdits } from './use-document-edits';
import { useImport } from './use-import';
import './documents.css';

const ACCEPT = IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(',');

/** The project's documents: filter, open, import (picker or drop), rename and delete. */
export function DocumentsPane() {
  const { mode } = useClient();
  const store = useWorkspaceStore();
  const documents = useWorkspace((s) => s.documents);
  const activeId = useWorkspace((s) => s.activeDocument?.id ?? null);
  const importRequest = useWorkspace((s) => s.importRequest);
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const batch = useImport();
  const edits = useDocumentEdits();
  const editing = edits.edit;
  const shown = filterDocuments(documents, query);
  const active = documents.find((d) => d.id === activeId);

  const { importPaths } = batch;
  const pick = useCallback(async (): Promise<void> => {
    const dialogs = shellDialogs();
    if (!dialogs) {
      picker.current?.click();
      return;
    }
    const paths = await dialogs.importFiles(IMPORT_EXTENSIONS);
    if (paths.length > 0) await importPaths(paths);
  }, [importPaths]);
  // The menu's File › Import bumps importRequest; answer each request once.
  const handledRequest = useRef(importRequest);
  useEffect(() => {
    if (importRequest === handledRequest.current) return;
    handledRequest.current = importRequest;
    pick().catch(store.fail);
  }, [importRequest, pick, store]);

  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0 || batch.running) return;
    if (mode === 'browser') {
      void batch.importFiles(files);
      return;
    }
    // The desktop app imports by path: the preload asks Electron where each dropped file lives.
    const bridge = getBridge(window);
    const paths = files.map((f) => bridge?.pathForFile(f) ?? '').filter((p) => p !== '');
    if (paths.length > 0) importPaths(paths).catch(store.fail);
  };
  const open = (id: string): void => {
    store.openDocument(id).catch(store.fail);
  };

  return (
    <section
      className={dragging ? 'documents-pane dragging' : 'documents-pane'}
      aria-labelledby="documents-heading"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="pane-header">
        <h2 id="documents-heading">
          {t('documents.heading')} <span className="count">{documents.length}</span>
        </h2>
        <button
          type="button"
          title={t('documents.import.label')}
          disabled={batch.running}
          onClick={() => void pick().catch(store.fail)}
        >
          {t('documents.import')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('documents.import.label')}
          data-testid="import-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void batch.importFiles(files);
          }}
        />
      </header>
      <input
        type="search"
        className="documents-filter"
        value={query}
        placeholder={t('documents.filter.placeholder')}
        aria-label={t('documents.filter')}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      {batch.entries.length > 0 && (
        <ImportProgress entries={batch.entries} running={batch.running} onClose={batch.dismiss} />
      )}
      <div className="documents-scroll">
        {documents.length === 0 ? (
          <p className="pane-empty">{t('documents.empty')}</p>
        ) : shown.length === 0 ? (
          <p className="pane-empty">{t('documents.noMatch', { query })}</p>
        ) : (
          <DocumentList
            documents={shown}
            activeId={activeId}
            label={t('documents.heading')}
            onOpen={open}
            onRename={(doc) => {
              edits.start('rename', doc);
            }}
            onDelete={(doc) => {
              edits.start('delete', doc);
            }}
          />
        )}
      </div>
      {active && (
        <div className="pane-actions">
          <button
            type="button"
            onClick={() => {
              edits.start('rename', active);
            }}
          >
            {t('documents.rename')}
          </button>
          <button
            type="button"
            onClick={() => {
              edits.start('delete', active);
            }}
          >
            {t('documents.delete')}
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden>
          {t('documents.drop')}
        </div>
      )}
      {editing?.kind === 'rename' && (
        <RenameDialog
          title={editing.doc.title}
          error={edits.error}
          onRename={(title) => void edits.rename(editing.doc.id, title)}
          onClose={edits.close}
        />
      )}
      {editing?.kind === 'delete' && (
        <DeleteDialog
          title={editing.doc.title}
          codingCount={editing.doc.codingCount}
          onDelete={() => void edits.remove(editing.doc)}
          onClose={edits.close}
        />
      )}
    </section>
  );
}
