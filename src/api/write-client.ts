/**
 * The write side of the api layer: signing in and saving services through
 * the catalogue's write extension (docs/write-api.md). Used only by the editor.
 *
 * Every failure is a WriteError whose `kind` tells the editor what to do:
 * sign in again (unauthorized), explain (forbidden), merge (conflict), show
 * errors at fields (invalid), or keep the edits and offer a retry
 * (network, timeout, server).
 */
import type { Problem } from '../model/problem.js';
import { isJson, type Json } from '../model/json.js';

export type WriteErrorKind =
  | 'unauthorized' // 401: no token, a bad one or an expired one
  | 'forbidden' // 403: another organisation's service, or an origin the catalogue does not know
  | 'not-found' // 404
  | 'exists' // 409: POST with an id the catalogue already has
  | 'conflict' // 412: someone saved first
  | 'invalid' // 422 (or 400): the body breaks the schema
  | 'rate-limited' // 429
  | 'network' // no answer at all
  | 'timeout'
  | 'server' // 5xx
  | 'http'; // anything else

/** A service record as the catalogue holds it (ORUK 3.0 JSON), with the ETag to send next time. */
export interface ServiceRecord {
  json: Json;
  etag?: string;
}

export interface TokenGrant {
  accessToken: string;
  organizationId?: string;
  /** Milliseconds since the epoch. */
  expiresAt?: number;
}

export class WriteError extends Error {
  declare readonly kind: WriteErrorKind;
  declare readonly status?: number;
  /** Field problems the catalogue reported (422). */
  declare readonly problems: Problem[];
  /** The service as it is now in the catalogue (412), when the catalogue sent it. */
  declare readonly current?: ServiceRecord;
  /** Seconds to wait (429), when the catalogue said. */
  declare readonly retryAfter?: number;

  constructor(kind: WriteErrorKind, message: string, extra: WriteErrorExtra = {}) {
    // Error itself keeps extra.cause, when there is one.
    super(message, extra);
    Object.assign(this, { name: 'WriteError', kind, problems: [] }, extra);
  }
}

export interface WriteErrorExtra {
  status?: number;
  problems?: Problem[];
  current?: ServiceRecord;
  retryAfter?: number;
  cause?: unknown;
}

export interface WriteClientOptions {
  /** Milliseconds before a request is given up as a timeout. Default 15 000. */
  timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

/** The catalogue's write extension, as its `GET /` advertises it. */
export interface WriteApi {
  version: string;
  /** Absolute URL of the token endpoint. */
  tokenUrl: string;
}

export interface WriteClient {
  readonly baseUrl: string;
  /**
   * Reads `write_api` from the catalogue's `GET /` (bypassing caches).
   * Undefined when the catalogue does not advertise it: it is read-only.
   */
  discover(): Promise<WriteApi | undefined>;
  /** POST email and password to the catalogue's token URL. */
  signIn(tokenUrl: string, email: string, password: string): Promise<TokenGrant>;
  /** PUT the full service with If-Match. */
  updateService(id: string, record: Json, auth: { token: string; etag?: string }): Promise<ServiceRecord>;
  /** POST a new service. */
  createService(record: Json, auth: { token: string }): Promise<ServiceRecord>;
  /** GET the service straight from the catalogue, bypassing every cache (for merging). */
  currentService(id: string): Promise<ServiceRecord>;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A path as a server may send it, `/a/0/b` (JSON Pointer, also `#/a/0/b`),
 * `a[0].b` or `$.a[0].b`, in the dotted form of Problem: `a.0.b`.
 */
export function normalisePath(path: string): string {
  return path
    .replace(/^[#$]/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** The body when it is a JSON object. */
export async function readJson(response: Response): Promise<Json | undefined> {
  try {
    const body: unknown = JSON.parse(await response.text());
    return isJson(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The WriteError for an answer that is not OK. Refusals are rare, so the code
 * that reads them (./write-refusal.ts) is fetched only when one comes; if it
 * cannot be fetched, the refusal counts as a network failure, so that the
 * editor keeps the edits on the device and offers to try again.
 */
async function failure(response: Response): Promise<WriteError> {
  try {
    return await (await import('./write-refusal.js')).refusal(response);
  } catch (cause) {
    return new WriteError('network', `HTTP ${response.status}`, { status: response.status, cause });
  }
}

/** A service as stored, with its ETag when the answer has one. */
async function stored(response: Response): Promise<ServiceRecord> {
  const json = await readJson(response);
  if (!json) throw new WriteError('server', 'Not a service', { status: response.status });
  const etag = response.headers.get('ETag');
  return etag ? { json, etag } : { json };
}

export function createWriteClient(baseUrl: string, options: WriteClientOptions = {}): WriteClient {
  const base = baseUrl.trim().replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  /** One request with JSON in and out, no cookies and a deadline; a refusal is thrown as a WriteError. */
  async function send(method: string, url: string, token?: string, body?: unknown, etag?: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    if (etag) headers['If-Match'] = etag;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      // Never from a cache: saving and merging must see the catalogue as it is now.
      response = await doFetch(url, {
        method,
        headers,
        credentials: 'omit',
        cache: 'no-store',
        body: body === undefined ? null : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (cause) {
      throw controller.signal.aborted
        ? new WriteError('timeout', 'Timed out', { cause })
        : new WriteError('network', 'Unreachable', { cause });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw await failure(response);
    return response;
  }

  const serviceUrl = (id: string) => `${base}/services/${encodeURIComponent(id)}`;

  return {
    baseUrl: base,

    async discover() {
      const response = await send('GET', `${base}/`);
      const body = await readJson(response);
      if (!body) throw new WriteError('server', 'Not JSON', { status: response.status });
      const writeApi = body.write_api;
      const tokenUrl = isJson(writeApi) && text(writeApi.token_url)?.trim();
      if (!tokenUrl) return undefined;
      try {
        // A token URL may be given relative to the catalogue.
        const url = new URL(tokenUrl, `${base}/`);
        if (url.protocol === 'https:' || url.protocol === 'http:') {
          const version = writeApi.version;
          return { version: typeof version === 'number' ? String(version) : (text(version) ?? ''), tokenUrl: url.href };
        }
      } catch {
        // not a URL
      }
      return undefined;
    },

    async signIn(tokenUrl, email, password) {
      const response = await send('POST', tokenUrl, undefined, { email, password });
      const body = (await readJson(response)) ?? {};
      const accessToken = text(body.access_token);
      if (!accessToken) throw new WriteError('server', 'No token', { status: response.status });
      const grant: TokenGrant = { accessToken };
      if (typeof body.organization_id === 'string') grant.organizationId = body.organization_id;
      if (typeof body.expires_in === 'number' && body.expires_in > 0)
        grant.expiresAt = Date.now() + body.expires_in * 1000;
      return grant;
    },

    updateService: async (id, record, auth) => stored(await send('PUT', serviceUrl(id), auth.token, record, auth.etag)),
    createService: async (record, auth) => stored(await send('POST', `${base}/services`, auth.token, record)),
    currentService: async (id) => stored(await send('GET', serviceUrl(id))),
  };
}
