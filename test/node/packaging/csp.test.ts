/**
 * The built bundle under a strict Content-Security-Policy with Trusted Types required,
 * served from a plain static server, reading from and writing to a real catalogue on
 * another origin. No `securitypolicyviolation` event may fire while the list shows
 * services, opens one, switches to Welsh, falls back to DOMPurify, and while the editor
 * signs in, edits and saves; and none when the bundle is loaded twice.
 *
 * Trusted Types policy names the code creates (docs/embedding.md documents them):
 *   lit-html       Lit's templates
 *   oruk-elements  our JSON-LD for search engines
 *   dompurify      only in browsers without the Sanitizer API (Element.setHTML)
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, startCatalogue, type CatalogueProcess } from '../../support/node/catalogue-process.mjs';
import { launchChromium } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { startStaticServer, type StaticServer } from './support/static-server.js';

const account = DEMO_ACCOUNTS[0]!;

let site: StaticServer;
let catalogue: CatalogueProcess;
let browser: Browser;
let serviceNames: string[] = [];
let serviceId = '';

/** The policy a careful site would send; `names` are the Trusted Types policies allowed. */
function policy(names: string[], extra = ''): string {
  const catalogueOrigin = new URL(catalogue.api).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${catalogueOrigin}`,
    "require-trusted-types-for 'script'",
    `trusted-types ${names.join(' ')}${extra}`,
  ].join('; ');
}

// A classic script in <head>, so it listens before any module runs.
const PROBE = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(
    e.violatedDirective + ' blocked ' + (e.blockedURI || '') + ' ' + (e.sample || '') +
      ' at ' + e.sourceFile + ':' + e.lineNumber
  );
}, true);
`;

function page(lang: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>CSP test</title>
<script src="/probe.js"></script>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
}

async function open(path: string): Promise<Watched> {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  p.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(m.text()))
      errors.push(m.text());
  });
  p.on('request', (r) => requests.push(r.url()));
  await p.goto(`${site.origin}${path}`);
  return { page: p, errors, requests };
}

async function violations(w: Watched): Promise<string[]> {
  const found = (await w.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)) ?? [];
  return [...found, ...w.errors];
}

