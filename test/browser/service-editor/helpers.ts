/**
 * Helpers for the editor's end-to-end tests (test/e2e/service-editor*.test.ts). They look at the
 * editor as a person does (its status line, its buttons, its forms), never at its internal state.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { tokenStoreFor } from '../../../src/api/token-store.js';
import type { OrukServiceEditor } from '../../../src/service-editor/service-editor.component.js';

export interface Account {
  email: string;
  password: string;
  organizationId: string;
  organizationName?: string;
}
export interface CatalogueInfo {
  api: string;
  accounts: Account[];
}

export async function catalogue(action: 'info' | 'stop' | 'start' | 'reset'): Promise<CatalogueInfo> {
  return (await executeServerCommand('catalogue', { action })) as CatalogueInfo;
}

/**
 * Waits with @open-wc's waitUntil until `find` finds something (an element, a button, some text), and
 * returns it; fails with `what` after `timeout` ms.
 */
export async function waitFor<T>(find: () => T, what: string, timeout = 15000): Promise<NonNullable<T>> {
  let found: T | undefined;
  await waitUntil(() => (found = find()), what, { timeout });
  return found as NonNullable<T>;
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Service ids of an organisation, in the catalogue's order. */
export async function serviceIds(api: string, organizationId: string): Promise<string[]> {
  const response = await fetch(`${api}/services?organization_id=${encodeURIComponent(organizationId)}&per_page=50`, {
    cache: 'no-store',
  });
  const page = (await response.json()) as { contents: { id: string }[] };
  return page.contents.map((s) => s.id);
}

/** A plain GET of a service, straight from the catalogue. */
export async function fetchService(api: string, id: string): Promise<Record<string, unknown> & { name: string }> {
  const response = await fetch(`${api}/services/${encodeURIComponent(id)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET service ${id}: ${response.status}`);
  return (await response.json()) as Record<string, unknown> & { name: string };
}

/** Forgets tokens and drafts, as a fresh browser would. */
export function freshDevice(api: string): void {
  tokenStoreFor(api).clear();
  sessionStorage.clear();
  localStorage.clear();
}

export const root = (el: OrukServiceEditor) => el.shadowRoot!;
export const statusText = (el: OrukServiceEditor) =>
  root(el).querySelector('[part="status"]')?.textContent?.trim() ?? '';
export const signInForm = (el: OrukServiceEditor) => root(el).querySelector('oruk-editor-sign-in');
export const serviceForm = (el: OrukServiceEditor) => root(el).querySelector('oruk-service-form');
export const conflictView = (el: OrukServiceEditor) => root(el).querySelector('oruk-editor-conflict');

export function button(host: Element, text: string | RegExp): HTMLButtonElement | undefined {
  const buttons = [...(host.shadowRoot ?? host).querySelectorAll('button')];
  return buttons.find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim()),
  );
}

/** The button that restores a draft kept on this device, while the editor offers one. */
export const restoreButton = (el: OrukServiceEditor) => button(el, /^Restore your unsaved changes from /);

/** The sign-in form, once it shows its email field. */
export const signInShown = (el: OrukServiceEditor) =>
  signInForm(el)?.shadowRoot?.querySelector('#email') ? signInForm(el) : null;

/** The Save (or Create) button under the form. */
const saveButton = (el: OrukServiceEditor) => button(el, /^(Save changes|Create service)$/);

/** What the status line says before a save has an outcome. */
const NO_OUTCOME = ['', 'Saving…', 'You have unsaved changes.'];

/** The value the form shows in the field at `path` (e.g. `name`). */
export function fieldValue(el: OrukServiceEditor, path: string): string | undefined {
  return serviceForm(el)?.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${path}"]`)
    ?.value;
}

/** Whether leaving the page now brings up the browser's "leave this page?" warning (there are unsaved changes). */
export function warnsBeforeLeaving(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

/** Signs in through the sign-in form (by filling it and pressing its button). */
export async function signIn(el: OrukServiceEditor, account: Account): Promise<void> {
  const form = await waitFor(() => signInShown(el), 'the sign-in form');
  form.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = account.email;
  form.shadowRoot!.querySelector<HTMLInputElement>('#password')!.value = account.password;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** Waits until the editor shows the service's form, with no draft waiting to be restored, and returns the form. */
export async function editing(el: OrukServiceEditor): Promise<HTMLElement> {
  return waitFor(() => (restoreButton(el) ? null : (serviceForm(el) as HTMLElement | null)), 'the form');
}

/** Changes a field of the form the way typing does: value, input event, then leaving the field. */
export async function setField(el: OrukServiceEditor, path: string, value: string): Promise<void> {
  const form = await editing(el);
  await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const control = await waitFor(
    () => form.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${path}"]`),
    `the field ${path}`,
  );
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  control.blur();
  await el.updateComplete;
}

/**
 * Presses Save and waits for what the person then sees: the status line saying it saved or why not,
 * or, in place of the Save button, the merge view or the sign-in form. An outcome that reads as the
 * status line did before the press counts only if the line said "Saving…" in between, so press it
 * after an edit (or the first time) when the save cannot get as far as saving.
 */
export async function save(el: OrukServiceEditor): Promise<void> {
  const pressed = await waitFor(() => saveButton(el), 'the save button');
  const before = statusText(el);
  let sawSaving = false;
  const watch = new MutationObserver(() => (sawSaving ||= statusText(el) === 'Saving…'));
  watch.observe(root(el), { subtree: true, childList: true, characterData: true });
  pressed.click();
  try {
    await waitUntil(
      () => {
        const status = statusText(el);
        return !saveButton(el) || (!NO_OUTCOME.includes(status) && (status !== before || sawSaving));
      },
      'the save to finish: saved, not saved, a merge or a sign-in',
      { timeout: 15000 },
    );
  } finally {
    watch.disconnect();
  }
  await el.updateComplete;
}
