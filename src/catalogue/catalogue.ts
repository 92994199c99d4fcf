/**
 * Registers `<oruk-catalogue>`. Importing this file defines nothing; call
 * `define()`, which never throws (see OrukElement.define).
 */
import { OrukCatalogue } from './catalogue.component.js';

export { OrukCatalogue };

/** Registers `<oruk-catalogue>` (or `tag`) in `registry` (default: the page's). */
export function define(tag = 'oruk-catalogue', registry?: CustomElementRegistry): void {
  OrukCatalogue.define(tag, registry);
}
