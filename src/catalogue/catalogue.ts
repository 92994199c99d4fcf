/**
 * Registers `<oruk-catalogue>`. Importing this file defines nothing; call
 * `define()`. It never throws: calling it twice, or for a tag that something
 * else has taken, leaves the registry as it was.
 */
import { OrukCatalogue } from './catalogue.component.js';

export { OrukCatalogue };

export function define(tag = 'oruk-catalogue', registry: CustomElementRegistry = customElements): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, OrukCatalogue);
  } catch {
    // The class is already registered under another tag: a subclass may take this one.
    try {
      registry.define(tag, class extends OrukCatalogue {});
    } catch {
      // An invalid tag name: nothing to register.
    }
  }
}
