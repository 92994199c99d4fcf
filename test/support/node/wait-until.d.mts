/**
 * Resolves with what `check` (sync or async) returns once it is truthy, checking every `interval`
 * ms (default 50); rejects after `timeout` ms (default 5000). An error thrown by `check` rejects at once.
 */
export function waitUntil<T>(
  check: () => T | Promise<T>,
  what: string,
  options?: { timeout?: number; interval?: number },
): Promise<NonNullable<T>>;
