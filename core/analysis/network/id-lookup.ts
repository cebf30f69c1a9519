/**
 * Numbers for ids found inside a larger text, looked up without cutting the id out: a hash of
 * its characters probes an open-addressed table and `startsWith` confirms the match, so parsing
 * 100,000 delimited records allocates no string per record.
 */
export class IdLookup {
  private ids: (string | undefined)[] = new Array<string | undefined>(64);
  private values = new Int32Array(64);
  private size = 0;

  constructor(entries: Iterable<readonly [string, number]> = []) {
    for (const [id, value] of entries) this.set(id, value);
  }

  /** The number of the id at text[from, to), or -1 when it is not known. */
  find(text: string, from: number, to: number): number {
    const mask = this.ids.length - 1;
    for (let slot = hashAt(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      const id = this.ids[slot];
      if (id === undefined) return -1;
      if (id.length === to - from && text.startsWith(id, from)) return this.values[slot] ?? -1;
    }
  }

  set(id: string, value: number): void {
    if ((this.size + 1) * 2 > this.ids.length) this.resize(this.ids.length * 2);
    const mask = this.ids.length - 1;
    let slot = hashAt(id, 0, id.length) & mask;
    while (this.ids[slot] !== undefined && this.ids[slot] !== id) slot = (slot + 1) & mask;
    if (this.ids[slot] === undefined) this.size += 1;
    this.ids[slot] = id;
    this.values[slot] = value;
  }

  private resize(capacity: number): void {
    const { ids, values } = this;
    this.ids = new Array<string | undefined>(capacity);
    this.values = new Int32Array(capacity);
    this.size = 0;
    ids.forEach((id, slot) => {
      if (id !== undefined) this.set(id, values[slot] ?? -1);
    });
  }
}

/** FNV-1a over the characters of text[from, to). */
function hashAt(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
