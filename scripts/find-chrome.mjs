// Finds a Chrome or Chromium binary: CHROME_PATH first, then the usual places.
// Used by the test runner, the benchmarks and the screenshot script.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const NO_BROWSER_MESSAGE =
  'No Chrome or Chromium found: ' +
  'install one (on Debian: sudo apt-get install -y chromium) or set CHROME_PATH to its path.';

// `node scripts/find-chrome.mjs` exits 1 with one clear line when none is found.
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChrome();
  if (!found) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  console.log(found);
}
