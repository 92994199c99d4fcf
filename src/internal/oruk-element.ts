/**
 * The base of every oruk element: registering it (`define`) and telling the page
 * what happened (`emit`) are written here once. Concerns an element shares with
 * others (its language, the catalogue it reads, its URL state) are reactive
 * controllers beside this file, not methods here.
 */
import { LitElement } from 'lit';

/** The names of the events our elements dispatch: each element's module declares its own in HTMLElementEventMap. */
export type OrukEventName = Extract<keyof HTMLElementEventMap, `oruk-${string}`>;

/** The `detail` an event of that name carries. */
export type OrukEventDetail<K extends OrukEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export class OrukElement extends LitElement {
  /**
   * Registers this element class under `tag` in `registry` (default: the page's). It never
   * throws: a tag that is already taken (by this class, another copy of oruk-elements, or
   * anything else) is left as it is, a class already registered under another tag is
   * registered again as a subclass, and an invalid tag name registers nothing. So calling
   * it twice, or loading two versions of the package on one page, is safe.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch {
      // The class is already registered under another tag: a subclass may take this one.
      try {
        registry.define(tag, class extends this {});
      } catch {
        // An invalid tag name: nothing to register.
      }
    }
  }

  /**
   * Dispatches `name` with `detail` as a bubbling, composed CustomEvent, so that the page
   * hears it from outside every shadow root.
   */
  emit<K extends OrukEventName>(name: K, detail: OrukEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
