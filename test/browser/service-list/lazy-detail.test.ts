/**
 * The detail view's code (with its formatters and sanitizer) is fetched only
 * when a person opens a service: a list page that is only browsed never
 * downloads it, while the JSON-LD still arrives after the first render.
 * This file runs in a page of its own, so nothing else has loaded the chunk.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FULL, makeService } from './fixtures.js';
import { click, q, resetUrl, type List } from './helpers.js';

const requested = (name: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/src/service-list/${name}`));

describe('<oruk-service-list> loading the detail view', () => {
  beforeEach(resetUrl);

  it('fetches the detail view only when a service is opened, showing a busy state until it is here', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]') !== null, 'the JSON-LD', {
      timeout: 5000,
    });
    expect(requested('json-ld-chunk.ts')).to.equal(true);
    expect(requested('detail-chunk.ts')).to.equal(false);

    click(q(el, '[data-open-service="svc-full"]')!);
    // Lit renders within microtasks; the chunk needs a network round trip, so it cannot be here yet.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const busy = q(el, '[part="loading"][aria-busy="true"]');
    expect(busy?.textContent).to.contain('Loading this service…');
    await el.updateComplete;
    expect(requested('detail-chunk.ts')).to.equal(true);
    expect(q(el, '[part="detail-title"]')!.textContent).to.equal('Youth drop-in');
    expect(q(el, '[aria-busy="true"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
