/**
 * The editor's rarely needed parts, each in a chunk of its own: the sign-in
 * form (only when nobody is signed in, never with a `tokenProvider`) and the
 * merge view (only after a clash, 412). A part's code is fetched the first
 * time it is shown, and its element registered in the registry the editor
 * was defined in. A failed fetch is forgotten, so that "Try again" fetches again.
 */
import { lazy } from '../internal/lazy.js';
import type { OrukElement } from '../internal/oruk-element.js';

export const SIGN_IN = 'oruk-editor-sign-in';
export const CONFLICT = 'oruk-editor-conflict';
export type PartTag = typeof SIGN_IN | typeof CONFLICT;

/** The sign-in form's chunk: its element, and the signIn() the editor calls when the form is sent. */
export const signInChunk = lazy(() => import('./session/sign-in-form.component.js'));
const conflictChunk = lazy(() => import('./conflict/conflict-view.component.js'));

const ELEMENTS: Record<PartTag, () => Promise<typeof OrukElement>> = {
  [SIGN_IN]: () => signInChunk.load().then((m) => m.OrukSignInForm),
  [CONFLICT]: () => conflictChunk.load().then((m) => m.OrukConflictView),
};

let registry: CustomElementRegistry | undefined;

/** Where parts are registered (the registry `define()` was given; undefined: the page's). */
export function setPartRegistry(to: CustomElementRegistry | undefined): void {
  registry = to;
}

/** Whether the part's element is registered, so that it renders at once. */
export function partReady(tag: PartTag): boolean {
  return (registry ?? customElements).get(tag) !== undefined;
}

/** Fetches the part's code once (again after a failure) and registers its element. */
export function loadPart(tag: PartTag): Promise<void> {
  return ELEMENTS[tag]().then((element) => element.define(tag, registry));
}
