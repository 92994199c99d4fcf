/**
 * Registers `<oruk-service-list>`. Importing this file defines nothing; call
 * `define()`, which never throws (see OrukElement.define).
 */
import { OrukServiceList } from './service-list.component.js';

export { OrukServiceList };

/** Registers `<oruk-service-list>` (or `tag`) in `registry` (default: the page's). */
export function define(tag = 'oruk-service-list', registry?: CustomElementRegistry): void {
  OrukServiceList.define(tag, registry);
}

declare global {
  interface HTMLElementTagNameMap {
    'oruk-service-list': OrukServiceList;
  }
}
