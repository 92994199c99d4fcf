/**
 * Prepared statements, made once per database and SQL text and reused: preparing
 * costs more than running most of the catalogue's queries. The SQL texts are
 * fixed strings or built from a few fixed fragments (values are always bound
 * parameters), so the cache stays small; the bound is a safety net.
 */
import type { Database, Statement } from 'better-sqlite3';

const MAX_STATEMENTS = 500;

export type Prepare = (sql: string) => Statement;

const caches = new WeakMap<Database, Map<string, Statement>>();

/** A `prepare` for `db` that answers a statement already made for the same SQL when there is one. */
export function statementsOf(db: Database): Prepare {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const own = cache;
  return (sql: string): Statement => {
    let stmt = own.get(sql);
    if (stmt === undefined) {
      if (own.size >= MAX_STATEMENTS) own.clear();
      stmt = db.prepare(sql);
      own.set(sql, stmt);
    }
    return stmt;
  };
}
