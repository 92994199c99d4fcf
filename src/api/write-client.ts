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
    this.problems = extra.problems ?? [];
    this.status = extra.status;
    this.current = extra.current;
    this.retryAfter = extra.retryAfter;
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

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

function problemsFrom(body: unknown): Problem[] {
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isObject).map((e) => ({
    path: normalisePath(typeof e.path === 'string' ? e.path : typeof e.instancePath === 'string' ? e.instancePath : ''),
    message: typeof e.message === 'string' && e.message.trim() ? e.message.trim() : 'This value is not accepted by the catalogue.',
    key: 'server',
  }));
}

/** The current service in a 412 body: the body itself, or under `current`/`service`/`current_service`. */
function currentFrom(body: unknown): Json | undefined {
  if (!isObject(body)) return undefined;
  for (const key of ['current', 'service', 'current_service', 'currentService']) {
    const v = body[key];
    if (isObject(v) && typeof v.id === 'string') return v;
  }
  return typeof body.id === 'string' && typeof body.name === 'string' ? body : undefined;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

/** What each refusal means, and what to say when the catalogue gives no detail. */
const FAILURES: Record<number, [WriteErrorKind, string]> = {
  400: ['invalid', 'The catalogue did not accept this service.'],
  401: ['unauthorized', 'You need to sign in.'],
  403: ['forbidden', 'This organisation cannot make this change.'],
  404: ['not-found', 'The catalogue has no such service.'],
  409: ['exists', 'A service with this id already exists.'],
  412: ['conflict', 'Someone else saved this service first.'],
  422: ['invalid', 'The catalogue did not accept this service.'],
  429: ['rate-limited', 'Too many attempts.'],
};

/** The WriteError for an answer that is not OK. */
async function failure(response: Response): Promise<WriteError> {
  const body = await readJson(response);
  const status = response.status;
  const [kind, fallback] = FAILURES[status] ?? [status >= 500 ? 'server' : 'http', `The catalogue answered ${status}.`];
  const detail = isObject(body) && ((typeof body.detail === 'string' && body.detail) || (typeof body.title === 'string' && body.title));
  const extra: ConstructorParameters<typeof WriteError>[2] = { status };
  if (kind === 'invalid') extra.problems = problemsFrom(body);
  if (kind === 'rate-limited') extra.retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  if (kind === 'conflict') {
    const json = currentFrom(body);
    const etag = response.headers.get('ETag') ?? (isObject(body) && typeof body.current_etag === 'string' ? body.current_etag : undefined);
    if (json) extra.current = etag ? { json, etag } : { json };
  }
  return new WriteError(kind, detail || fallback, extra);
}

export function createWriteClient(baseUrl: string, options: WriteClientOptions = {}): WriteClient {
  const base = baseUrl.trim().replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  /** One request with JSON in and out, no cookies and a deadline; a refusal is thrown as a WriteError. */
  async function send(method: string, url: string, signal?: AbortSignal, token?: string, body?: unknown, etag?: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    if (etag) headers['If-Match'] = etag;
    // Never from a cache: saving and merging must see the catalogue as it is now.
    const init: RequestInit = { method, headers, credentials: 'omit', cache: 'no-store' };
    if (body !== undefined) init.body = JSON.stringify(body);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    try {
      response = await doFetch(url, { ...init, signal: controller.signal });
    } catch (cause) {
      if (timedOut) throw new WriteError('timeout', 'The catalogue took too long to answer.', { cause });
      if (signal?.aborted) throw new WriteError('aborted', 'The request was cancelled.', { cause });
      throw new WriteError('network', 'The catalogue could not be reached.', { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (!response.ok) throw await failure(response);
    return response;
  }

  async function stored(response: Response): Promise<StoredService> {
    const body = await readJson(response);
    if (!isObject(body)) throw new WriteError('server', 'The catalogue’s answer was not a service.', { status: response.status });
    const etag = response.headers.get('ETag');
    return etag ? { json: body, etag } : { json: body };
  }

  const serviceUrl = (id: string) => `${base}/services/${encodeURIComponent(id)}`;

  return {
    baseUrl: base,

    async discover(signal) {
      const response = await send('GET', `${base}/`, signal);
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
      return { version: String(writeApi.version ?? ''), tokenUrl: tokenUrl.href };
    },

    async signIn(tokenUrl, email, password, signal) {
      const response = await send('POST', tokenUrl, signal, undefined, { email, password });
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
      return stored(await send('PUT', serviceUrl(id), signal, auth.token, record, auth.etag));
    },

    async createService(record, auth, signal) {
      return stored(await send('POST', `${base}/services`, signal, auth.token, record));
    },

    async currentService(id, signal) {
      return stored(await send('GET', serviceUrl(id), signal));
    },
  };
}
