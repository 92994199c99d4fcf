/**
 * Nothing lost in the editor when the browser goes away or two people edit
 * at once:
 * - the page reloads in the middle of an edit (right after the last
 *   keystroke), or the tab crashes a second later: the draft is offered,
 *   restored whole and saved;
 * - two editors in two browser contexts open the same service; the second
 *   to save gets the field-by-field merge; the result keeps both people's
 *   changes, and the one field both changed is the value chosen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  clickButton,
  fieldValue,
  fillSignIn,
  launchChromium,
  RESTORE,
  signInEditor,
  startPageServer,
  typeField,
  waitForForm,
  waitForSave,
  watchSave,
  type PageServer,
} from './support/browser.js';
import { catalogue, DEMO_ACCOUNTS, getService, serviceIds, type CatalogueProcess } from './support/catalogue.js';
import { record } from './support/results.js';

describe('the editor loses nothing', () => {
  let pages: PageServer;
  let cat: CatalogueProcess;
  let browser: Browser;
  let ids: string[] = [];
  const account = DEMO_ACCOUNTS[1]!;
  const rows: string[] = [];

  before(async () => {
    pages = await startPageServer();
    cat = await catalogue({ origins: [pages.origin] });
    browser = await launchChromium();
    ids = await serviceIds(cat.api, account.organizationId);
  });
  after(async () => {
    await browser?.close();
    await cat?.dispose();
    await pages?.close();
  });

  const editorUrl = (id: string) => `${pages.origin}/editor.html?api=${encodeURIComponent(cat.api)}&service=${id}`;

  async function restoreAndSave(page: Page, id: string, edits: Record<string, string>): Promise<void> {
    // The offer to restore the draft (the locator waits for it).
    await clickButton(page, RESTORE);
    await waitForForm(page);
    for (const [k, v] of Object.entries(edits)) assert.equal(await fieldValue(page, k), v, `${k} on screen`);
    await watchSave(page);
    await clickButton(page, 'Save changes');
    const saved = await waitForSave(page, 'the save');
    assert.match(saved.status, /^Saved at /);
    const stored = await getService(cat.api, id);
    for (const [k, v] of Object.entries(edits)) assert.equal(stored.doc[k], v, `stored ${k}`);
  }

  it('reload right after the last keystroke: the draft is restored whole and saved', { timeout: 60_000 }, async () => {
    const id = ids[0]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    try {
      await page.goto(editorUrl(id));
      await signInEditor(page, account);
      const edits = {
        name: 'Youth club (reload test)',
        description: 'Typed just before the reload.',
        alert: 'Half term: closed',
      };
      await typeField(page, 'name', edits.name);
      await typeField(page, 'description', edits.description);
      // The last field is typed into and the page reloads at once: no blur, no wait for the draft timer.
      await page.locator('oruk-service-editor oruk-service-form [data-path="alert"]').first().fill(edits.alert);
      await page.reload();
      assert.ok(dialogs.includes('beforeunload'), 'the browser warned about unsaved changes');
      // Same tab: still signed in (sessionStorage), the draft is offered.
      await restoreAndSave(page, id, edits);
      rows.push('reload right after the last keystroke (the browser asked before leaving)');
    } finally {
      await context.close();
    }
  });

  it(
    'the tab crashes a second after the last edit: in a new tab, after signing in, the draft is restored and saved',
    { timeout: 60_000 },
    async () => {
      const id = ids[1]!;
      const context = await browser.newContext();
      let page = await context.newPage();
      try {
        await page.goto(editorUrl(id));
        await signInEditor(page, account);
        const edits = { name: 'Youth club (crash test)', alert: 'Typed before the crash' };
        await typeField(page, 'name', edits.name);
        await page.locator('oruk-service-editor oruk-service-form [data-path="alert"]').first().fill(edits.alert);
        await new Promise((r) => setTimeout(r, 1000));
        const crashed = new Promise((resolve) => page.once('crash', resolve));
        const cdp = await context.newCDPSession(page);
        void cdp.send('Page.crash').catch(() => undefined);
        await crashed;
        page = await context.newPage();
        await page.goto(editorUrl(id));
        // A new tab has no session: sign in, then the draft on this device is offered.
        await fillSignIn(page, account);
        await restoreAndSave(page, id, edits);
        rows.push('renderer crash (CDP Page.crash) 1 s after the last edit, then a new tab');
      } finally {
        await context.close();
      }
      record({
        area: 'Crashes',
        tried:
          'Reload the page in the middle of an edit: ' +
          'right after the last keystroke, and a tab crash 1 s after the last edit',
        cases: rows.length,
        outcome:
          'Both times the editor offered the draft, "Restore" brought back every edited field, and Save stored ' +
          `them: ${rows.join('; ')}`,
      });
    },
  );

  it(
    'two editors in two browser contexts: the second save is merged field by field, nothing lost',
    { timeout: 90_000 },
    async () => {
      const id = ids[2]!;
      const original = await getService(cat.api, id);
      const a = await browser.newContext();
      const b = await browser.newContext();
      try {
        const pageA = await a.newPage();
        const pageB = await b.newPage();
        await pageA.goto(editorUrl(id));
        await pageB.goto(editorUrl(id));
        await signInEditor(pageA, account);
        await signInEditor(pageB, account);

        // A changes the name and the alert; B changes the description and the alert.
        await typeField(pageA, 'name', 'Renamed by A');
        await typeField(pageA, 'alert', 'Alert from A');
        await typeField(pageB, 'description', 'Described by B');
        await typeField(pageB, 'alert', 'Alert from B');

        await watchSave(pageA);
        await clickButton(pageA, 'Save changes');
        assert.match((await waitForSave(pageA, 'A saves')).status, /^Saved at /);
        await watchSave(pageB);
        await clickButton(pageB, 'Save changes');
        const clash = await waitForSave(pageB, 'B meets the clash');
        assert.ok(clash.mergeShown, `B was not shown the merge view: ${clash.status}`);
        // Nothing of A's was overwritten.
        assert.equal((await getService(cat.api, id)).doc.name, 'Renamed by A');

        const fields = await pageB
          .locator('oruk-service-editor oruk-editor-conflict fieldset')
          .evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset.field));
        assert.deepEqual([...fields].sort(), ['alert', 'description', 'name'].sort());
        const alertText = await pageB
          .locator('oruk-service-editor oruk-editor-conflict fieldset[data-field="alert"]')
          .innerText();
        assert.match(alertText, /Alert from A/);
        assert.match(alertText, /Alert from B/);
        // B keeps their own alert; for the other fields, the suggestions (their name, B's description).
        await pageB
          .locator('oruk-service-editor oruk-editor-conflict fieldset[data-field="alert"] input[value="mine"]')
          .check();
        await watchSave(pageB);
        await pageB
          .locator('oruk-service-editor oruk-editor-conflict')
          .getByRole('button', { name: 'Save with these choices' })
          .click();
        const merged = await waitForSave(pageB, 'the merged save');
        assert.equal(merged.mergeShown, false, 'the merge view is gone');
        assert.match(merged.status, /^Saved at /);

        const stored = (await getService(cat.api, id)).doc;
        assert.equal(stored.name, 'Renamed by A', "A's name kept");
        assert.equal(stored.description, 'Described by B', "B's description kept");
        assert.equal(stored.alert, 'Alert from B', 'the chosen alert');
        // Every other field is as it was.
        for (const k of Object.keys(original.doc)) {
          if (['name', 'description', 'alert', 'last_modified'].includes(k)) continue;
          assert.deepEqual(stored[k], original.doc[k], `field ${k} unchanged`);
        }
        // A reloads and sees the merged service.
        await pageA.reload();
        await waitForForm(pageA);
        assert.equal(await fieldValue(pageA, 'description'), 'Described by B');
        record({
          area: 'Concurrency',
          tried:
            'Two editors in two browser contexts edit one service (A: name and alert; B: ' +
            'description and alert); A saves first, then B',
          cases: 1,
          outcome:
            'B got 412 and the field-by-field merge view (name, description, alert; both alerts shown); ' +
            "A's save was never overwritten; after B chose, the catalogue holds A's name, B's description and " +
            "B's chosen alert, every other field unchanged; A sees the merged version",
        });
      } finally {
        await a.close();
        await b.close();
      }
    },
  );
});
