/**
 * Opens (creating if needed) the catalogue's SQLite database in WAL mode and
 * brings its schema up to date.
 *
 * Durability (`synchronous`, set by ORUK_SYNCHRONOUS):
 * - NORMAL (the default): in WAL mode a commit is written to the WAL before
 *   the write is acknowledged, and the WAL is fsynced at checkpoints. A crash
 *   of the process (kill -9, an exception, the OOM killer) loses nothing that
 *   was acknowledged, and the database is never corrupted; a power cut or an
 *   operating-system crash may lose the last few commits (never half of one).
 *   A commit costs about 0.1 ms.
 * - FULL: also fsyncs the WAL on every commit, so an acknowledged write
 *   survives a power cut too, at the price of one fsync per write (about
 *   4.5 ms on the development machine, capping writes at about 200 a second).
 *   Choose it where losing the last second of edits to a power cut matters
 *   more than write throughput.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.js';

export type CatalogueDb = Database.Database;

export const SYNCHRONOUS_MODES = ['NORMAL', 'FULL', 'EXTRA'] as const;
export type SynchronousMode = (typeof SYNCHRONOUS_MODES)[number];

export interface DatabaseOptions {
  /** SQLite's `synchronous` setting; NORMAL unless given. */
  synchronous?: SynchronousMode;
}

export function openDatabase(path: string, options: DatabaseOptions = {}): CatalogueDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
