/**
 * When "Try again" for a part of <oruk-service-editor> (here the sign-in form) fails
 * again, the keyboard user's focus is put on the new "Try again" button, not left on
 * the page's body. A page of its own, so the sign-in form's code has not been loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../../src/service-editor/service-editor.js';
import type { OrukServiceEditor } from '../../../src/service-editor/service-editor.component.js';
import { button, catalogue, freshDevice, root, signInShown, type CatalogueInfo } from './helpers.js';
import { armFailure, chunkFaults, failedDownloads } from '../chunk-faults.js';

define();

const partProblem = (el: OrukServiceEditor) => root(el).querySelector<HTMLElement>('[part="problem"][role="alert"]');

async function pressTryAgain(el: OrukServiceEditor): Promise<void> {
  button(partProblem(el)!, 'Try again')!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<oruk-service-editor> when Try again for a part fails too', function () {
  this.timeout(60000);
  let info: CatalogueInfo;

  before(async () => {
    info = await catalogue('info');
  });
  beforeEach(() => freshDevice(info.api));
  afterEach(() => chunkFaults({ action: 'clear' }));
  after(() => freshDevice(info.api));

  it('puts focus on the new Try again button, and the third try shows the sign-in form', async () => {
    const path = '/src/service-editor/session/sign-in-form.component.ts';
    await armFailure(path, 2);
    const el = await fixture<OrukServiceEditor>(html`<oruk-service-editor api=${info.api}></oruk-service-editor>`);
    await waitUntil(() => partProblem(el), 'the first failure', { timeout: 15000 });
    await pressTryAgain(el);
    await failedDownloads(path, 2);
    await waitUntil(
      () => el.shadowRoot?.activeElement?.textContent?.trim() === 'Try again',
      'focus on Try again after the second failure',
      { timeout: 15000 },
    );
    expect(partProblem(el)!.contains(el.shadowRoot!.activeElement)).to.equal(true);
    await pressTryAgain(el);
    await waitUntil(() => signInShown(el), 'the sign-in form after the third try', { timeout: 15000 });
    await expect(el).to.be.accessible();
  });
});
