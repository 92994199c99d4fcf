// Takes the README's screenshots in headless Chromium (playwright-core, the browser
// found by scripts/find-chrome.mjs; nothing is downloaded), from the running demo:
//
//   npm start                # in one terminal
//   npm run screenshots      # in another; DEMO_URL=http://localhost:8080 by default
//
// Writes docs/images/service-list.png (the charity's page) and
// docs/images/service-editor.png (the staff page, signed in with the first demo account).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/* global document -- used inside page.evaluate, which runs in the page */
import { CHROME_ARGS, NO_BROWSER_MESSAGE, findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const base = (process.env.DEMO_URL ?? `http://localhost:${process.env.PORT ?? 8080}`).replace(/\/+$/, '');
const out = join(root, 'docs', 'images');
const [account] = JSON.parse(readFileSync(join(root, 'server/seed/data/demo-accounts.json'), 'utf8'));

async function reachable(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

if (!(await reachable(`${base}/api/`))) {
  console.error(`The demo is not running at ${base}. Start it with npm start (or set DEMO_URL), then run this again.`);
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
});
try {
  const viewport = { width: 1100, height: 900 };

  // The charity's own page: the list with search, filter and the first page of services.
  {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const list = page.locator('oruk-service-list#services');
    await list.locator('[part~="service"]').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    // From the page heading to the end of the first list (the page goes on with a Welsh one).
    const top = await page.locator('main h1').boundingBox();
    const bottom = await list.boundingBox();
    const main = await page.locator('main').boundingBox();
    if (!top || !bottom || !main) throw new Error('The charity page did not lay out its list.');
    await page.screenshot({
      path: join(out, 'service-list.png'),
      animations: 'disabled',
      fullPage: true,
      clip: { x: main.x, y: top.y - 16, width: main.width, height: bottom.y + bottom.height - top.y + 32 },
    });
    await context.close();
    console.log('Wrote docs/images/service-list.png');
  }

  // The staff page: sign in, then the editor with its form and the list beside it.
  {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${base}/staff.html`);
    const editor = page.locator('oruk-service-editor');
    await editor.getByLabel('Email address').fill(account.email);
    await editor.getByLabel('Password').fill(account.password);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await editor.getByLabel('Service name').waitFor();
    await page.locator('oruk-service-list [part~="service"]').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, 'service-editor.png'), animations: 'disabled' });
    await context.close();
    console.log('Wrote docs/images/service-editor.png');
  }
} finally {
  await browser.close();
}
