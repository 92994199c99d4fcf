import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readUrlState, urlPrefix, writeUrlState } from '../../../src/service-list/url-state.js';
import { FULL, manyServices } from './fixtures.js';
import { click, q, qa, resetUrl, text, type List } from './helpers.js';

function param(name: string): string | null {
  return new URL(location.href).searchParams.get(name);
}

interface Entry {
  state: unknown;
  url: string;
}

/**
 * What the browser's back button does, seen from the page: the previous entry's URL and
 * state become current and `popstate` fires. Done by hand from the entries the element
 * pushed, because a real history.back() in the shared test tab is not deterministic:
 * Chromium keeps at most 50 entries, which the tests before this file can fill.
 */
async function back(el: List, entries: Entry[]): Promise<void> {
  entries.pop();
  const previous = entries[entries.length - 1]!;
  history.replaceState(previous.state, '', previous.url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: previous.state }));
  await el.updateComplete;
}

describe('<oruk-service-list> URL state', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('reads and writes its own prefixed parameters, keeping the page’s others', () => {
    const href = writeUrlState('https://charity.example/services?utm=x', 'oruk-', {
      search: 'food bank',
      term: 't1',
      page: 2,
      service: 's9',
    });
    expect(href).to.equal(
      'https://charity.example/services?utm=x&oruk-q=food+bank&oruk-term=t1&oruk-page=2&oruk-service=s9',
    );
    expect(readUrlState(href, 'oruk-')).to.deep.equal({ search: 'food bank', term: 't1', page: 2, service: 's9' });
    expect(readUrlState(href, 'other-')).to.deep.equal({ search: '', term: '', page: 1, service: '' });
    expect(urlPrefix('')).to.equal('oruk-');
    expect(urlPrefix('north')).to.equal('north-');
  });

  it('pushes search, page and the open service, and the back button restores each', async () => {
    const el = await fixture<List>(html`<oruk-service-list .services=${manyServices(42)}></oruk-service-list>`);
    // Record the entries the element pushes (history.length stops growing at 50 in Chromium,
    // which earlier tests in this tab may already have reached); the calls still go through.
    const entries: Entry[] = [{ state: history.state, url: location.href }];
    const pushState = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      entries.push({ state: args[0], url: new URL(String(args[2]), location.href).href });
      return pushState.apply(this, args);
    };
    try {
      click(q(el, '[part~="next"]')!);
      await el.updateComplete;
      expect(param('oruk-page')).to.equal('2');
      q<HTMLInputElement>(el, 'input[type="search"]')!.value = 'advice';
      q<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect(param('oruk-q')).to.equal('advice');
      expect(param('oruk-page')).to.equal(null);
      const link = qa<HTMLAnchorElement>(el, '[part="title-link"]')[0]!;
      expect(new URL(link.href).searchParams.get('oruk-service')).to.equal('svc-2');
      click(link);
      await el.updateComplete;
      expect(param('oruk-service')).to.equal('svc-2');
      expect(q(el, '[part="detail"]')).to.exist;
      expect(entries.length).to.equal(4);
    } finally {
      history.pushState = pushState;
    }

    await back(el, entries);
    expect(q(el, '[part="detail"]')).to.equal(null);
    expect(q<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('advice');
    await back(el, entries);
    expect(q<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
    expect(text(el, '[part="summary"]')).to.equal('Showing 11 to 20 of 42 services');
    await back(el, entries);
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 10 of 42 services');
  });

  it('opens a bookmarked detail URL', async () => {
    history.replaceState(null, '', `${location.pathname}?oruk-service=svc-full&keep=1`);
    const el = await fixture<List>(
      html`<oruk-service-list .services=${[...manyServices(3), FULL]}></oruk-service-list>`,
    );
    expect(text(el, '[part="detail-title"]')).to.equal('Youth drop-in');
    click(q(el, '[part="back-link"]')!);
    await el.updateComplete;
    expect(param('oruk-service')).to.equal(null);
    expect(param('keep')).to.equal('1');
    expect(qa(el, '[part="service"]')).to.have.length(4);
  });

  it('keeps two lists apart with id-based prefixes', async () => {
    history.replaceState(null, '', `${location.pathname}?north-page=2`);
    const wrap = await fixture(html`<div>
      <oruk-service-list id="north" .services=${manyServices(30)}></oruk-service-list>
      <oruk-service-list id="south" .services=${manyServices(30)}></oruk-service-list>
    </div>`);
    const [north, south] = Array.from(wrap.querySelectorAll<List>('oruk-service-list'));
    await north!.updateComplete;
    expect(text(north!, '[part="summary"]')).to.equal('Showing 11 to 20 of 30 services');
    expect(text(south!, '[part="summary"]')).to.equal('Showing 1 to 10 of 30 services');
    click(q(south!, '[part~="next"]')!);
    await south!.updateComplete;
    expect(param('south-page')).to.equal('2');
    expect(param('north-page')).to.equal('2');
  });

  it('with no-history, leaves the URL and history alone', async () => {
    const before = location.href;
    const length = history.length;
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(20)}></oruk-service-list>`,
    );
    click(q(el, '[part~="next"]')!);
    click(q(el, '[part="title-link"]')!);
    await el.updateComplete;
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(length);
    await waitUntil(() => !!q(el, '[part="detail"]'), 'detail', { timeout: 5000 });
  });

  it('lets a modified click (new tab) go to the link instead of opening in place', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(2)}></oruk-service-list>`,
    );
    const link = q(el, '[part="title-link"]')!;
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true });
    link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // keep the test page
    link.dispatchEvent(event);
    await el.updateComplete;
    expect(q(el, '[part="detail"]')).to.equal(null);
  });
});
