// One wait for the Node side of the tests, where no browser waits for us (a process to answer,
// its output, a count of answers): the counterpart of @open-wc's waitUntil in browser tests.
// Playwright tests wait with Playwright (locators, page.waitForFunction) instead.

/**
 * Resolves with what `check` (sync or async) returns once it is truthy, checking every `interval`
 * ms; rejects with "Timed out after … waiting for `what`" after `timeout` ms. An error thrown by
 * `check` rejects at once.
 */
export async function waitUntil(check, what, { timeout = 5000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
