/** Where a claim goes: one place up or down among the shown claims, or onto another claim. */
export type LedgerMove = { id: string; direction: 'up' | 'down' } | { id: string; ontoId: string };

/**
 * The claim a move puts the moving claim just before (null: the end of the ledger), worked out
 * in the whole ledger from the claims shown (a status filter may hide some); undefined: no move.
 */
export function placeBefore(
  all: readonly { id: string }[],
  shown: readonly { id: string }[],
  move: LedgerMove,
): string | null | undefined {
  const at = (id: string): number => all.findIndex((c) => c.id === id);
  const after = (id: string): string | null => all[at(id) + 1]?.id ?? null;
  if ('ontoId' in move) {
    if (move.ontoId === move.id) return undefined;
    return at(move.id) < at(move.ontoId) ? after(move.ontoId) : move.ontoId;
  }
  const index = shown.findIndex((c) => c.id === move.id);
  const neighbour = shown[move.direction === 'up' ? index - 1 : index + 1];
  if (index < 0 || neighbour === undefined) return undefined;
  return move.direction === 'up' ? neighbour.id : after(neighbour.id);
}
