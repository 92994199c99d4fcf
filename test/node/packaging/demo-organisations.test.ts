/**
 * demo/organisations.html, the catalogue's view of every organisation: it lists each
 * organisation the API has, narrows the service list to one by keyboard, and passes
 * axe. Served with demo/ at / and the API on the same origin, as `npm start` does.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startCatalogue, type CatalogueProcess } from '../../support/node/catalogue-process.mjs';
import { launchChromium } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { startStaticServer, type StaticServer } from './support/static-server.js';

// axe-core comes with @open-wc/testing (the browser tests' accessibility checks).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Organisation {
  id: string;
  name: string;
}

/**
 * The organisation line of each service card the list shows, once the list shows what is expected:
 * services from `only` alone, or (with `only` null) from more than one organisation. The list keeps
 * its old cards until the catalogue answers, so reading at once can see the list before it refreshed.
 * After 20 s it reads what is there, and the caller's assertion says what was shown instead.
 */
async function organisationsShown(page: Page, only: string | null): Promise<string[]> {
  await page
    .waitForFunction(
      (name) => {
        const root = document.querySelector('oruk-service-list')?.shadowRoot;
        const shown = [...(root?.querySelectorAll('[part~="organization"]') ?? [])].map((e) => e.textContent ?? '');
        return shown.length > 0 && (name === null ? new Set(shown).size > 1 : shown.every((t) => t.includes(name)));
      },
      only,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  return page.locator('oruk-service-list [part~="organization"]').allTextContents();
}

describe('demo: all organisations', { timeout: 120_000 }, () => {
  let catalogue: CatalogueProcess;
  let site: StaticServer;
  let browser: Browser;
  let page: Page;
  let organisations: Organisation[] = [];
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    catalogue = await startCatalogue();
    [site, browser] = await Promise.all([startStaticServer({ demo: true, api: catalogue.api }), launchChromium()]);
    organisations = (
      (await (await fetch(`${catalogue.api}/organizations?per_page=100`)).json()) as { contents: Organisation[] }
    ).contents;
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/organisations.html`);
    await page.locator('oruk-service-list [part~="service"]').first().waitFor();
  });

  after(async () => {
    await browser?.close();
    await catalogue?.dispose();
    await site?.close();
  });

  it('lists every organisation in the catalogue', async () => {
    assert.ok(organisations.length >= 3);
    for (const org of organisations)
      await page.getByRole('heading', { name: org.name, exact: true, level: 3 }).first().waitFor();
    assert.equal(await page.locator('#organisations > li').count(), organisations.length);
    assert.equal(
      await page.locator('#organisations-status').textContent(),
      `${organisations.length} organisations publish their services here.`,
    );
  });

  it("shows one organisation's services when chosen with the keyboard, and all again", async () => {
    const org = organisations.at(-1)!;
    const res = await fetch(`${catalogue.api}/services?organization_id=${org.id}&per_page=1`);
    const first = ((await res.json()) as { contents: { name: string }[] }).contents[0]!;
    await page.getByRole('button', { name: `Show their services (${org.name})` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Services from ${org.name}`, level: 2 }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'services-heading');
    await page.locator('oruk-service-list').getByRole('link', { name: first.name, exact: true }).waitFor();
    const shown = await organisationsShown(page, org.name);
    assert.ok(shown.length > 0 && shown.every((t) => t.includes(org.name)), `only ${org.name}: ${shown.join(' / ')}`);

    await page.getByRole('button', { name: 'Show services from every organisation' }).click();
    await page.getByRole('heading', { name: 'Services from every organisation', level: 2 }).waitFor();
    assert.equal(await page.locator('oruk-service-list').getAttribute('organization'), '');
    const everyone = new Set(await organisationsShown(page, null));
    assert.ok(everyone.size > 1, `services from more than one organisation again: ${[...everyone].join(' / ')}`);
  });

  it('passes axe (WCAG 2.2 AA) with no page errors', async () => {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
