/**
 * <oruk-service-editor> losing nothing, against the real catalogue: two
 * editors conflict and merge field by field; the catalogue crashes in the
 * middle of a save (its test-only hook holds the PUT before it writes, then
 * the process is killed), the page reloads, the draft is restored and saved
 * once the catalogue is back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { define } from '../../src/service-editor/service-editor.js';
import type { OrukServiceEditor } from '../../src/service-editor/service-editor.component.js';
import {
  button,
  catalogue,
  conflictView,
  editing,
  fetchService,
  fieldValue,
  freshDevice,
  root,
  save,
  serviceIds,
  setField,
  signIn,
  statusText,
  waitFor,
  type CatalogueInfo,
} from '../browser/service-editor/helpers.js';

define();

/** The catalogue plugin's hold: the next PUT waits, without writing, until the process is killed. */
const holdWrites = () => executeServerCommand('catalogue', { action: 'holdWrites' });
/** Resolves with the id of the PUT being held, once the catalogue holds it. */
const heldWrite = () => executeServerCommand('catalogue', { action: 'waitForHeldWrite' }) as Promise<string>;

/** A plain GET: the stored service and its ETag. */
async function stored(api: string, id: string): Promise<{ etag: string | null; json: Record<string, unknown> }> {
  const response = await fetch(`${api}/services/${encodeURIComponent(id)}`, { cache: 'no-store' });
  expect(response.status).to.equal(200);
  return { etag: response.headers.get('ETag'), json: (await response.json()) as Record<string, unknown> };
}

describe('<oruk-service-editor> losing nothing', function () {
  this.timeout(90000);
  let info: CatalogueInfo;
  let ids: string[];
  let stopped = false;

  before(async () => {
    info = await catalogue('reset');
    if (!info?.api) info = await catalogue('info');
    ids = await serviceIds(info.api, info.accounts[0]!.organizationId);
  });
  beforeEach(() => freshDevice(info.api));
  after(async () => {
    // Leave the catalogue running for the other test files, even if a test failed while it was stopped.
    if (stopped) await catalogue('start');
    // And leave it as seeded: other test files count and search the seed data.
    await catalogue('reset');
  });

  it('never overwrites someone else’s save: it shows yours beside theirs, you choose, and it saves against the new ETag', async () => {
    const id = ids[7]!;
    const original = await fetchService(info.api, id);
    const first = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(first, info.accounts[0]!);
    await editing(first);
    // A second editor (another member of staff) opens the same version.
    const second = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await editing(second);
    // The version both editors opened.
    const staleEtag = (await stored(info.api, id)).etag;
    expect(staleEtag).to.be.a('string');

    await setField(first, 'name', 'Renamed by the first editor');
    await save(first);
    expect(statusText(first)).to.match(/^Saved at/);
    const firstSaved = (await stored(info.api, id)).etag;

    await setField(second, 'description', 'Described by the second editor');
    await save(second);
    const view = await waitFor(() => conflictView(second), 'the conflict view');
    await (view as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const fieldsets = [...view.shadowRoot!.querySelectorAll('fieldset')];
    expect(fieldsets.map((f) => f.dataset.field)).to.have.members(['name', 'description']);
    const nameSet = fieldsets.find((f) => f.dataset.field === 'name')!;
    expect(nameSet.textContent).to.contain('Renamed by the first editor');
    expect(nameSet.textContent).to.contain(original.name);
    // The catalogue still holds the first editor's save: nothing was overwritten.
    expect((await fetchService(info.api, id)).name).to.equal('Renamed by the first editor');

    // Keep their name (the suggestion, since the second editor did not touch it) and your description.
    button(view, 'Save with these choices')!.click();
    await waitUntil(() => /^Saved at /.test(statusText(second)), 'the merged save', { timeout: 15000 });
    // Saved against the first editor's version (the stale one would have been refused): a third version.
    const mergedVersion = await stored(info.api, id);
    expect(mergedVersion.etag).to.not.be.oneOf([staleEtag, firstSaved]);
    const merged = await fetchService(info.api, id);
    expect(merged.name).to.equal('Renamed by the first editor');
    expect(merged.description).to.equal('Described by the second editor');
  });

  it('keeps the edits when the catalogue crashes in the middle of a save, restores them after a reload, and saves once it is back', async () => {
    const id = ids[8]!;
    const before = await stored(info.api, id);
    expect(before.etag).to.be.a('string');
    let el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[0]!);
    await setField(el, 'name', 'Warm space (winter hours)');
    await setField(el, 'alert', 'Closed on 26 December');

    // Save; the catalogue takes the PUT, checks it, and is killed before it writes.
    await holdWrites();
    button(el, 'Save changes')!.click();
    expect(await heldWrite()).to.equal(id);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Saving…');
    stopped = true;
    await catalogue('stop');
    await waitUntil(() => statusText(el) !== 'Saving…', 'the interrupted save to fail', { timeout: 15000 });
    expect(statusText(el)).to.equal('Not saved. Your changes are kept on this device.');
    expect(button(el, 'Try again')).to.not.equal(undefined);

    // The page reloads while the catalogue is still down.
    const host = el.parentElement!;
    el.remove();
    el = document.createElement('oruk-service-editor') as OrukServiceEditor;
    el.setAttribute('api', info.api);
    el.setAttribute('service-id', id);
    host.append(el);
    const restore = await waitFor(
      () => button(el, /^Restore your unsaved changes from \d{2}:\d{2}$/),
      'the offer to restore',
      30000,
    );
    expect(root(el).textContent).to.contain('You have unsaved changes');
    restore.click();
    const form = await editing(el);
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(fieldValue(el, 'name')).to.equal('Warm space (winter hours)');

    await catalogue('start');
    stopped = false;
    // The held write never landed, not even in part: the catalogue holds the record as it was.
    const afterCrash = await stored(info.api, id);
    expect(afterCrash.etag).to.equal(before.etag);
    expect(afterCrash.json).to.deep.equal(before.json);

    await save(el);
    expect(statusText(el)).to.match(/^Saved at/);
    const saved = await fetchService(info.api, id);
    expect(saved.name).to.equal('Warm space (winter hours)');
    expect(saved.alert).to.equal('Closed on 26 December');
    // The draft is gone after the save.
    expect(Object.keys({ ...localStorage }).filter((k) => k.startsWith('oruk-draft|'))).to.deep.equal([]);
  });

  it('offers a draft after a reload when the catalogue is up, and Discard throws it away', async () => {
    const id = ids[9]!;
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[0]!);
    await setField(el, 'name', 'Never saved');
    el.remove(); // flushes the draft, like closing the tab

    const again = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    const discard = await waitFor(() => button(again, 'Discard'), 'the offer');
    discard.click();
    const form = await editing(again);
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(fieldValue(again, 'name')).to.not.equal('Never saved');
    expect(Object.keys({ ...localStorage }).filter((k) => k.startsWith('oruk-draft|'))).to.deep.equal([]);
  });
});
