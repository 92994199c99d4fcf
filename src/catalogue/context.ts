/**
 * The context `<oruk-catalogue>` provides, the shared `{client, store}` for its
 * `api`, spoken in the web components community's context protocol
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md),
 * the same events @lit/context uses:
 *
 * - an element that wants the catalogue dispatches a `context-request` event
 *   (bubbling, composed) with `context`, `contextTarget`, `callback` and
 *   `subscribe`; the nearest provider stops it and calls `callback(value, unsubscribe)`,
 *   and calls it again whenever the value changes;
 * - a provider that connects dispatches `context-provider`; a provider above it
 *   then asks its subscribers to request again, so those inside the new one move to it.
 *
 * These few lines replace @lit/context in the list's first download. The key is a
 * registered symbol, so two copies of this package on one page (or one built
 * with @lit/context) still find each other.
 */
import type { Catalogue } from '../api/catalogue-registry.js';

export type { Catalogue };

export const catalogueContext = Symbol.for('oruk-elements.catalogue-context');

export type ContextCallback = (value: Catalogue | undefined, unsubscribe?: () => void) => void;

interface ContextEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: ContextCallback;
  subscribe?: boolean;
}

function contextEvent(type: 'context-request' | 'context-provider', target: Element, fields: Partial<ContextEvent> = {}): Event {
  return Object.assign(new Event(type, { bubbles: true, composed: true }), { context: catalogueContext, contextTarget: target, ...fields });
}

/** Asks the nearest provider above `target` for the catalogue, and to tell `callback` of every change. */
export function requestCatalogue(target: Element, callback: ContextCallback): void {
  target.dispatchEvent(contextEvent('context-request', target, { callback, subscribe: true }));
}

/** Which element an event is about: its `contextTarget`, or where it started. */
function targetOf(event: ContextEvent): Element {
  return event.contextTarget ?? (event.composedPath()[0] as Element);
}

export class CatalogueProvider {
  readonly #host: HTMLElement;
  #value: Catalogue | undefined;
  /** Each subscriber's callback, the element it asked for, and its one way to unsubscribe. */
  readonly #subscribers = new Map<ContextCallback, { target: Element; unsubscribe: () => void }>();

  constructor(host: HTMLElement) {
    this.#host = host;
    host.addEventListener('context-request', this.#onRequest);
    host.addEventListener('context-provider', this.#onProvider);
  }

  get value(): Catalogue | undefined {
    return this.#value;
  }

  /** Changes the value and tells every subscriber. */
  setValue(value: Catalogue | undefined): void {
    if (value === this.#value) return;
    this.#value = value;
    for (const [callback, { unsubscribe }] of this.#subscribers) callback(value, unsubscribe);
  }

  /** Tells providers above this one that it is here (call when the host connects). */
  announce(): void {
    this.#host.dispatchEvent(contextEvent('context-provider', this.#host));
  }

  readonly #onRequest = (event: Event): void => {
    const request = event as ContextEvent;
    const target = targetOf(request);
    if (request.context !== catalogueContext || target === this.#host) return;
    event.stopPropagation();
    if (!request.subscribe) {
      request.callback(this.#value);
      return;
    }
    let subscriber = this.#subscribers.get(request.callback);
    if (!subscriber) {
      subscriber = { target, unsubscribe: () => this.#subscribers.delete(request.callback) };
      this.#subscribers.set(request.callback, subscriber);
    }
    request.callback(this.#value, subscriber.unsubscribe);
  };

  readonly #onProvider = (event: Event): void => {
    const announced = event as ContextEvent;
    if (announced.context !== catalogueContext || targetOf(announced) === this.#host) return;
    event.stopPropagation();
    for (const [callback, { target }] of [...this.#subscribers]) requestCatalogue(target, callback);
  };
}
