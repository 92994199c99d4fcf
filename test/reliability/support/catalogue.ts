/**
 * The catalogue for the suite: the real server as a child process on a free
 * loopback port with a temporary database (test/support/node/catalogue-process.mjs),
 * plus small HTTP helpers. Every request is real HTTP.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import {
  DEMO_ACCOUNTS,
  startCatalogue,
  type CatalogueProcess,
  type DemoAccount,
  type StartOptions,
} from '../../support/node/catalogue-process.mjs';

export { DEMO_ACCOUNTS, type CatalogueProcess, type DemoAccount };

export async function catalogue(options: StartOptions = {}): Promise<CatalogueProcess> {
  return startCatalogue(options);
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** One HTTP request; the body is read as text and, when it parses, as JSON. */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function signIn(api: string, account: Pick<DemoAccount, 'email' | 'password'>): Promise<string> {
  const a = await call(`${api}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (a.status !== 200) throw new Error(`Sign-in for ${account.email} answered ${a.status}: ${a.text}`);
  return (a.json as { access_token: string }).access_token;
}

export async function serviceIds(api: string, organizationId: string): Promise<string[]> {
  const a = await call(`${api}/services?organization_id=${organizationId}&minimal=true`);
  return (a.json as { contents: { id: string }[] }).contents.map((s) => s.id);
}

export async function getService(api: string, id: string): Promise<{ doc: Record<string, unknown>; etag: string }> {
  const a = await call(`${api}/services/${encodeURIComponent(id)}`, { cache: 'no-store' });
  if (a.status !== 200) throw new Error(`GET service ${id} answered ${a.status}`);
  return { doc: a.json as Record<string, unknown>, etag: a.headers.get('etag') ?? '' };
}

export function putService(
  api: string,
  token: string,
  doc: Record<string, unknown>,
  etag: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return call(`${api}/services/${encodeURIComponent(String(doc.id))}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': etag, ...headers },
    body: JSON.stringify(doc),
  });
}

/** True when the answer is an RFC 9457 problem: application/problem+json with status and detail. */
export function isProblem(a: Answer): boolean {
  const type = a.headers.get('content-type') ?? '';
  const body = a.json as { status?: unknown; detail?: unknown } | undefined;
  return type.startsWith('application/problem+json') && body?.status === a.status && typeof body.detail === 'string';
}

/** Makes a token that was issued properly expire now, as time would, by moving its expiry into the past. */
export function expireToken(dbPath: string, token: string): void {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    const hash = createHash('sha256').update(token, 'utf8').digest('hex');
    const changed = db
      .prepare('UPDATE access_tokens SET expires_at = ? WHERE token_hash = ?')
      .run(Date.now() - 1000, hash).changes;
    if (changed !== 1) throw new Error('The token to expire is not in the database');
  } finally {
    db.close();
  }
}

/**
 * PRAGMA integrity_check on the database file (a normal connection, so a WAL left by a crash is recovered as the
 * catalogue would).
 */
export function integrityCheck(dbPath: string): string {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** Resident memory of a process, in MiB, from /proc (Linux). */
export async function rssMiB(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/**
 * A fresh catalogue for one describe block, signed in as the first demo editor, with that
 * organisation's service ids; disposed after the block. Read its fields inside tests.
 */
export function signedInCatalogue(hooks: {
  before: (fn: () => Promise<void>) => void;
  after: (fn: () => Promise<void>) => void;
}) {
  const account = DEMO_ACCOUNTS[0]!;
  const state = { cat: undefined as unknown as CatalogueProcess, token: '', ids: [] as string[], account };
  hooks.before(async () => {
    state.cat = await catalogue();
    state.token = await signIn(state.cat.api, account);
    state.ids = await serviceIds(state.cat.api, account.organizationId);
  });
  hooks.after(async () => {
    await state.cat?.dispose();
  });
  return state;
}
