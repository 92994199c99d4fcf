/**
 * The editor's local drafts as a reactive controller: the drafts of the catalogue
 * being edited (./draft-store.ts), written at most every 400 ms while someone types,
 * and at once when the page is hidden or the editor leaves the page. Leaving the
 * page with unsaved edits asks the person first (the browser's own warning).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore, DraftWriter, type Draft } from './draft-store.js';

export class DraftController implements ReactiveController {
  readonly #unsaved: () => string | undefined;
  #store: DraftStore | undefined;
  #writer: DraftWriter | undefined;

  /** `unsaved` gives the warning to show before the page is left, or undefined when every edit is saved. */
  constructor(host: ReactiveControllerHost, unsaved: () => string | undefined) {
    this.#unsaved = unsaved;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeunload', this.#onBeforeUnload);
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    removeEventListener('beforeunload', this.#onBeforeUnload);
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** Whether a catalogue's drafts are in use (after `use`). */
  get ready(): boolean {
    return this.#store !== undefined;
  }

  /** Keeps drafts for this catalogue from now on. */
  use(catalogue: string): void {
    this.flush();
    this.#store = new DraftStore(catalogue);
    this.#writer = new DraftWriter(this.#store);
  }

  /** The draft of a service (or of the new service), if this device has one. */
  load(serviceId: string): Draft | undefined {
    return this.#store?.load(serviceId);
  }

  /** Writes the draft soon (at most every 400 ms while someone types). */
  schedule(serviceId: string, draft: Draft): void {
    this.#writer?.schedule(serviceId, draft);
  }

  /** Writes the draft waiting to be written, at once. */
  readonly flush = (): void => this.#writer?.flush();

  /** Forgets the draft waiting to be written (after a save, or a sign-out). */
  cancel(): void {
    this.#writer?.cancel();
  }

  /** Deletes the draft of a service. */
  clear(serviceId: string): void {
    this.#store?.clear(serviceId);
  }

  /** Deletes every draft of this catalogue (sign-out on a shared computer). */
  clearAll(): void {
    this.#store?.clearAll();
  }

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    const warning = this.#unsaved();
    if (warning === undefined) return;
    this.flush();
    event.preventDefault();
    // Older browsers need returnValue set to show the warning.
    event.returnValue = warning;
  };
}
