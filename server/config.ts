/**
 * The catalogue's settings, read once from the environment. Every setting has a
 * default that suits the demo; docs/catalogue.md lists them.
 */
import { resolve } from 'node:path';
import { SYNCHRONOUS_MODES, type SynchronousMode } from './db/open-database.js';

export interface CatalogueConfig {
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  /** Path of the SQLite database file. */
  dbPath: string;
  /** Lifetime of an access token, in seconds. */
  tokenTtlSeconds: number;
  /** Extra website origins registered to every organisation at start-up (demos and tests). */
  extraOrigins: string[];
  /** Honour X-Forwarded-Proto/Host from a reverse proxy when building absolute URLs. */
  trustProxy: boolean;
  /** Log each request (never bodies, tokens or passwords). */
  logRequests: boolean;
  /**
   * SQLite's durability setting: NORMAL (survives process crashes) or FULL/EXTRA (also power cuts); see
   * db/open-database.ts.
   */
  synchronous: SynchronousMode;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return n;
}

/** ORUK_SYNCHRONOUS: NORMAL (the default), FULL or EXTRA, in any case. */
export function synchronousFrom(value: string | undefined): SynchronousMode {
  if (value === undefined || value.trim() === '') return 'NORMAL';
  const mode = value.trim().toUpperCase();
  const known = SYNCHRONOUS_MODES.find((m) => m === mode);
  if (!known) throw new Error(`ORUK_SYNCHRONOUS must be one of ${SYNCHRONOUS_MODES.join(', ')}, not "${value}"`);
  return known;
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ORUK_DB && env.ORUK_DB !== '' ? env.ORUK_DB : '.data/catalogue.db');
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): CatalogueConfig {
  return {
    port: intFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    dbPath: defaultDbPath(env),
    tokenTtlSeconds: intFrom(env.ORUK_TOKEN_TTL_SECONDS, 3600, 'ORUK_TOKEN_TTL_SECONDS') || 3600,
    extraOrigins: (env.ORUK_EXTRA_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    trustProxy: env.ORUK_TRUST_PROXY === '1' || env.ORUK_TRUST_PROXY === 'true',
    logRequests: env.ORUK_LOG_REQUESTS === '1' || env.ORUK_LOG_REQUESTS === 'true',
    synchronous: synchronousFrom(env.ORUK_SYNCHRONOUS),
  };
}
