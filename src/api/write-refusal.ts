/**
 * Reading a catalogue's refusal of a write (any answer that is not OK) into a
 * WriteError: its kind from the status, the field problems of a 422, the
 * current service of a 412, the wait of a 429. Fetched by the write client
 * (./write-client.ts) only when a refusal comes, since most saves never see one.
 */
import type { Problem } from '../model/problem.js';
import { isJson, type Json } from '../model/json.js';
import { normalisePath, readJson, WriteError, type WriteErrorExtra, type WriteErrorKind } from './write-client.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The field problems of a 422. Each keeps its `key` and `params`, so the form
 * words a key it knows (src/model/messages/keys.ts, which our catalogue uses)
 * in the editor's language; the catalogue's English `message` is shown only
 * for a key it does not know (and one with neither says, in that language,
 * that the field is not in the correct format).
 */
function problemsFrom(body: Json): Problem[] {
  return (Array.isArray(body.errors) ? body.errors : []).filter(isJson).map((e) => ({
    path: normalisePath(text(e.path) ?? text(e.instancePath) ?? ''),
    message: text(e.message)?.trim() || undefined,
    key: text(e.key),
    params: isJson(e.params) ? (e.params as Problem['params']) : undefined,
  }));
}

/** The current service in a 412 body: the body itself, or under `current`/`service`/`current_service`. */
function currentFrom(body: Json): Json | undefined {
  for (const key of ['current', 'service', 'current_service', 'currentService']) {
    const v = body[key];
    if (isJson(v) && text(v.id)) return v;
  }
  return text(body.id) && text(body.name) ? body : undefined;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/**
 * What each refusal means. The messages of WriteError are for developers (the
 * editor shows its own words for each kind), so a refusal without detail says
 * only the status.
 */
const FAILURES: Record<number, WriteErrorKind> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'exists',
  412: 'conflict',
  422: 'invalid',
  429: 'rate-limited',
};

/**
 * The WriteError for an answer that is not OK: its kind, and the problems,
 * current service or wait the catalogue sent.
 */
export async function refusal(response: Response): Promise<WriteError> {
  const body = (await readJson(response)) ?? {};
  const status = response.status;
  const kind = FAILURES[status] ?? (status >= 500 ? 'server' : 'http');
  const extra: WriteErrorExtra = { status };
  if (kind === 'invalid') extra.problems = problemsFrom(body);
  if (kind === 'rate-limited') extra.retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  const json = kind === 'conflict' && currentFrom(body);
  if (json) {
    const etag = response.headers.get('ETag') ?? text(body.current_etag);
    extra.current = etag ? { json, etag } : { json };
  }
  return new WriteError(kind, text(body.detail) || text(body.title) || `HTTP ${status}`, extra);
}
