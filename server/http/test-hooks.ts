/**
 * TEST-ONLY hook, off unless server/main.ts turns it on (ORUK_TEST_HOOKS=1,
 * never with --demo, i.e. never under `npm start`; the CLI never starts a
 * server). The e2e tests use it to stop the catalogue in the middle of a save:
 * SIGUSR2 makes the next PUT /services/{id} wait, after its checks and before
 * it writes anything, until the process is killed. See docs/catalogue.md,
 * "Testing".
 */
let enabled = false;
let holdNext = false;

/** Listens for SIGUSR2; prints a line on stdout when armed and when a write is held. */
export function enableTestHooks(): void {
  enabled = true;
  process.on('SIGUSR2', () => {
    holdNext = true;
    console.log('TEST HOOK: the next PUT will be held');
  });
}

/** Resolves at once, or never when a hold was asked for (the write is then never made). */
export function holdWriteIfAsked(id: string): Promise<void> {
  if (!enabled || !holdNext) return Promise.resolve();
  holdNext = false;
  console.log(`TEST HOOK: holding PUT /services/${id}`);
  return new Promise<void>(() => {});
}
