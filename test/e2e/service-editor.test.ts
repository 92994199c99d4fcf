/**
 * <oruk-service-editor> end to end, against the real reference catalogue
 * (started by test/support/catalogue-plugin.mjs): signing in, saving, the
 * list on the same page, creating, refusals, signing out, keyboard and axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { tokenStoreFor } from '../../src/api/token-store.js';
import { define as defineCatalogue } from '../../src/catalogue/catalogue.js';
import { define } from '../../src/service-editor/service-editor.js';
import type { OrukServiceEditor } from '../../src/service-editor/service-editor.component.js';
import {
  button,
  catalogue,
  deepActive,
  editing,
  fetchService,
  freshDevice,
  root,
  save,
  serviceForm,
  serviceIds,
  setField,
  signIn,
  signInForm,
  signInShown,
  statusText,
  waitFor,
  warnsBeforeLeaving,
  type CatalogueInfo,
} from '../browser/service-editor/helpers.js';

define();
defineCatalogue();

describe('<oruk-service-editor> with the real catalogue', function () {
  this.timeout(60000);
  let info: CatalogueInfo;
  let orgA: string[];
  let orgB: string[];

  before(async () => {
    info = await catalogue('reset');
    if (!info?.api) info = await catalogue('info');
    orgA = await serviceIds(info.api, info.accounts[0]!.organizationId);
    orgB = await serviceIds(info.api, info.accounts[1]!.organizationId);
    expect(orgA.length).to.be.greaterThan(5);
    expect(orgB.length).to.be.greaterThan(0);
  });
  beforeEach(() => freshDevice(info.api));
  // Leave the catalogue as seeded: other test files count and search the seed data.
  after(() => catalogue('reset'));

  it('signs in, saves a change the catalogue then holds, and updates a list on the same page without fetching', async () => {
    const id = orgA[0]!;
    const page = await fixture<HTMLElement>(html`<div>
      <oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>
      <oruk-service-list api=${info.api} organization=${info.accounts[0]!.organizationId}></oruk-service-list>
    </div>`);
    const el = page.querySelector<OrukServiceEditor>('oruk-service-editor')!;
    const list = page.querySelector('oruk-service-list')!;

    await signIn(el, info.accounts[0]!);
    await editing(el);
    // The token is in memory and sessionStorage only, never in the DOM or localStorage.
    const token = tokenStoreFor(info.api).get()!.token;
    expect(token).to.be.a('string');
    expect(JSON.stringify({ ...localStorage })).to.not.contain(token);
    expect(page.outerHTML + root(el).innerHTML).to.not.contain(token);

    const card = await waitFor(
      () => list.shadowRoot?.querySelector(`[data-service-id="${id}"]`),
      'the list to show the service',
    );
    const changes: unknown[] = [];
    el.addEventListener('oruk-change', (e) => changes.push((e as CustomEvent).detail));
    const newName = `Drop-in advice ${Date.now() % 100000}`;
    await setField(el, 'name', newName);
    expect(changes.length).to.be.greaterThan(0);
    expect(warnsBeforeLeaving(), 'a warning before leaving with unsaved changes').to.equal(true);
    expect(statusText(el)).to.equal('You have unsaved changes.');

    performance.clearResourceTimings();
    let saved: Record<string, unknown> | undefined;
    el.addEventListener('oruk-saved', (e) => (saved = (e as CustomEvent).detail));
    await save(el);
    expect(statusText(el)).to.match(/^Saved at \d{2}:\d{2}$/);
    expect(saved?.name).to.equal(newName);
    expect(warnsBeforeLeaving(), 'no warning before leaving once saved').to.equal(false);

    // A plain GET proves the catalogue holds the change.
    const stored = await fetchService(info.api, id);
    expect(stored.name).to.equal(newName);

    // The list shows it at once, without fetching its page again.
    await waitUntil(() => card.isConnected && card.textContent!.includes(newName), 'the list to show the new name', {
      timeout: 15000,
    });
    const listFetches = performance.getEntriesByType('resource').filter((e) => e.name.includes('/services?'));
    expect(listFetches, 'list refetches').to.have.length(0);
  });

  it('keeps fields it does not edit, such as vendor extensions, unchanged on save', async () => {
    const id = orgA[1]!;
    const before = await fetchService(info.api, id);
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[0]!);
    await setField(el, 'description', 'Open to everyone. Free tea and coffee.');
    await save(el);
    expect(statusText(el)).to.match(/^Saved at/);
    const after = await fetchService(info.api, id);
    expect(after.description).to.equal('Open to everyone. Free tea and coffee.');
    for (const key of Object.keys(before)) {
      if (key === 'description' || key === 'last_modified') continue;
      expect(after[key], key).to.deep.equal(before[key]);
    }
  });

  it('saves a night shelter’s overnight session, which the list then shows as closing the next day', async () => {
    let id = '';
    for (const candidate of orgA) {
      if (((await fetchService(info.api, candidate)).schedules as unknown[] | undefined)?.length) {
        id = candidate;
        break;
      }
    }
    expect(id, 'a seeded service with opening times').to.not.equal('');
    const page = await fixture<HTMLElement>(html`<div>
      <oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>
      <oruk-service-list
        no-history
        api=${info.api}
        organization=${info.accounts[0]!.organizationId}
      ></oruk-service-list>
    </div>`);
    const el = page.querySelector<OrukServiceEditor>('oruk-service-editor')!;
    const list = page.querySelector('oruk-service-list')!;
    await signIn(el, info.accounts[0]!);
    const form = await editing(el);
    const closes = await waitFor(
      () => form.shadowRoot?.querySelector<HTMLInputElement>('[data-path="schedules.0.closes_at"]'),
      'closing time',
    );
    const hint = form.shadowRoot!.getElementById(closes.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(hint.textContent).to.contain('If you close after midnight, give the time you close the next morning');

    await setField(el, 'schedules.0.opens_at', '20:00');
    await setField(el, 'schedules.0.closes_at', '08:00');
    await save(el);
    expect(statusText(el)).to.match(/^Saved at/);
    const stored = (await fetchService(info.api, id)).schedules as { opens_at: string; closes_at: string }[];
    expect(stored[0]!.opens_at).to.match(/^20:00/);
    expect(stored[0]!.closes_at).to.match(/^08:00/);

    const link = await waitFor(
      () => list.shadowRoot?.querySelector<HTMLAnchorElement>(`[data-service-id="${id}"] [part="title-link"]`),
      'the service in the list',
    );
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 }));
    const detail = await waitFor(() => list.shadowRoot?.querySelector('[part="detail"]'), 'the detail view');
    await waitUntil(
      () => detail.textContent!.includes('20:00 to 08:00 the next day'),
      'the overnight opening time in the detail view',
      { timeout: 15000 },
    );
  });

  it('creates a new service for the signed-in organisation when there is no service-id', async () => {
    const el = await fixture<OrukServiceEditor>(html`<oruk-service-editor api=${info.api}></oruk-service-editor>`);
    await signIn(el, info.accounts[0]!);
    await editing(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Add a new service');
    await setField(el, 'name', 'Saturday lunch club');
    let saved: Record<string, unknown> | undefined;
    el.addEventListener('oruk-saved', (e) => (saved = (e as CustomEvent).detail));
    await save(el);
    expect(statusText(el)).to.match(/^Saved at/);
    const id = String(saved!.id);
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    const stored = await fetchService(info.api, id);
    expect(stored.name).to.equal('Saturday lunch club');
    expect(stored.organization_id).to.equal(info.accounts[0]!.organizationId);
    // From now on it edits the service it created (PUT, not a second POST).
    expect(el.serviceId).to.equal(id);
    await setField(el, 'name', 'Saturday lunch club for older people');
    await save(el);
    expect((await fetchService(info.api, id)).name).to.equal('Saturday lunch club for older people');
  });

  it('refuses, in plain words, a token from another organisation', async () => {
    const id = orgA[2]!;
    const before = await fetchService(info.api, id);
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[1]!);
    await setField(el, 'name', 'Taken over');
    await save(el);
    expect(statusText(el)).to.equal(
      'Not saved. Your organisation cannot edit this service, because it belongs to another organisation. ' +
        'Your changes are kept on this device.',
    );
    expect((await fetchService(info.api, id)).name).to.equal(before.name);
  });

  it('asks to sign in again when the token is refused (401), then saves with every edit still there', async () => {
    const id = orgA[3]!;
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[0]!);
    await setField(el, 'name', 'Benefits advice (mornings)');
    await setField(el, 'description', 'Ask us about Universal Credit.');
    tokenStoreFor(info.api).set({ token: 'expired-or-revoked' });
    await save(el);
    expect(signInForm(el), 'the sign-in form in place of the form').to.not.equal(null);
    await el.updateComplete;
    expect(signInForm(el)!.shadowRoot!.textContent).to.contain(
      'Your sign-in has ended. Sign in again to save your changes.',
    );
    await signIn(el, info.accounts[0]!);
    await waitUntil(() => /^Saved at /.test(statusText(el)), 'the save after signing in', { timeout: 15000 });
    const stored = await fetchService(info.api, id);
    expect(stored.name).to.equal('Benefits advice (mornings)');
    expect(stored.description).to.equal('Ask us about Universal Credit.');
  });

  it('says the sign-in was wrong without saying which part', async () => {
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${orgA[0]}></oruk-service-editor>`,
    );
    await signIn(el, { ...info.accounts[0]!, password: 'not the password' });
    const form = signInForm(el)!;
    const summary = await waitFor(() => form.shadowRoot?.querySelector('.error-summary'), 'the refusal');
    expect(summary.textContent).to.contain('The email address or password is not right. Check them and try again.');
    expect(tokenStoreFor(info.api).get()).to.equal(undefined);
  });

  it('signs out: forgets the token and deletes the local drafts, after a warning about unsaved changes', async () => {
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${orgA[4]}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[0]!);
    await setField(el, 'name', 'Unsaved on a shared computer');
    await waitUntil(
      () => Object.keys({ ...localStorage }).some((k) => k.startsWith('oruk-draft|')),
      'the draft to be written',
      { timeout: 15000 },
    );

    // A reload warning while there are unsaved changes.
    expect(warnsBeforeLeaving()).to.equal(true);

    button(el, 'Sign out')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('#sign-out-warning')!.textContent).to.contain(
      'Signing out deletes them from this device.',
    );
    button(el, 'Sign out and delete my changes')!.click();
    await el.updateComplete;

    expect(signInForm(el), 'the sign-in form').to.not.equal(null);
    expect(Object.keys({ ...localStorage }).filter((k) => k.startsWith('oruk-draft|'))).to.deep.equal([]);
    expect(Object.keys({ ...sessionStorage }).filter((k) => k.startsWith('oruk-token|'))).to.deep.equal([]);
    expect(tokenStoreFor(info.api).get()).to.equal(undefined);
    expect(warnsBeforeLeaving()).to.equal(false);
  });

  it('can be used with the keyboard alone, and axe finds nothing', async () => {
    const id = orgA[5]!;
    const page = await fixture<HTMLElement>(html`<div>
      <button>Before the editor</button>
      <oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>
    </div>`);
    const el = page.querySelector<OrukServiceEditor>('oruk-service-editor')!;
    await waitFor(() => signInShown(el), 'the sign-in form');
    await expect(el).to.be.accessible();

    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('email');
    await sendKeys({ type: info.accounts[0]!.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: info.accounts[0]!.password });
    await sendKeys({ press: 'Enter' });
    await editing(el);
    await waitUntil(() => deepActive()?.id === 'editor-heading', 'focus on the heading after signing in', {
      timeout: 15000,
    });

    // Tab to the name field and type a new name.
    for (let i = 0; i < 10 && deepActive()?.getAttribute('data-path') !== 'name'; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('data-path')).to.equal('name');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Keyboard café' });
    // Tab on to the Save button and press it.
    for (let i = 0; i < 400 && deepActive()?.textContent?.trim() !== 'Save changes'; i++)
      await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Save changes');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /^Saved at /.test(statusText(el)), 'the save', { timeout: 15000 });
    expect((await fetchService(info.api, id)).name).to.equal('Keyboard café');
    await expect(el).to.be.accessible();
  });

  it('shows the form’s errors and does not save while the service is invalid', async () => {
    const id = orgA[6]!;
    const before = await fetchService(info.api, id);
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${info.api} service-id=${id}></oruk-service-editor>`,
    );
    await signIn(el, info.accounts[0]!);
    await setField(el, 'email', 'not an email');
    await save(el);
    expect(statusText(el)).to.equal('Not saved. Correct the errors shown, then save again.');
    expect(serviceForm(el)!.shadowRoot!.textContent).to.contain('There is a problem');
    expect((await fetchService(info.api, id)).email).to.deep.equal(before.email);
  });
});

describe('<oruk-service-editor> with a read-only feed', () => {
  it('says plainly that the feed is read-only, with no form that cannot be saved, in English and Welsh', async () => {
    const faults = (await executeServerCommand('faults', { action: 'info' })) as { baseUrl: string };
    const api = `${faults.baseUrl}/ok/editor-read-only`;
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor api=${api} service-id="any"></oruk-service-editor>`,
    );
    await waitUntil(() => root(el).textContent!.includes('This catalogue is read-only.'), 'the read-only notice', {
      timeout: 15000,
    });
    await el.updateComplete;
    expect(root(el).textContent).to.contain('This catalogue is read-only.');
    expect(serviceForm(el)).to.equal(null);
    expect(signInForm(el)).to.equal(null);
    expect(root(el).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'cy');
    await waitUntil(
      () => root(el).textContent!.includes('Mae’r catalog hwn yn un darllen yn unig.'),
      'the Welsh notice',
      {
        timeout: 15000,
      },
    );
  });

  it('uses the catalogue of an enclosing <oruk-catalogue> when it has no api of its own', async () => {
    const faults = (await executeServerCommand('faults', { action: 'info' })) as { baseUrl: string };
    const api = `${faults.baseUrl}/ok/editor-in-context`;
    const wrapper = await fixture<HTMLElement>(
      html`<oruk-catalogue api=${api}><oruk-service-editor service-id="any"></oruk-service-editor></oruk-catalogue>`,
    );
    const el = wrapper.querySelector<OrukServiceEditor>('oruk-service-editor')!;
    await waitUntil(
      () => root(el).textContent!.includes('This catalogue is read-only.'),
      'the read-only notice from the provided catalogue',
      { timeout: 15000 },
    );
  });
});
