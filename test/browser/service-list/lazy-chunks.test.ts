/**
 * When the network drops while one of the list's lazily loaded chunks
 * downloads, the person sees a clear error with "Try again", and pressing it
 * (from the keyboard) brings the state they asked for. The test server fails
 * the chunk's module request (test/support/chunk-fault-plugin.mjs), which the
 * dev server serves by its source path. This file runs in a page of its own,
 * and the tests run in order: none of them finds its chunk already loaded
 * (local paging first, as every later test gives services as data).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { FULL, makeService, messyService } from './fixtures.js';
import { click, q, qa, resetUrl, text, type List } from './helpers.js';
import { chunkFaults as faults, armFailure, countFor, failedDownloads } from '../chunk-faults.js';

const { baseUrl } = (await executeServerCommand('faults', { action: 'info' })) as { baseUrl: string };
/** A fresh feed on the fault server (test/support/fault-plugin.mjs). */
const feed = (scenario: string) => `${baseUrl}/${scenario}/lazy-chunks-${Date.now()}`;

/** Our own code failed to download: the words say so, not that the catalogue could not be reached. */
const DOWNLOAD = 'This part of the page could not be downloaded. Check your internet connection, then try again.';

/** Focuses the error's "Try again" button and presses Enter on it, as a keyboard user does. */
async function pressTryAgain(el: List): Promise<void> {
  const button = q<HTMLButtonElement>(el, '[part="error"] [part~="retry"]');
  expect(button, 'a Try again button in the error').to.not.equal(null);
  expect(button!.textContent!.trim()).to.equal('Try again');
  button!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<oruk-service-list> when a chunk cannot be downloaded', () => {
  beforeEach(resetUrl);
  afterEach(() => faults({ action: 'clear' }));

  it('services given as data: the paging code fails, "We could not load the services" with Try again, then the services', async () => {
    const path = '/src/service-list/local-query.ts';
    await armFailure(path);
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => q(el, '[part="error"]') !== null, 'the error', { timeout: 5000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(text(el, '[part="error"] .error-title')).to.equal('We could not load the services');
    expect(text(el, '[part="error-message"]')).to.equal(DOWNLOAD);
    expect(qa(el, '[part="service"]')).to.have.length(0);

    await pressTryAgain(el);
    await waitUntil(() => qa(el, '[part="service"]').length === 2, 'the services after Try again', { timeout: 5000 });
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 2 of 2 services');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(await countFor(path)).to.include({ failed: 1, requests: 2 });
    await expect(el).to.be.accessible();
  });

  it('opening a service: the detail view fails, "We could not load this service" with Try again, then the service', async () => {
    const path = '/src/service-list/detail-chunk.ts';
    await armFailure(path);
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => q(el, '[data-open-service="svc-full"]') !== null, 'the service cards', { timeout: 5000 });

    click(q(el, '[data-open-service="svc-full"]')!);
    // Busy while the download is under way (Lit renders within microtasks; the download takes a round trip).
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(text(el, '[part="loading"][aria-busy="true"]')).to.contain('Loading this service…');
    await waitUntil(() => q(el, '[part="error"]') !== null, 'the error', { timeout: 5000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(text(el, '[part="error"] .error-title')).to.equal('We could not load this service');
    expect(text(el, '[part="error-message"]')).to.equal(DOWNLOAD);
    expect(q(el, '[part="back-link"]'), 'a way back to the list').to.not.equal(null);
    expect(q(el, '[part="detail-title"]')).to.equal(null);

    await pressTryAgain(el);
    await waitUntil(() => q(el, '[part="detail-title"]') !== null, 'the service after Try again', { timeout: 5000 });
    await el.updateComplete;
    expect(text(el, '[part="detail-title"]')).to.equal('Youth drop-in');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(await countFor(path)).to.include({ failed: 1, requests: 2 });
    await expect(el).to.be.accessible();
  });

  it('reading a catalogue: the reader fails, the download error with Try again, then the services', async () => {
    const path = '/src/model/reader/feed.ts';
    await armFailure(path);
    const el = await fixture<List>(
      html`<oruk-service-list no-history taxonomy-term="x" api=${feed('ok')}></oruk-service-list>`,
    );
    await waitUntil(() => q(el, '[part="error"]') !== null, 'the error', { timeout: 8000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(text(el, '[part="error"] .error-title')).to.equal('We could not load the services');
    expect(text(el, '[part="error-message"]')).to.equal(DOWNLOAD);

    await pressTryAgain(el);
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'the services after Try again', { timeout: 8000 });
    expect(q(el, '[part="error"]')).to.equal(null);
    expect((await countFor(path)).requests).to.equal(2);
  });

  it("show-issues: the problems' words fail, so the panel waits; the next thing the person does brings it, in English", async () => {
    const path = '/src/model/reader/messages-en.ts';
    await armFailure(path);
    const messy = messyService();
    const el = await fixture<List>(
      html`<oruk-service-list no-history show-issues .services=${[messy]}></oruk-service-list>`,
    );
    await failedDownloads(path);
    await el.updateComplete;
    expect(qa(el, '[part="service"]')).to.have.length(1);
    // No panel of key names or half-made words: none at all until the words are here.
    expect(q(el, '[part="issues"]')).to.equal(null);

    q<HTMLAnchorElement>(el, '[data-open-service="svc-messy"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '[part="issue"]') !== null, 'the issues panel after opening the service', {
      timeout: 5000,
    });
    expect(text(el, '[part="detail-title"]')).to.equal('Messy service');
    expect(text(el, '[part="issue"]')).to.equal('status status was missing: shown as active');
    expect((await countFor(path)).requests).to.equal(2);
  });

  it('Welsh: the Welsh words and the feed fail, so the error shows in English rather than loading for ever; Try again brings both', async () => {
    const path = '/src/service-list/strings/cy.ts';
    await armFailure(path);
    const el = await fixture<List>(
      html`<oruk-service-list lang="cy" no-history api=${feed('status-404-1')}></oruk-service-list>`,
    );
    await waitUntil(() => q(el, '[part="error"]') !== null, 'the error in English', { timeout: 8000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(text(el, '[part="error"] .error-title')).to.equal('We could not load the services');
    expect(q(el, '[aria-busy="true"]')).to.equal(null);

    await pressTryAgain(el);
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'the services after Try again', { timeout: 8000 });
    await waitUntil(() => text(el, '[part~="search-button"]') === 'Chwilio', 'the Welsh words after Try again', {
      timeout: 5000,
    });
    expect((await countFor(path)).requests).to.equal(2);

    const later = await fixture<List>(
      html`<oruk-service-list lang="cy" no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => q(later, '[part="summary"]') !== null, 'the later list', { timeout: 5000 });
    expect(text(later, '[part~="search-button"]')).to.equal('Chwilio');
    expect((await countFor(path)).requests).to.equal(2);
  });
});
