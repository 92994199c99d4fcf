/**
 * Network faults between Chromium and the catalogue, as the public list
 * meets them: the fault proxy drops the connection, delays 10 s, answers
 * 500/502/503, truncates the JSON, or answers an HTML page instead of JSON.
 * Each time the list shows a clear message with "Try again", and once the
 * fault clears, "Try again" brings the services back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startFaultProxy, type FaultOptions, type FaultProxy } from '../support/fault-proxy.mjs';
import { launchChromium, startPageServer, waitForList, type PageServer } from './support/browser.js';
import { call, catalogue, type CatalogueProcess } from './support/catalogue.js';
import { record } from './support/results.js';

const HEADING = 'We could not load the services';
const NETWORK = 'We could not reach the catalogue. Check your internet connection, then try again.';
const TIMEOUT = 'The catalogue took too long to answer. Try again in a moment.';
const PARSE = 'The catalogue sent something we could not read. Try again later.';
const http = (status: number) => `The catalogue had a problem answering (error ${status}). Try again later.`;

const CASES: { name: string; fault: FaultOptions; message: string }[] = [
  { name: 'connection dropped', fault: { kind: 'drop' }, message: NETWORK },
  { name: 'delayed 10 s', fault: { kind: 'delay', ms: 10_000 }, message: TIMEOUT },
  { name: '500', fault: { kind: 'status', status: 500 }, message: http(500) },
  { name: '502', fault: { kind: 'status', status: 502 }, message: http(502) },
  { name: '503', fault: { kind: 'status', status: 503 }, message: http(503) },
  { name: 'truncated JSON', fault: { kind: 'truncate' }, message: PARSE },
  { name: 'wrong content type (HTML page, 200)', fault: { kind: 'html' }, message: PARSE },
];

describe('the list under network faults', () => {
  let pages: PageServer;
  let cat: CatalogueProcess;
  let proxy: FaultProxy;
  let browser: Browser;
  let expected: string[] = [];
  const outcomes: string[] = [];

  before(async () => {
    pages = await startPageServer();
    cat = await catalogue({ origins: [pages.origin] });
    proxy = await startFaultProxy({ target: `http://127.0.0.1:${cat.port}` });
    browser = await launchChromium();
    const first = (await call(`${cat.api}/services?per_page=10`)).json as { contents: { name: string }[] };
    expected = first.contents.map((s) => s.name);
  });
  after(async () => {
    await browser?.close();
    await proxy?.close();
    await cat?.dispose();
    await pages?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: a clear message, then "Try again" recovers`, { timeout: 90_000 }, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        proxy.set(c.fault);
        const brokenBefore = proxy.broken();
        const started = Date.now();
        await page.goto(`${pages.origin}/list.html?api=${encodeURIComponent(`${proxy.url}/api`)}`);
        const view = await waitForList(page, ['error', 'cards'], 40_000);
        const after = Date.now() - started;
        assert.equal(
          view.state,
          'error',
          `the list showed ${view.state} (${view.cards.length} cards) despite the fault`,
        );
        assert.equal(view.heading, HEADING);
        assert.equal(view.message, c.message);
        assert.ok(view.hasRetry, 'a Try again button');
        assert.ok(proxy.broken() > brokenBefore, 'the fault was applied');
        // The message is announced (role=alert) and the no-JavaScript link is offered beside it.
        const alert = await page.locator('oruk-service-list [role="alert"]').count();
        assert.equal(alert, 1);
        assert.ok(
          await page.getByRole('link', { name: 'See the services in the catalogue' }).isVisible(),
          'the fallback link is shown',
        );

        proxy.clear();
        await page.locator('oruk-service-list').getByRole('button', { name: 'Try again' }).click();
        const recovered = await waitForList(page, ['cards', 'error'], 20_000);
        assert.equal(recovered.state, 'cards', `after Try again: ${recovered.message}`);
        assert.deepEqual(recovered.cards, expected);
        assert.deepEqual(errors, [], 'no uncaught errors in the page');
        outcomes.push(`${c.name}: "${c.message.split('.')[0]}." after ${(after / 1000).toFixed(1)} s`);
      } finally {
        proxy.clear();
        await context.close();
      }
    });
  }

  it('reads a JSON answer labelled with the wrong content type (text/plain): lenient reading', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      proxy.set({ kind: 'relabel', contentType: 'text/plain' });
      await page.goto(`${pages.origin}/list.html?api=${encodeURIComponent(`${proxy.url}/api`)}`);
      const view = await waitForList(page, ['cards', 'error']);
      assert.equal(view.state, 'cards');
      assert.deepEqual(view.cards, expected);
      assert.ok(proxy.broken() > 0);
    } finally {
      proxy.clear();
      await context.close();
    }
    record({
      area: 'Network faults (list)',
      tried:
        'Fault proxy between Chromium and the catalogue: ' +
        'connection dropped, 10 s delay, 500, 502, 503, truncated JSON, an HTML page at 200 (wrong content ' +
        'type); then the fault clears and the person presses "Try again"',
      cases: outcomes.length + 1,
      outcome:
        'Every fault: a clear message (role=alert) with "Try again" and the fallback link; ' +
        `"Try again" then showed the same ${expected.length} services; no page errors. ${outcomes.join('; ')}. ` +
        'JSON labelled text/plain is read as JSON (lenient)',
    });
  });
});
