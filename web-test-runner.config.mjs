// Browser tests: component tests (test/browser) and end-to-end tests against the
// real catalogue server (test/e2e), in headless Debian Chromium.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { findChrome, CHROME_ARGS, NO_BROWSER_MESSAGE } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// The catalogue plugin starts the reference catalogue on a temporary database
// for the e2e tests and exposes server commands (stop, start, reset).
const plugins = [esbuildPlugin({ ts: true, target: 'es2022' })];
if (existsSync(new URL('./test/support/catalogue-plugin.mjs', import.meta.url))) {
  const { cataloguePlugin } = await import('./test/support/catalogue-plugin.mjs');
  plugins.push(cataloguePlugin());
}
plugins.push((await import('./test/support/fault-plugin.mjs')).faultPlugin());
plugins.push((await import('./test/support/chunk-fault-plugin.mjs')).chunkFaultPlugin());

export default {
  files: ['test/browser/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) },
    }),
  ],
};
