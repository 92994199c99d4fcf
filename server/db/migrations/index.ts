/** Every migration, in order. Add a new numbered file and list it here; never edit an applied one. */
import type { Database } from 'better-sqlite3';
import * as m001 from './001-initial.js';
import * as m002 from './002-list-items.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Fills in data the SQL cannot compute (runs after `sql`, in the same transaction). */
  backfill?: (db: Database) => void;
}

export const migrations: readonly Migration[] = [m001, m002];
