// A list on a charity's site, reading a feed on another origin that never answers
// CORS preflights (many ORUK feeds): it loads, and loading again (which revalidates)
// still works and shows changes, over plain GETs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feed, freshKey, requestsFor } from '../api/fault-server.js';
import { q, qa, resetUrl, text, type List } from './helpers.js';

const names = (el: List) => qa(el, '[part~="title-link"]').map((a) => a.textContent?.trim());

describe('<oruk-service-list> on a cross-origin feed with no CORS preflight', () => {
  beforeEach(resetUrl);

  it('loads, reloads and shows a change, with no error', async () => {
    const key = freshKey('list-nopre');
    const api = await feed('etag-nopreflight', key);
    const el = await fixture<List>(html`<oruk-service-list no-history api=${api}></oruk-service-list>`);
    await waitUntil(() => names(el).length > 0, 'the first page', { timeout: 5000 });
    expect(names(el)).to.deep.equal(['Community Counselling']);

    // "Try again" and other reloads revalidate the page the list already has.
    el.reload();
    await el.updateComplete;
    await waitUntil(() => names(el).length > 0 || q(el, '[part~="error"]') !== null, 'the reload', { timeout: 8000 });
    expect(text(el, '[part~="error"]'), 'error shown').to.equal('');
    expect(names(el)).to.deep.equal(['Community Counselling']);

    await fetch(`${api}/__bump`, { cache: 'no-store' });
    el.reload();
    await waitUntil(() => names(el)[0] === 'Community Counselling (revision 2)', 'the changed service', {
      timeout: 8000,
    });
    expect(text(el, '[part~="error"]'), 'error shown').to.equal('');
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 1 of 1 service');

    const pages = (await requestsFor(key)).filter((r) => r.path === 'services');
    // One refused preflight at most; every page request that reached the feed was a plain GET.
    expect(pages.filter((r) => r.method === 'OPTIONS')).to.have.length(1);
    const gets = pages.filter((r) => r.method === 'GET');
    expect(gets.map((r) => `${r.ifNoneMatch ?? 'plain'} ${r.status}`)).to.deep.equal([
      'plain 200',
      'plain 200',
      'plain 200',
    ]);
  });
});
