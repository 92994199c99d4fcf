/**
 * Registers `<oruk-service-list>`. Importing this file defines nothing; call
 * `define()`. It never throws: calling it twice, or for a tag that something
 * else has taken, leaves the registry as it was.
 */
import { OrukServiceList } from './service-list.component.js';

export { OrukServiceList };

export function define(tag = 'oruk-service-list', registry: CustomElementRegistry = customElements): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, OrukServiceList);
  } catch {
    // The class is already registered under another tag: a subclass can take this one.
    try {
      registry.define(tag, class extends OrukServiceList {});
    } catch {
      // An invalid tag name: nothing to register.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oruk-service-list': OrukServiceList;
  }
}
