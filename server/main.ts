/**
 * Starts the reference catalogue: opens (and on a first run seeds) the
 * database, serves the API under /api (and the demo pages when asked), and
 * closes cleanly on SIGTERM or SIGINT.
 *
 *   node --import tsx server/main.ts [--demo] [--no-seed]
 *
 * --demo     also serve demo/ at / and dist/ at /dist/, and print the demo
 *            pages and a demo editor's sign-in (npm start uses this).
 * --no-seed  start with an empty catalogue on a first run.
 * Settings come from the environment: see docs/catalogue.md.
 */
import { fileURLToPath } from 'node:url';
import { readConfig } from './config.js';
import { verifyPassword } from './domain/passwords.js';
import { buildApp } from './http/app.js';
import { enableTestHooks } from './http/test-hooks.js';
import { DEMO_ACCOUNTS } from './seed/demo-accounts.js';
import { isEmpty, seedDemo } from './seed/seed.js';
import { openCatalogue } from './store/catalogue.js';
import { normaliseOrigin } from './store/organizations.js';

const args = new Set(process.argv.slice(2));
const demo = args.has('--demo');
const config = readConfig();
const catalogue = openCatalogue(config.dbPath, { synchronous: config.synchronous });

if (isEmpty(catalogue) && !args.has('--no-seed')) {
  const s = await seedDemo(catalogue, config.extraOrigins);
  console.log(
    `First run: seeded ${s.organizations} organisations, ${s.services} services and ${s.taxonomyTerms} taxonomy ` +
      `terms into ${config.dbPath}`,
  );
}
const extra = config.extraOrigins.map(normaliseOrigin).filter((o): o is string => o !== undefined);
if (extra.length > 0) {
  catalogue.db.transaction(() => {
    for (const id of catalogue.organizations.allIds()) for (const o of extra) catalogue.organizations.addOrigin(id, o);
  })();
}

// Test-only hook (see http/test-hooks.ts): only the e2e test plugin sets ORUK_TEST_HOOKS=1;
// never with --demo (npm start).
if (process.env.ORUK_TEST_HOOKS === '1' && !demo && process.env.NODE_ENV !== 'production') {
  enableTestHooks();
  console.log('TEST HOOKS ON (ORUK_TEST_HOOKS=1): for automated tests only.');
}

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const app = await buildApp({
  catalogue,
  config,
  ...(demo ? { demoDir: root('../demo/'), distDir: root('../dist/') } : {}),
});

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`${signal} received: closing the catalogue.`);
  try {
    await app.close();
  } finally {
    catalogue.close();
  }
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const site = `http://${shownHost}:${port}`;

console.log(`Catalogue API: ${site}/api/`);
if (demo) {
  console.log(`Charity demo page: ${site}/`);
  console.log(`Staff page (editor): ${site}/staff.html`);
  console.log(`Organisations page: ${site}/organisations.html`);
  const account = DEMO_ACCOUNTS[0];
  const editor = account ? catalogue.accounts.findEditor(account.email) : undefined;
  if (account && editor && (await verifyPassword(account.password, editor.passwordHash))) {
    console.log(
      `Demo editor sign-in (${account.organizationName}): email ${account.email}  password ${account.password}`,
    );
    console.log(
      'Other demo editors are listed in docs/catalogue.md. Demo accounts only: never use them on a real catalogue.',
    );
  }
}
