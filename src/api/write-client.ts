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
  | 'http' // anything else
  | 'aborted';

/** A service as the catalogue stored it, with the ETag to send next time. */
export interface StoredService {
  json: Record<string, unknown>;
  etag?: string;
}

export interface TokenGrant {
  accessToken: string;
  organizationId?: string;
  /** Milliseconds since the epoch. */
  expiresAt?: number;
}

export class WriteError extends Error {
  readonly kind: WriteErrorKind;
  readonly status?: number;
  /** Field problems the catalogue reported (422). */
  readonly problems: Problem[];
  /** The service as it is now in the catalogue (412), when the catalogue sent it. */
  readonly current?: StoredService;
  /** Seconds to wait (429), when the catalogue said. */
  readonly retryAfter?: number;

  constructor(
    kind: WriteErrorKind,
    message: string,
    extra: { status?: number; problems?: Problem[]; current?: StoredService; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'WriteError';
    this.kind = kind;
    if (extra.status !== undefined) this.status = extra.status;
    this.problems = extra.problems ?? [];
    if (extra.current !== undefined) this.current = extra.current;
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
  }
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
  discover(signal?: AbortSignal): Promise<WriteApi | undefined>;
  /** POST email and password to the catalogue's token URL. */
  signIn(tokenUrl: string, email: string, password: string, signal?: AbortSignal): Promise<TokenGrant>;
  /** PUT the full service with If-Match. */
  updateService(id: string, record: Record<string, unknown>, auth: { token: string; etag?: string }, signal?: AbortSignal): Promise<StoredService>;
  /** POST a new service. */
  createService(record: Record<string, unknown>, auth: { token: string }, signal?: AbortSignal): Promise<StoredService>;
  /** GET the service straight from the catalogue, bypassing every cache (for merging). */
  currentService(id: string, signal?: AbortSignal): Promise<StoredService>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `/a/0/b` (JSON Pointer) or `a[0].b` → `a.0.b`, the path form of Problem. */
export function normalisePath(path: string): string {
  return path
    .replace(/^#?\/+/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\.+|\.+$/g, '');
}

function problemsFrom(body: unknown): Problem[] {
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  const problems: Problem[] = [];
  for (const e of body.errors) {
    if (!isObject(e)) continue;
    const rawPath = typeof e.path === 'string' ? e.path : typeof e.instancePath === 'string' ? e.instancePath : '';
    const message = typeof e.message === 'string' && e.message.trim() ? e.message.trim() : 'This value is not accepted by the catalogue.';
    problems.push({ path: normalisePath(rawPath), message, key: 'server' });
  }
  return problems;
}

/** The current service in a 412 body: the body itself, or under `current`/`service`/`current_service`. */
function currentFrom(body: unknown): Record<string, unknown> | undefined {
  if (!isObject(body)) return undefined;
  for (const key of ['current', 'service', 'current_service', 'currentService']) {
    const v = body[key];
    if (isObject(v) && typeof v.id === 'string') return v;
  }
  if (typeof body.id === 'string' && typeof body.name === 'string') return body;
  return undefined;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function detailOf(body: unknown, fallback: string): string {
  if (isObject(body)) {
    if (typeof body.detail === 'string' && body.detail) return body.detail;
    if (typeof body.title === 'string' && body.title) return body.title;
  }
  return fallback;
}

export function createWriteClient(baseUrl: string, options: WriteClientOptions = {}): WriteClient {
  const base = baseUrl.trim().replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  async function send(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await doFetch(url, { ...init, signal: controller.signal });
    } catch (cause) {
      if (timedOut) throw new WriteError('timeout', 'The catalogue took too long to answer.', { cause });
      if (signal?.aborted) throw new WriteError('aborted', 'The request was cancelled.', { cause });
      throw new WriteError('network', 'The catalogue could not be reached.', { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function failure(response: Response): Promise<WriteError> {
    const body = await readJson(response);
    const status = response.status;
    switch (status) {
      case 401:
        return new WriteError('unauthorized', detailOf(body, 'You need to sign in.'), { status });
      case 403:
        return new WriteError('forbidden', detailOf(body, 'This organisation cannot make this change.'), { status });
      case 404:
        return new WriteError('not-found', detailOf(body, 'The catalogue has no such service.'), { status });
      case 409:
        return new WriteError('exists', detailOf(body, 'A service with this id already exists.'), { status });
      case 412: {
        const json = currentFrom(body);
        const bodyEtag = isObject(body) && typeof body.current_etag === 'string' ? body.current_etag : undefined;
        const etag = response.headers.get('ETag') ?? bodyEtag;
        const current = json ? (etag ? { json, etag } : { json }) : undefined;
        return new WriteError('conflict', detailOf(body, 'Someone else saved this service first.'), current ? { status, current } : { status });
      }
      case 400:
      case 422:
        return new WriteError('invalid', detailOf(body, 'The catalogue did not accept this service.'), { status, problems: problemsFrom(body) });
      case 429: {
        const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
        return new WriteError('rate-limited', detailOf(body, 'Too many attempts.'), retryAfter === undefined ? { status } : { status, retryAfter });
      }
      default:
        return new WriteError(status >= 500 ? 'server' : 'http', detailOf(body, `The catalogue answered ${status}.`), { status });
    }
  }

  async function stored(response: Response): Promise<StoredService> {
    const body = await readJson(response);
    if (!isObject(body)) throw new WriteError('server', 'The catalogue’s answer was not a service.', { status: response.status });
    const etag = response.headers.get('ETag') ?? undefined;
    return etag ? { json: body, etag } : { json: body };
  }

  const serviceUrl = (id: string) => `${base}/services/${encodeURIComponent(id)}`;

  return {
    baseUrl: base,

    async discover(signal) {
      const response = await send(`${base}/`, { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' }, signal);
      if (!response.ok) throw await failure(response);
      const body = await readJson(response);
      if (!isObject(body)) throw new WriteError('server', 'The catalogue’s answer was not JSON.', { status: response.status });
      const writeApi = body.write_api;
      if (!isObject(writeApi) || typeof writeApi.token_url !== 'string' || !writeApi.token_url.trim()) return undefined;
      let tokenUrl: URL;
      try {
        // A token URL may be given relative to the catalogue.
        tokenUrl = new URL(writeApi.token_url.trim(), `${base}/`);
      } catch {
        return undefined;
      }
      if (tokenUrl.protocol !== 'https:' && tokenUrl.protocol !== 'http:') return undefined;
      return { version: typeof writeApi.version === 'string' ? writeApi.version : String(writeApi.version ?? ''), tokenUrl: tokenUrl.href };
    },

    async signIn(tokenUrl, email, password, signal) {
      const response = await send(
        tokenUrl,
        { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ email, password }), credentials: 'omit' },
        signal,
      );
      if (!response.ok) throw await failure(response);
      const body = await readJson(response);
      if (!isObject(body) || typeof body.access_token !== 'string' || !body.access_token) {
        throw new WriteError('server', 'The catalogue did not send a token.', { status: response.status });
      }
      const grant: TokenGrant = { accessToken: body.access_token };
      if (typeof body.organization_id === 'string') grant.organizationId = body.organization_id;
      if (typeof body.expires_in === 'number' && body.expires_in > 0) grant.expiresAt = Date.now() + body.expires_in * 1000;
      return grant;
    },

    async updateService(id, record, auth, signal) {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${auth.token}`,
      };
      if (auth.etag) headers['If-Match'] = auth.etag;
      const response = await send(serviceUrl(id), { method: 'PUT', headers, body: JSON.stringify(record), credentials: 'omit', cache: 'no-store' }, signal);
      if (!response.ok) throw await failure(response);
      return stored(response);
    },

    async createService(record, auth, signal) {
      const response = await send(
        `${base}/services`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${auth.token}` },
          body: JSON.stringify(record),
          credentials: 'omit',
          cache: 'no-store',
        },
        signal,
      );
      if (!response.ok) throw await failure(response);
      return stored(response);
    },

    async currentService(id, signal) {
      const response = await send(serviceUrl(id), { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' }, signal);
      if (!response.ok) throw await failure(response);
      return stored(response);
    },
  };
}
