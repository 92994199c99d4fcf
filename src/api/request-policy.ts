/**
 * One HTTP request with the client's safety rules: an overall deadline
 * (AbortController, composed with the caller's signal), and retries of
 * idempotent requests (GET, HEAD) on network errors, 5xx and 429, with
 * exponential backoff plus jitter, honouring Retry-After within a cap.
 * No DOM dependency beyond fetch and AbortController.
 */
import { CatalogueError } from './catalogue-error.js';

export interface RequestPolicy {
  /** Deadline for the whole request, retries and waits included. */
  timeoutMs: number;
  /** Retries after the first attempt; never more than 3. */
  retries: number;
  /** First backoff wait; it doubles each retry, plus up to this much jitter. */
  backoffMs: number;
  /** Longest Retry-After we are willing to wait; a longer one fails at once. */
  maxRetryAfterMs: number;
  fetch: typeof fetch;
}

export const MAX_RETRIES = 3;

export const defaultRequestPolicy: Readonly<Omit<RequestPolicy, 'fetch'>> = {
  timeoutMs: 10_000,
  retries: MAX_RETRIES,
  backoffMs: 300,
  maxRetryAfterMs: 5_000,
};

export interface TextResponse {
  status: number;
  headers: Headers;
  text: string;
}

const IDEMPOTENT = new Set(['GET', 'HEAD']);

/**
 * Sends the request and reads the body as text, within the policy. Throws CatalogueError for network, timeout and
 * abort.
 */
export async function requestText(
  url: string,
  init: RequestInit,
  policy: RequestPolicy,
  signal?: AbortSignal,
): Promise<TextResponse> {
  if (signal?.aborted) throw new CatalogueError({ kind: 'aborted', url });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new CatalogueError({ kind: 'timeout', url })), policy.timeoutMs);
  const onCallerAbort = () => controller.abort(new CatalogueError({ kind: 'aborted', url }));
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const method = (init.method ?? 'GET').toUpperCase();
  const maxRetries = IDEMPOTENT.has(method) ? Math.max(0, Math.min(policy.retries, MAX_RETRIES)) : 0;
  try {
    for (let attempt = 0; ; attempt++) {
      let response: TextResponse;
      try {
        const res = await policy.fetch(url, { ...init, method, signal: controller.signal });
        response = { status: res.status, headers: res.headers, text: await res.text() };
      } catch (error) {
        if (controller.signal.aborted) throw controller.signal.reason as CatalogueError;
        if (attempt >= maxRetries) throw new CatalogueError({ kind: 'network', url, cause: error });
        await wait(backoff(policy, attempt), controller.signal);
        continue;
      }
      if (attempt >= maxRetries || !isRetryableStatus(response.status)) return response;
      const retryAfter = retryAfterMs(response.headers.get('retry-after'));
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return response;
      await wait(retryAfter ?? backoff(policy, attempt), controller.signal);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

/** Exponential backoff with jitter: base·2^attempt plus a random share of base. */
export function backoff(policy: Pick<RequestPolicy, 'backoffMs'>, attempt: number): number {
  return policy.backoffMs * 2 ** attempt + Math.random() * policy.backoffMs;
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
