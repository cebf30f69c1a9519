import { useCallback } from 'react';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import type { CodeActions } from './use-code-actions';

/**
 * What clicking a code does while coding: applies it to the reader's selection, or else toggles
 * it on the selected segment.
 */
export function useCodeActivation(actions: CodeActions) {
  const store = useWorkspaceStore();
  const { language } = useI18n();
  return useCallback(
    async (codeId: string, range?: { start: number; end: number }): Promise<void> => {
      const { selection, selectedSegmentId, segments } = store.get();
      try {
        if (range || (selection && selection.end > selection.start)) {
          await store.applyCodes([codeId], range);
          return;
        }
      } catch (error) {
        store.fail(new Error(errorText(error, language)));
        return;
      }
      const segment = segments.find((s) => s.id === selectedSegmentId);
      if (!segment) return;
      const codeIds = segment.codeIds.includes(codeId)
        ? segment.codeIds.filter((id) => id !== codeId)
        : [...segment.codeIds, codeId];
      const result = await actions.setSegmentCodes(segment.id, codeIds);
      if (result === null && codeIds.length === 0) store.selectSegment(null);
    },
    [store, language, actions],
  );
}
