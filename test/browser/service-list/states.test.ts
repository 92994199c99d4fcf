import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { catalogueFor } from '../../../src/api/catalogue-registry.js';
import { makeService } from './fixtures.js';
import { click, q, qa, resetUrl, text, type List } from './helpers.js';

const { baseUrl, closedUrl } = (await executeServerCommand('faults', { action: 'info' })) as {
  baseUrl: string;
  closedUrl: string;
};
let n = 0;
/** A fresh fault-server feed for one test: `${baseUrl}/<scenario>/<unique key>`. */
const feed = (scenario: string) => `${baseUrl}/${scenario}/list-states-${Date.now()}-${n++}`;

describe('<oruk-service-list> states', () => {
  beforeEach(resetUrl);

  it('shows a loading skeleton that reserves the height of a page of results', async () => {
    const api = feed('slow-1500');
    const el = await fixture<List>(
      html`<oruk-service-list no-history per-page="5" taxonomy-term="x" api=${api}></oruk-service-list>`,
    );
    const loading = q(el, '[part="loading"]')!;
    expect(loading).to.exist;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '[part="loading"] .visually-hidden')).to.equal('Loading services…');
    expect(qa(el, '.skeleton-card')).to.have.length(5);
    const fontSize = parseFloat(getComputedStyle(el).fontSize);
    expect(loading.getBoundingClientRect().height).to.be.at.least(5 * 7.5 * fontSize);
    await expect(el).to.be.accessible();
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'services', { timeout: 8000 });
    expect(q(el, '[part="loading"]')).to.equal(null);
  });

  it('shows a clear error with "Try again" when the catalogue cannot be reached, and the fallback content', async () => {
    const el = await fixture<List>(html`<oruk-service-list no-history taxonomy-term="x" api=${closedUrl}>
      <a href="https://catalogue.example.org/">See our services on the catalogue</a>
    </oruk-service-list>`);
    const errors: unknown[] = [];
    el.addEventListener('oruk-load-error', (e) => errors.push((e as CustomEvent).detail));
    await waitUntil(() => !!q(el, '[part="error"]'), 'error', { timeout: 15000 });
    expect(text(el, '[part="error-message"]')).to.equal(
      'We could not reach the catalogue. Check your internet connection, then try again.',
    );
    expect(q(el, '[part~="retry"]')!.textContent).to.equal('Try again');
    const slot = q<HTMLSlotElement>(el, '[part="error"] slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['See our services on the catalogue']);
    await expect(el).to.be.accessible();
  });

  it('recovers with "Try again" once the catalogue answers', async () => {
    const api = feed('status-503-4');
    catalogueFor(api, { backoffMs: 10 });
    const el = await fixture<List>(
      html`<oruk-service-list no-history taxonomy-term="x" api=${api}></oruk-service-list>`,
    );
    await waitUntil(() => !!q(el, '[part="error"]'), 'error', { timeout: 15000 });
    expect(text(el, '[part="error-message"]')).to.equal(
      'The catalogue had a problem answering (error 503). Try again later.',
    );
    click(q(el, '[part~="retry"]')!);
    await el.updateComplete;
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'services after retry', { timeout: 10000 });
    expect(q(el, '[part="error"]')).to.equal(null);
  });

  it('words a timeout and an unreadable answer differently', async () => {
    const slow = feed('slow-3000');
    catalogueFor(slow, { timeoutMs: 300, retries: 0 });
    const a = await fixture<List>(
      html`<oruk-service-list no-history taxonomy-term="x" api=${slow}></oruk-service-list>`,
    );
    await waitUntil(() => !!q(a, '[part="error"]'), 'timeout error', { timeout: 8000 });
    expect(text(a, '[part="error-message"]')).to.equal('The catalogue took too long to answer. Try again in a moment.');
    const garbage = feed('garbage');
    const b = await fixture<List>(
      html`<oruk-service-list no-history taxonomy-term="x" api=${garbage}></oruk-service-list>`,
    );
    await waitUntil(() => !!q(b, '[part="error"]'), 'parse error', { timeout: 8000 });
    expect(text(b, '[part="error-message"]')).to.equal(
      'The catalogue sent something we could not read. Try again later.',
    );
  });

  it('says what is missing when it has neither an api nor services', async () => {
    const el = await fixture<List>(html`<oruk-service-list no-history></oruk-service-list>`);
    expect(text(el, '[part="error-message"]')).to.contain('needs the address of a catalogue');
  });

  it('with show-issues, lists the data problems the reader found', async () => {
    const messy = makeService({
      problems: [
        { path: 'contacts.0.email', message: 'The email address "not-an-email" is not valid, so it was left out.' },
      ],
    });
    const el = await fixture<List>(html`<oruk-service-list no-history .services=${[messy]}></oruk-service-list>`);
    expect(q(el, '[part="issues"]')).to.equal(null);
    el.showIssues = true;
    await el.updateComplete;
    expect(text(el, '[part="issues"] .issues-title')).to.equal('1 problem found in the data');
    expect(text(el, '[part="issue"]')).to.contain('not-an-email');
    await expect(el).to.be.accessible();
  });

  it('with show-issues, shows the problems of a real feed page', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history show-issues taxonomy-term="x" api=${feed('ok')}></oruk-service-list>`,
    );
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'services', { timeout: 8000 });
    // The official example feed has a latitude of 100, among other things.
    expect(qa(el, '[part="issue"]').length).to.be.greaterThan(0);
  });
});
