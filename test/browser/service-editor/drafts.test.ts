import { expect } from '@open-wc/testing';
import { DraftStore, DraftWriter, NEW_SERVICE } from '../../../src/service-editor/drafts/draft-store.js';
import { TokenStore, tokenStoreFor } from '../../../src/api/token-store.js';

const CAT = 'http://catalogue.test/api';

describe('local drafts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('keeps a draft with the ETag and base record it was based on, per catalogue and service', () => {
    const drafts = new DraftStore(CAT);
    drafts.save('svc-1', {
      record: { id: 'svc-1', name: 'Edited' },
      base: { id: 'svc-1', name: 'Old' },
      etag: '"v3"',
      savedAt: 1000,
    });
    drafts.save('svc-2', { record: { id: 'svc-2', name: 'Other' }, savedAt: 2000 });

    const again = new DraftStore(`${CAT}/`); // the same catalogue, written with a trailing slash
    expect(again.load('svc-1')).to.deep.equal({
      record: { id: 'svc-1', name: 'Edited' },
      base: { id: 'svc-1', name: 'Old' },
      etag: '"v3"',
      savedAt: 1000,
    });
    expect(again.load('svc-2')?.record.name).to.equal('Other');
    expect(new DraftStore('http://elsewhere.test/api').load('svc-1')).to.equal(undefined);
  });

  it('keeps a new service under its own key until it exists', () => {
    const drafts = new DraftStore(CAT);
    drafts.save(undefined, { record: { id: 'new-id', name: 'Lunch club' }, savedAt: 5 });
    expect(drafts.keyFor(undefined)).to.contain(NEW_SERVICE);
    expect(drafts.load('')?.record.name).to.equal('Lunch club');
  });

  it('ignores a corrupt or foreign draft instead of breaking', () => {
    const drafts = new DraftStore(CAT);
    localStorage.setItem(drafts.keyFor('svc-1'), '{not json');
    expect(drafts.load('svc-1')).to.equal(undefined);
    localStorage.setItem(drafts.keyFor('svc-1'), JSON.stringify({ record: 'x', savedAt: 1 }));
    expect(drafts.load('svc-1')).to.equal(undefined);
  });

  it('clears one draft, or every draft of the catalogue on sign-out, leaving other data alone', () => {
    const drafts = new DraftStore(CAT);
    const other = new DraftStore('http://elsewhere.test/api');
    drafts.save('a', { record: { id: 'a' }, savedAt: 1 });
    drafts.save('b', { record: { id: 'b' }, savedAt: 1 });
    other.save('a', { record: { id: 'a' }, savedAt: 1 });
    localStorage.setItem('unrelated', 'kept');

    drafts.clear('a');
    expect(drafts.load('a')).to.equal(undefined);
    expect(drafts.load('b')).to.not.equal(undefined);

    drafts.clearAll();
    expect(drafts.load('b')).to.equal(undefined);
    expect(other.load('a')).to.not.equal(undefined);
    expect(localStorage.getItem('unrelated')).to.equal('kept');
  });

  it('writes at most once per delay while someone types, at once on flush, and never after cancel', async () => {
    const drafts = new DraftStore(CAT);
    const writer = new DraftWriter(drafts, 50);
    writer.schedule('svc', { record: { id: 'svc', name: 'A' }, savedAt: 1 });
    writer.schedule('svc', { record: { id: 'svc', name: 'AB' }, savedAt: 2 });
    expect(drafts.load('svc')).to.equal(undefined);
    await new Promise((r) => setTimeout(r, 80));
    expect(drafts.load('svc')?.record.name).to.equal('AB');

    writer.schedule('svc', { record: { id: 'svc', name: 'ABC' }, savedAt: 3 });
    writer.flush();
    expect(drafts.load('svc')?.record.name).to.equal('ABC');

    writer.schedule('svc', { record: { id: 'svc', name: 'ABCD' }, savedAt: 4 });
    writer.cancel();
    await new Promise((r) => setTimeout(r, 80));
    expect(drafts.load('svc')?.record.name).to.equal('ABC');
  });
});

describe('token store', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps the token in sessionStorage for a reload, never in localStorage', () => {
    const store = new TokenStore(CAT);
    store.set({ token: 'secret-token', organizationId: 'org-1' });
    expect(JSON.stringify({ ...localStorage })).to.not.contain('secret-token');
    expect(Object.values({ ...sessionStorage }).join()).to.contain('secret-token');
    // A new page load (a new store) finds it again.
    expect(new TokenStore(CAT).get()).to.deep.equal({ token: 'secret-token', organizationId: 'org-1' });
    store.clear();
    expect(new TokenStore(CAT).get()).to.equal(undefined);
  });

  it('forgets an expired token', () => {
    let now = 1000;
    const store = new TokenStore(CAT, { now: () => now });
    store.set({ token: 't', expiresAt: 2000 });
    expect(store.get()?.token).to.equal('t');
    now = 2000;
    expect(store.get()).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);
  });

  it('shares one store per catalogue on the page and tells listeners about changes', () => {
    const a = tokenStoreFor(`${CAT}/`);
    expect(tokenStoreFor(CAT)).to.equal(a);
    let changes = 0;
    a.addEventListener('token-changed', () => changes++);
    a.set({ token: 'x' });
    a.clear();
    expect(changes).to.equal(2);
  });
});
