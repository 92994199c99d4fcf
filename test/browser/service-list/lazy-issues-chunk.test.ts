/**
 * With show-issues on a list page, the data-problems panel's code comes in the
 * detail chunk. When that download fails, the panel's place says so (not a
 * silent gap until a service is opened) and its "Try again" brings the panel.
 * A file of its own: it needs a page where the detail chunk has not loaded yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { messyService } from './fixtures.js';
import { q, qa, resetUrl, text, type List } from './helpers.js';
import { chunkFaults as faults, armFailure, countFor } from '../chunk-faults.js';

describe('<oruk-service-list show-issues> when the issues panel cannot be downloaded', () => {
  beforeEach(resetUrl);
  afterEach(() => faults({ action: 'clear' }));

  it("shows the list, says in the panel's place that this part could not be downloaded, and Try again brings the panel", async () => {
    const path = '/src/service-list/detail-chunk.ts';
    await armFailure(path);
    const messy = messyService();
    const el = await fixture<List>(
      html`<oruk-service-list no-history show-issues .services=${[messy]}></oruk-service-list>`,
    );
    await waitUntil(() => q(el, '[part="error"]') !== null, "the error in the panel's place", { timeout: 5000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    // The list itself is still there: only the panel is missing, and the words say why.
    expect(qa(el, '[part="service"]')).to.have.length(1);
    expect(text(el, '[part="error-message"]')).to.equal(
      'This part of the page could not be downloaded. Check your internet connection, then try again.',
    );
    expect(q(el, '[part="issues"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const button = q<HTMLButtonElement>(el, '[part="error"] [part~="retry"]');
    expect(button!.textContent!.trim()).to.equal('Try again');
    button!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '[part="issue"]') !== null, 'the issues panel after Try again', { timeout: 5000 });
    // The keyboard user's place: the panel that replaced the button they pressed.
    await waitUntil(() => el.shadowRoot!.activeElement === q(el, '[part="issues"]'), 'focus on the issues panel', {
      timeout: 5000,
    });
    expect(text(el, '[part="issue"]')).to.equal('svc-messy: status status was missing: shown as active');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(qa(el, '[part="service"]')).to.have.length(1);
    expect(await countFor(path)).to.include({ failed: 1, requests: 2 });
    await expect(el).to.be.accessible();
  });
});
