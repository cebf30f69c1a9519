import { useEffect } from 'react';
import type { WorkspaceStore } from '../../app/workspace-store';
import { startCodingSync } from './coding-sync';
import type { Reader } from './use-reader';

/**
 * Keeps the decorations in step with the store by subscribing to it directly: a change becomes
 * one meta transaction, with no React render of the editor in between.
 */
export function useCodingSync(reader: Reader | null, store: WorkspaceStore): void {
  useEffect(() => {
    if (!reader) return;
    return startCodingSync(reader, store);
  }, [reader, store]);
}