describe('strict CSP with Trusted Types required', { timeout: 180_000 }, () => {
  before(async () => {
    ensureBuilt();
    site = await startStaticServer();
    catalogue = await startCatalogue({ origins: [site.origin] });
    browser = await launchChromium();
    const res = await fetch(`${catalogue.api}/services?organization_id=${account.organizationId}&per_page=50`);
    const list = (await res.json()) as { contents: { id: string; name: string }[] };
    serviceNames = list.contents.map((s) => s.name);
    serviceId = list.contents[0]!.id;
    assert.ok(serviceNames.length > 1, 'the seeded organisation has services');
    site.set('/probe.js', { body: PROBE, type: 'text/javascript' });
    site.set('/no-sanitizer-api.js', {
      body: 'delete Element.prototype.setHTML; delete ShadowRoot.prototype.setHTML;',
      type: 'text/javascript',
    });
  });

  after(async () => {
    await browser?.close();
    await catalogue?.dispose();
    await site?.close();
  });

  it('the probe notices a violation (an inline script on the same policy)', async () => {
    site.set('/inline.html', {
      headers: { 'content-security-policy': policy(['lit-html', 'oruk-elements']) },
      body: page('en', '<script>window.inlineRan = true;</script>', '<p>Inline</p>'),
    });
    const w = await open('/inline.html');
    await w.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    assert.equal(await w.page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan), undefined);
    assert.match((await violations(w)).join('\n'), /script-src/);
    await w.page.context().close();
  });

  it('the list shows services, opens one and writes its JSON-LD with no violation', async () => {
    site.set('/list.html', {
      headers: { 'content-security-policy': policy(['lit-html', 'oruk-elements']) },
      body: page(
        'en',
        '<script type="module" src="/dist/oruk-elements.js"></script>',
        `<h1>Our services</h1>
<oruk-service-list api="${catalogue.api}" organization="${account.organizationId}" per-page="50"></oruk-service-list>`,
      ),
    });
    const w = await open('/list.html');
    const list = w.page.locator('oruk-service-list');
    await list.getByRole('link', { name: serviceNames[0], exact: true }).click();
    await list.getByRole('heading', { name: serviceNames[0], exact: true }).waitFor();
    await w.page.waitForFunction(
      () => document.querySelector('oruk-service-list script[type="application/ld+json"]') !== null,
    );
    const jsonLd = await w.page.evaluate(
      () => document.querySelector('oruk-service-list script[type="application/ld+json"]')!.textContent!,
    );
    assert.match(jsonLd, /"@type":\s*"Service"/);
    assert.deepEqual(await violations(w), []);
    assert.ok(!w.requests.some((u) => /purify/.test(u)), 'no DOMPurify where the Sanitizer API exists');
    assert.ok(!w.requests.some((u) => /service-editor/.test(u)), 'no editor code on a list-only page');
    await w.page.context().close();
  });

  it('the list in Welsh loads its strings with no violation', async () => {
    site.set('/cy.html', {
      headers: { 'content-security-policy': policy(['lit-html', 'oruk-elements']) },
      body: page(
        'cy',
        '<script type="module" src="/dist/oruk-list.js"></script>',
        `<oruk-service-list api="${catalogue.api}" organization="${account.organizationId}" ` +
          'per-page="50"></oruk-service-list>',
      ),
    });
    const w = await open('/cy.html');
    await w.page.locator('oruk-service-list').getByRole('link', { name: serviceNames[0], exact: true }).waitFor();
    await w.page.waitForFunction(() =>
      (document.querySelector('oruk-service-list')?.shadowRoot?.textContent ?? '').includes('Chwilio'),
    );
    assert.ok(
      w.requests.some((u) => /\/chunks\/cy-/.test(u)),
      'the Welsh strings were loaded',
    );
    assert.deepEqual(await violations(w), []);
    await w.page.context().close();
  });

  it('without the Sanitizer API, DOMPurify sanitizes descriptions under its own policy with no violation', async () => {
    site.set('/purify.html', {
      headers: { 'content-security-policy': policy(['lit-html', 'oruk-elements', 'dompurify']) },
      body: page(
        'en',
        '<script src="/no-sanitizer-api.js"></script><script type="module" src="/dist/oruk-list.js"></script>',
        `<oruk-service-list api="${catalogue.api}" organization="${account.organizationId}" ` +
          'per-page="50"></oruk-service-list>',
      ),
    });
    const w = await open('/purify.html');
    const list = w.page.locator('oruk-service-list');
    await list.getByRole('link', { name: serviceNames[0], exact: true }).click();
    await list.getByRole('heading', { name: serviceNames[0], exact: true }).waitFor();
    await w.page.waitForFunction(
      () =>
        (
          document
            .querySelector('oruk-service-list')
            ?.shadowRoot?.querySelector('[part~="detail"] [part~="description"]')?.textContent ?? ''
        ).trim().length > 0,
    );
    assert.ok(
      w.requests.some((u) => /purify/.test(u)),
      'DOMPurify was loaded',
    );
    assert.deepEqual(await violations(w), []);
    await w.page.context().close();
  });

  it('the editor signs in, edits and saves, and the list beside it updates, with no violation', async () => {
    site.set('/staff.html', {
      headers: { 'content-security-policy': policy(['lit-html', 'oruk-elements']) },
      body: page(
        'en',
        '<script type="module" src="/dist/oruk-elements.js"></script>',
        `<oruk-service-editor api="${catalogue.api}" service-id="${serviceId}"></oruk-service-editor>
<oruk-service-list api="${catalogue.api}" organization="${account.organizationId}" per-page="50"></oruk-service-list>`,
      ),
    });
    const w = await open('/staff.html');
    const editor = w.page.locator('oruk-service-editor');
    await editor.getByLabel('Email address').fill(account.email);
    await editor.getByLabel('Password').fill(account.password);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    const name = editor.getByLabel('Service name');
    await name.waitFor();
    const renamed = `${serviceNames[0]} (CSP test)`;
    await name.fill(renamed);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText(/Saved at/).waitFor();
    await w.page.locator('oruk-service-list').getByRole('link', { name: renamed, exact: true }).waitFor();
    const stored = (await (await fetch(`${catalogue.api}/services/${serviceId}`)).json()) as { name: string };
    assert.equal(stored.name, renamed);
    assert.ok(
      w.requests.some((u) => /\/chunks\/service-editor-/.test(u)),
      'the editor code was loaded when needed',
    );
    assert.deepEqual(await violations(w), []);
    await w.page.context().close();
  });

  it('the bundle loaded twice and the list-only bundle beside it: no error, no violation', async () => {
    site.set('/twice.html', {
      headers: { 'content-security-policy': policy(['lit-html', 'oruk-elements'], " 'allow-duplicates'") },
      body: page(
        'en',
        `<script type="module" src="/dist/oruk-elements.js"></script>
<script type="module" src="/dist/oruk-elements.js"></script>
<script type="module" src="/dist/oruk-elements.js?copy=2"></script>
<script type="module" src="/dist/oruk-list.js"></script>`,
        `<oruk-service-list api="${catalogue.api}" organization="${account.organizationId}" ` +
          'per-page="50"></oruk-service-list>',
      ),
    });
    const w = await open('/twice.html');
    await w.page.locator('oruk-service-list').getByRole('link', { name: serviceNames[1], exact: true }).waitFor();
    await w.page.waitForLoadState('load');
    assert.equal(
      w.requests.filter((u) => u.endsWith('/dist/oruk-elements.js?copy=2')).length,
      1,
      'the second copy was loaded',
    );
    assert.deepEqual(await violations(w), []);
    await w.page.context().close();
  });
});
