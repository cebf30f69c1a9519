import type { Db } from '../../db/open-database';

/** An open `.telaah` project file. */
export interface Project {
  db: Db;
  /** Absolute or caller-given path of the project file. */
  file: string;
  close(): void;
}
