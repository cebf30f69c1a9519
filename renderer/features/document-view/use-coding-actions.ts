import { useMemo } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { CodeItem, WorkspaceStore } from '../../app/workspace-store';
import type { Client } from '../../api/create-client';

/** What a coding action works on: the text selection first, else the selected segment. */
export type CodingTarget = 'selection' | 'segment' | null;

const IN_VIVO_MAX = 60;

/** A code name from selected words: one line, no "/", at most ~60 characters on a word edge. */
export function inVivoName(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').replace(/\//gu, '-').trim();
  if (flat.length <= IN_VIVO_MAX) return flat;
  const cut = flat.slice(0, IN_VIVO_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > IN_VIVO_MAX / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

export function targetOf(store: WorkspaceStore): CodingTarget {
  const s = store.get();
  if (s.selection) return 'selection';
  return s.selectedSegmentId ? 'segment' : null;
}

/** Coding actions on the current target; each reports failures through the store's notice. */
export function createCodingActions(store: WorkspaceStore, client: Client) {
  const run = (work: () => Promise<unknown>): Promise<void> =>
    work().then(() => undefined, store.fail);

  const toggleOnSegment = async (codeId: string): Promise<void> => {
    const s = store.get();
    const segment = s.segments.find((seg) => seg.id === s.selectedSegmentId);
    if (!segment) return;
    if (segment.codeIds.includes(codeId)) return store.uncode(segment.id, codeId);
    await client.call('segments.setCodes', {
      segmentId: segment.id,
      codeIds: [...segment.codeIds, codeId],
    });
    store.set({ lastCodeIds: [codeId] });
    await store.afterChange();
  };

  const apply = (codeIds: string[]): Promise<void> =>
    run(async () => {
      const target = targetOf(store);
      if (target === 'selection') await store.applyCodes(codeIds);
      else if (target === 'segment') for (const id of codeIds) await toggleOnSegment(id);
    });

  const createAndApply = (name: string): Promise<void> =>
    run(async () => {
      const range = store.get().selection;
      if (!range) return;
      const code = await findOrCreateCode(client, store.get().codes, name);
      await store.applyCodes([code.id], range);
    });

  return {
    apply,
    toggle: (codeId: string) => run(() => toggleOnSegment(codeId)),
    repeatLast: () => apply(store.get().lastCodeIds),
    inVivo: () => createAndApply(inVivoName(store.get().selection?.text ?? '')),
    createAndApply,
  };
}

/** A top-level code with this name (an in-vivo code met again), or a new one. */
async function findOrCreateCode(
  client: Client,
  codes: readonly CodeItem[],
  name: string,
): Promise<{ id: string }> {
  const lower = name.trim().toLowerCase();
  const known = codes.find((c) => c.parentId === null && c.name.toLowerCase() === lower);
  return known ?? client.call('codes.create', { name: name.trim() });
}

export type CodingActions = ReturnType<typeof createCodingActions>;

export function useCodingActions(): CodingActions {
  const store = useWorkspaceStore();
  const { client } = useClient();
  return useMemo(() => createCodingActions(store, client), [store, client]);
}
