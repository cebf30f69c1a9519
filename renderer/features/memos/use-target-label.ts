import { useCallback } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import type { MemoTarget } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';

const QUOTE_CHARS = 60;

/** Shortens a quote to one line of about 60 characters. */
export function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length <= QUOTE_CHARS ? flat : `${flat.slice(0, QUOTE_CHARS - 1).trimEnd()}…`;
}

/** "Project", "Document: title", "Code: name" or "Segment: “quote…”" for a memo's target. */
export function useTargetLabel(
  quotes: ReadonlyMap<string, string | null>,
): (target: MemoTarget) => string {
  const { t } = useI18n();
  const documents = useWorkspace((s) => s.documents);
  const codes = useWorkspace((s) => s.codes);
  return useCallback(
    (target: MemoTarget) => {
      const missing = t('memos.target.missing');
      switch (target.type) {
        case 'project':
          return t('memos.target.project');
        case 'document': {
          const name = documents.find((d) => d.id === target.id)?.title ?? missing;
          return t('memos.target.document', { name });
        }
        case 'code': {
          const name = codes.find((c) => c.id === target.id)?.path ?? missing;
          return t('memos.target.code', { name });
        }
        case 'segment': {
          const quote = target.id === null ? null : quotes.get(target.id);
          if (quote === undefined) return t('memos.target.segment', { quote: '…' });
          return quote === null
            ? t('memos.target.segment', { quote: missing })
            : t('memos.target.segment', { quote: shortQuote(quote) });
        }
      }
    },
    [t, documents, codes, quotes],
  );
}
