/** Records a performance mark, keeping only the newest of that name (read by the bench). */
export function markTime(name: string, detail?: unknown): void {
  performance.clearMarks(name);
  performance.mark(name, { detail });
}
