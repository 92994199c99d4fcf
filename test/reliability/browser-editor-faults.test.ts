/**
 * Network faults between Chromium and the catalogue, as a member of staff
 * saving in the editor meets them. The fault proxy breaks only the save
 * (PUT): the connection drops, the answer never comes (past the write
 * client's 15 s deadline), 500/502/503, the answer is cut in half, or an
 * HTML page comes back instead of JSON. Each time the editor keeps every
 * edit (on screen and in the device's draft), says it did not save, and
 * saves once the fault clears. A 10 s delay (inside the deadline) shows
 * "Saving…" and then saves.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startFaultProxy, type FaultOptions, type FaultProxy } from '../support/fault-proxy.mjs';
import {
  clickButton,
  editorView,
  fieldValue,
  launchChromium,
  signInEditor,
  startPageServer,
  typeField,
  waitForSave,
  waitForStatus,
  watchSave,
  type PageServer,
} from './support/browser.js';
import { catalogue, DEMO_ACCOUNTS, getService, serviceIds, type CatalogueProcess } from './support/catalogue.js';
import { record } from './support/results.js';

const NOT_SAVED = 'Not saved. Your changes are kept on this device.';

const CASES: { name: string; fault: FaultOptions; landed: boolean }[] = [
  { name: 'connection dropped', fault: { kind: 'drop', methods: ['PUT'] }, landed: false },
  { name: 'no answer within the 15 s deadline', fault: { kind: 'hang', methods: ['PUT'] }, landed: false },
  { name: '500', fault: { kind: 'status', status: 500, methods: ['PUT'] }, landed: false },
  { name: '502', fault: { kind: 'status', status: 502, methods: ['PUT'] }, landed: false },
  { name: '503', fault: { kind: 'status', status: 503, methods: ['PUT'] }, landed: false },
  // The catalogue saved, but the answer was cut: the editor cannot know, so it says "not saved"; the retry meets its
  // own save (412 with the same content) and finishes.
  { name: 'answer truncated (the save landed)', fault: { kind: 'truncate', methods: ['PUT'] }, landed: true },
  { name: 'wrong content type (HTML page, 200)', fault: { kind: 'html', methods: ['PUT'] }, landed: false },
];

describe('the editor under network faults', () => {
  let pages: PageServer;
  let cat: CatalogueProcess;
  let proxy: FaultProxy;
  let browser: Browser;
  let ids: string[] = [];
  const account = DEMO_ACCOUNTS[0]!;
  const outcomes: string[] = [];

  before(async () => {
    pages = await startPageServer();
    cat = await catalogue({ origins: [pages.origin] });
    proxy = await startFaultProxy({ target: `http://127.0.0.1:${cat.port}` });
    browser = await launchChromium();
    ids = await serviceIds(cat.api, account.organizationId);
  });
  after(async () => {
    await browser?.close();
    await proxy?.close();
    await cat?.dispose();
    await pages?.close();
  });

  async function openAndEdit(page: Page, id: string, edits: Record<string, string>): Promise<void> {
    await page.goto(`${pages.origin}/editor.html?api=${encodeURIComponent(`${proxy.url}/api`)}&service=${id}`);
    await signInEditor(page, account);
    for (const [path, value] of Object.entries(edits)) await typeField(page, path, value);
    // The editor took the edits: it says they are not saved yet, and the fields show them.
    await waitForStatus(page, 'You have unsaved changes.');
    assert.deepEqual(await fieldValues(page, Object.keys(edits)), edits);
  }

  async function fieldValues(page: Page, paths: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const p of paths) out[p] = await fieldValue(page, p);
    return out;
  }

  async function draftOnDevice(page: Page): Promise<Record<string, unknown> | undefined> {
    return page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('oruk-draft|'));
      if (!key) return undefined;
      const value = JSON.parse(localStorage.getItem(key)!) as { record?: Record<string, unknown> };
      return value.record;
    });
  }

  CASES.forEach((c, i) => {
    it(
      `${c.name}: keeps every edit, says it did not save, saves once the fault clears`,
      { timeout: 120_000 },
      async () => {
        const id = ids[i]!;
        const before = await getService(cat.api, id);
        const edits = {
          name: `${String(before.doc.name)} (edited ${i})`,
          description: `New description ${i}: open Monday to Friday.`,
          alert: `Closed on 26 December (${i})`,
        };
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        try {
          await openAndEdit(page, id, edits);
          proxy.set(c.fault);
          await watchSave(page);
          const started = Date.now();
          await clickButton(page, 'Save changes');
          const failed = await waitForSave(page, 'the save to end', 40_000);
          const took = (Date.now() - started) / 1000;
          assert.equal(failed.status, NOT_SAVED);
          assert.ok(failed.buttons.includes('Try again'), 'a Try again button');
          // Every edit is still on screen and in the draft on this device.
          assert.deepEqual(await fieldValues(page, Object.keys(edits)), edits);
          const draft = await draftOnDevice(page);
          assert.ok(draft, 'a draft on the device');
          for (const [k, v] of Object.entries(edits)) assert.equal(draft[k], v, `draft ${k}`);
          // The catalogue holds the old version unless the save got through before the answer was lost.
          const during = await getService(cat.api, id);
          if (c.landed) assert.equal(during.doc.name, edits.name);
          else assert.equal(during.etag, before.etag, 'nothing reached the catalogue');

          proxy.clear();
          await watchSave(page);
          await clickButton(page, 'Try again');
          const saved = await waitForSave(page, 'the retry', 30_000);
          assert.match(saved.status, /^Saved at \d{2}:\d{2}$/, `after Try again: ${saved.status}`);
          const stored = await getService(cat.api, id);
          for (const [k, v] of Object.entries(edits)) assert.equal(stored.doc[k], v, `stored ${k}`);
          assert.equal(await draftOnDevice(page), undefined, 'the draft is gone once saved');
          assert.deepEqual(errors, []);
          outcomes.push(`${c.name}: "${NOT_SAVED.split('.')[0]}" after ${took.toFixed(1)} s`);
        } finally {
          proxy.clear();
          await context.close();
        }
      },
    );
  });

  it(
    'a 10 s delay (inside the 15 s write deadline): "Saving…" throughout, then saved, once',
    { timeout: 60_000 },
    async () => {
      const id = ids[CASES.length]!;
      const before = await getService(cat.api, id);
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await openAndEdit(page, id, { name: `${String(before.doc.name)} (slow save)` });
        proxy.set({ kind: 'delay', ms: 10_000, methods: ['PUT'] });
        await watchSave(page);
        const started = Date.now();
        await clickButton(page, 'Save changes');
        // Still saving half way through the delay.
        await new Promise((r) => setTimeout(r, 5000));
        const midway = await editorView(page);
        assert.equal(midway.status, 'Saving…');
        const done = await waitForSave(page, 'the slow save', 20_000);
        const took = (Date.now() - started) / 1000;
        assert.match(done.status, /^Saved at /);
        assert.ok(took >= 10, `took ${took} s`);
        assert.equal((await getService(cat.api, id)).doc.name, `${String(before.doc.name)} (slow save)`);
        assert.equal(
          proxy.log.filter((e) => e.method === 'PUT' && e.path.includes(id)).length,
          1,
          'one PUT, not retried',
        );
        outcomes.push(`10 s delay: "Saving…", then saved after ${took.toFixed(1)} s`);
      } finally {
        proxy.clear();
        await context.close();
      }
      record({
        area: 'Network faults (editor)',
        tried:
          'Fault proxy breaks the save (PUT): connection dropped, no answer within the 15 s write deadline, ' +
          '500, 502, 503, answer truncated after the save landed, an HTML page at 200 (wrong content type), a ' +
          '10 s delay; then the fault clears and the person presses "Try again"',
        cases: CASES.length + 1,
        outcome:
          `Every fault: all 3 edits kept on screen and in the device's draft, "${NOT_SAVED}" with "Try again"; ` +
          '"Try again" saved them (the truncated case met its own save and finished without a merge) and the ' +
          `draft was cleared. ${outcomes.join('; ')}`,
      });
    },
  );
});
