/**
 * The README's one-script-tag snippet, pasted into an otherwise empty HTML file and
 * served with the built files by a plain static server, shows the organisation's
 * services from the catalogue (the catalogue address swapped for the test's own).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO_ACCOUNTS, startCatalogue, type CatalogueProcess } from '../../support/node/catalogue-process.mjs';
import { launchChromium } from './support/browser.js';
import { ROOT, ensureBuilt } from './support/build.js';
import { startStaticServer, type StaticServer } from './support/static-server.js';

const README_API = 'http://localhost:8080/api';

function snippet(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme);
  assert.ok(block, 'README.md has the snippet between <!-- snippet:start --> and <!-- snippet:end -->');
  return block[1]!;
}

describe('the README snippet', { timeout: 120_000 }, () => {
  let site: StaticServer;
  let catalogue: CatalogueProcess;
  let browser: Browser;

  before(async () => {
    ensureBuilt();
    [site, catalogue, browser] = await Promise.all([startStaticServer(), startCatalogue(), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await catalogue?.dispose();
    await site?.close();
  });

  it('is one module script and one list, for a seeded organisation of the demo catalogue', () => {
    const text = snippet();
    assert.equal(text.match(/<script\b/g)?.length, 1);
    assert.match(text, /<script type="module" src="dist\/oruk-elements\.js"><\/script>/);
    const organization = /organization="([^"]+)"/.exec(text)?.[1];
    assert.ok(
      DEMO_ACCOUNTS.some((a) => a.organizationId === organization),
      `${organization} is seeded by npm start`,
    );
    assert.ok(text.includes(`api="${README_API}"`));
  });

  it('pasted into an empty file, shows the services', async () => {
    const text = snippet().replaceAll(README_API, catalogue.api);
    site.set('/try.html', { body: text });
    const organization = /organization="([^"]+)"/.exec(text)![1]!;
    const res = await fetch(`${catalogue.api}/services?organization_id=${organization}&per_page=10`);
    const expected = ((await res.json()) as { contents: { name: string }[] }).contents.map((s) => s.name);
    assert.ok(expected.length > 0);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/try.html`);
    const list = page.locator('oruk-service-list');
    for (const name of expected) await list.getByRole('link', { name, exact: true }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
