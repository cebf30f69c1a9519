import type { Db } from '../db/open-database';

/** What every service needs: the open project, a clock, an id maker and who is working. */
export interface Ctx {
  db: Db;
  /** Milliseconds since the epoch; tests pass a fixed clock. */
  now(): number;
  /** A new UUID; tests pass a counter. */
  newId(): string;
  /** The current coder's id; empty for changes made by Telaah itself (the starter codebook). */
  coderId: string;
}
