/**
 * <oruk-service-editor>'s rarely needed parts are chunks of their own (the
 * sign-in form, the merge view, the Welsh words). When the network drops
 * while one downloads, the part's place says so with "Try again", and
 * pressing it (from the keyboard) shows the part. The test server fails the
 * chunk's module request (test/support/chunk-fault-plugin.mjs); against the
 * real catalogue. This file runs in a page of its own and its tests in order,
 * so each finds its chunk not yet loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../../src/service-editor/service-editor.js';
import type { OrukServiceEditor } from '../../../src/service-editor/service-editor.component.js';
import {
  button,
  catalogue,
  conflictView,
  editing,
  freshDevice,
  root,
  save,
  serviceIds,
  setField,
  signIn,
  signInForm,
  signInShown,
  statusText,
  waitFor,
  type CatalogueInfo,
} from './helpers.js';
import { chunkFaults as faults, armFailure, countFor, failedDownloads } from '../chunk-faults.js';

define();

const PART_FAILED = 'This part of the editor could not be loaded. Check your connection, then try again.';

/** The failure in the part's place: its words and its "Try again" button. */
const partProblem = (el: OrukServiceEditor) => root(el).querySelector<HTMLElement>('[part="problem"][role="alert"]');

/** Focuses "Try again" in the part's place and presses Enter, as a keyboard user does. */
async function pressTryAgain(el: OrukServiceEditor): Promise<void> {
  const problem = partProblem(el)!;
  const tryAgain = button(problem, 'Try again');
  expect(tryAgain, 'a Try again button beside the failure').to.not.equal(undefined);
  tryAgain!.focus();
  await sendKeys({ press: 'Enter' });
}

const signInHeading = (el: OrukServiceEditor) =>
  signInForm(el)?.shadowRoot?.querySelector('#sign-in-heading')?.textContent?.trim();

describe('<oruk-service-editor> when a part cannot be downloaded', function () {
  this.timeout(60000);
  let info: CatalogueInfo;

  before(async () => {
    info = await catalogue('info');
  });
  beforeEach(() => freshDevice(info.api));
  afterEach(() => faults({ action: 'clear' }));
  // The conflict test signs in and saves twice: leave no token behind, and the seed data as it was, for the other test
  // files.
  after(async () => {
    freshDevice(info.api);
    await catalogue('reset');
  });

  it('signing in: the form fails, the editor says so with Try again, then shows the form', async () => {
    const path = '/src/service-editor/session/sign-in-form.component.ts';
    await armFailure(path);
    const el = await fixture<OrukServiceEditor>(html`<oruk-service-editor api=${info.api}></oruk-service-editor>`);
    await waitUntil(() => partProblem(el), 'the failure', { timeout: 15000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(partProblem(el)!.textContent).to.contain(PART_FAILED);
    expect(signInForm(el)?.shadowRoot ?? null).to.equal(null);

    await pressTryAgain(el);
    await waitUntil(() => signInShown(el), 'the sign-in form after Try again', { timeout: 15000 });
    expect(signInHeading(el)).to.equal('Sign in to edit services');
    expect(partProblem(el)).to.equal(null);
    expect(await countFor(path)).to.include({ failed: 1, requests: 2 });
    await expect(el).to.be.accessible();
  });

  it('Welsh: the Welsh words fail, so the editor works in English; a later editor speaks Welsh', async () => {
    const path = '/src/service-editor/strings/cy.ts';
    await armFailure(path);
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor lang="cy" api=${info.api}></oruk-service-editor>`,
    );
    await waitUntil(() => signInHeading(el), 'the sign-in form', { timeout: 15000 });
    await failedDownloads(path);
    await el.updateComplete;
    expect(signInHeading(el)).to.equal('Sign in to edit services');

    const later = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor lang="cy" api=${info.api}></oruk-service-editor>`,
    );
    await waitUntil(() => signInHeading(later) === 'Mewngofnodwch i olygu gwasanaethau', 'the later editor in Welsh', {
      timeout: 15000,
    });
    expect((await countFor(path)).requests).to.equal(2);
  });

  it('a clash (412): the merge view fails, the editor says so with Try again, then shows both versions', async () => {
    const path = '/src/service-editor/conflict/conflict-view.component.ts';
    const ids = await serviceIds(info.api, info.accounts[0]!.organizationId);
    const id = ids[5]!;
    const first = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(first, info.accounts[0]!);
    await editing(first);
    const second = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await editing(second);
    await setField(first, 'name', 'Renamed by the first editor');
    await save(first);
    expect(statusText(first)).to.match(/^Saved at/);

    await armFailure(path);
    await setField(second, 'description', 'Described by the second editor');
    await save(second);
    await waitUntil(() => partProblem(second), 'the failure', { timeout: 15000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(partProblem(second)!.textContent).to.contain(PART_FAILED);

    await pressTryAgain(second);
    const view = await waitFor(
      () => conflictView(second)?.shadowRoot?.querySelector('fieldset') && conflictView(second),
      'the merge view after Try again',
    );
    expect(view.shadowRoot!.textContent).to.contain('Renamed by the first editor');
    expect(partProblem(second)).to.equal(null);
    expect(await countFor(path)).to.include({ failed: 1, requests: 2 });
  });
});
