// @web/test-runner plugin: runs the reference catalogue for the e2e tests.
//
// In the browser:
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const info = await executeServerCommand('catalogue', { action: 'info' });
//   // info.api = 'http://127.0.0.1:PORT/api'; info.accounts = [{email, password, organizationId, organizationName}]
//   // info.serviceIds = { [organizationId]: [serviceId, ...] }
// Other actions: 'stop' (SIGKILL: a crash), 'start' (same port and database), 'reset' (fresh seeded database),
// and, to stop the catalogue in the middle of a save:
//   'holdWrites'      the next PUT /services/{id} passes its checks, then waits without writing until
//                     the process is killed (the server's test-only hook, server/http/test-hooks.ts,
//                     which only this plugin turns on, with ORUK_TEST_HOOKS=1);
//   'waitForHeldWrite' resolves with the held service id once that PUT is held (payload.timeoutMs, default 15000).
// The test runner's own origins are registered as website origins of every organisation, so pages
// served by the runner may write.
import { DEMO_ACCOUNTS, startCatalogue } from './node/catalogue-process.mjs';
import { waitUntil } from './node/wait-until.mjs';

const ARMED = 'TEST HOOK: the next PUT will be held';
const HELD = /TEST HOOK: holding PUT \/services\/(\S+)/;

/** Waits until the catalogue's output, after `from`, has a line matching `pattern`, and returns the match. */
function waitForOutput(c, from, pattern, timeoutMs) {
  return waitUntil(() => c.output().slice(from).match(pattern), `the catalogue to print ${pattern}`, {
    timeout: timeoutMs,
    interval: 20,
  });
}

export function cataloguePlugin() {
  let catalogue;
  let starting;
  /** Where the catalogue's output stood when a hold was asked for. */
  let holdFrom = 0;

  async function ensure() {
    if (!catalogue) await starting;
    return catalogue;
  }

  async function info() {
    const c = await ensure();
    const serviceIds = {};
    for (const a of DEMO_ACCOUNTS) {
      const res = await fetch(`${c.api}/services?organization_id=${a.organizationId}&minimal=true`);
      const page = await res.json();
      serviceIds[a.organizationId] = page.contents.map((s) => s.id);
    }
    return {
      api: c.api,
      accounts: DEMO_ACCOUNTS.map(({ email, password, organizationId, organizationName }) => ({
        email,
        password,
        organizationId,
        organizationName,
      })),
      serviceIds,
    };
  }

  return {
    name: 'oruk-catalogue',
    async serverStart({ config }) {
      const port = config.port ?? 8000;
      starting = startCatalogue({
        origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
        env: { ORUK_TEST_HOOKS: '1' },
      }).then((c) => {
        catalogue = c;
      });
      await starting;
    },
    async serverStop() {
      await catalogue?.dispose();
    },
    async executeCommand({ command, payload }) {
      if (command !== 'catalogue') return undefined;
      const action = payload?.action ?? 'info';
      const c = await ensure();
      switch (action) {
        case 'info':
          return info();
        case 'stop':
          await c.stop('SIGKILL');
          return true;
        case 'start':
          await c.start();
          return true;
        case 'reset':
          await c.reset();
          return true;
        case 'holdWrites': {
          holdFrom = c.output().length;
          process.kill(c.pid(), 'SIGUSR2');
          await waitForOutput(c, holdFrom, ARMED, 5000);
          return true;
        }
        case 'waitForHeldWrite':
          return (await waitForOutput(c, holdFrom, HELD, payload?.timeoutMs ?? 15000))[1];
        default:
          throw new Error(
            `Unknown catalogue action "${action}": use info, stop, start, reset, holdWrites or waitForHeldWrite`,
          );
      }
    },
  };
}
