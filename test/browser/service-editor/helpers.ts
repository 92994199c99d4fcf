/** Helpers for the editor's end-to-end tests (test/e2e/service-editor*.test.ts). */
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

/** Waits until `check` returns something truthy; fails with `what` after `ms`. */
export async function until<T>(check: () => T, what: string, ms = 15000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
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

/** Signs in through the sign-in form (by filling it and pressing its button). */
export async function signIn(el: OrukServiceEditor, account: Account): Promise<void> {
  const form = await until(
    () => (el.phase === 'sign-in' && signInForm(el)?.shadowRoot?.querySelector('#email') ? signInForm(el) : null),
    'the sign-in form',
  );
  form.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = account.email;
  form.shadowRoot!.querySelector<HTMLInputElement>('#password')!.value = account.password;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

export async function editing(el: OrukServiceEditor): Promise<HTMLElement> {
  return until(
    () => (el.phase === 'editing' && !el.draftOffer ? (serviceForm(el) as HTMLElement | null) : null),
    'the form',
  );
}

/** Changes a field of the form the way typing does: value, input event, then leaving the field. */
export async function setField(el: OrukServiceEditor, path: string, value: string): Promise<void> {
  const form = await editing(el);
  await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const control = await until(
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

/** Presses Save and waits for the outcome: saved, failed, a conflict to merge, or a sign-in. */
export async function save(el: OrukServiceEditor): Promise<void> {
  const saveButton = await until(() => button(el, /^(Save changes|Create service)$/), 'the save button');
  const before = el.saveState;
  saveButton.click();
  await until(
    () =>
      (el.saveState !== before && el.saveState.kind !== 'saving' && el.saveState.kind !== 'idle') ||
      el.conflict ||
      el.phase === 'sign-in',
    'the save to finish',
  );
  await el.updateComplete;
}
