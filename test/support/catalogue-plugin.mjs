// @web/test-runner plugin: runs the reference catalogue for the e2e tests.
//
// In the browser:
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const info = await executeServerCommand('catalogue', { action: 'info' });
//   // info.api = 'http://127.0.0.1:PORT/api'; info.accounts = [{email, password, organizationId, organizationName}]
//   // info.serviceIds = { [organizationId]: [serviceId, ...] }
// Other actions: 'stop' (SIGKILL: a crash), 'start' (same port and database), 'reset' (fresh seeded database).
// The test runner's own origins are registered as website origins of every organisation, so pages
// served by the runner may write.
import { DEMO_ACCOUNTS, startCatalogue } from './node/catalogue-process.mjs';

export function cataloguePlugin() {
  let catalogue;
  let starting;

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
      accounts: DEMO_ACCOUNTS.map(({ email, password, organizationId, organizationName }) => ({ email, password, organizationId, organizationName })),
      serviceIds,
    };
  }

  return {
    name: 'oruk-catalogue',
    async serverStart({ config }) {
      const port = config.port ?? 8000;
      starting = startCatalogue({ origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`] }).then((c) => {
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
        default:
          throw new Error(`Unknown catalogue action "${action}": use info, stop, start or reset`);
      }
    },
  };
}
