/**
 * Registers `<oruk-service-editor>` and the elements it uses: the form
 * (`<oruk-service-form>`) and the list for its preview (`<oruk-service-list>`).
 * Its rarely needed parts (`<oruk-editor-sign-in>`, `<oruk-editor-conflict>`)
 * are registered in the same registry when first shown (./lazy-parts.ts).
 * Importing this file defines nothing; call `define()`. It never throws:
 * calling it twice, or for a tag that something else has taken, leaves the
 * registry as it was.
 */
import { defineServiceForm } from './form/index.js';
import { setPartRegistry } from './lazy-parts.js';
import { OrukServiceEditor } from './service-editor.component.js';
import { define as defineServiceList } from '../service-list/service-list.js';

export { OrukServiceEditor };

/** Registers `<oruk-service-editor>` (or `tag`) and the elements it uses in `registry` (default: the page's). */
export function define(tag = 'oruk-service-editor', registry?: CustomElementRegistry): void {
  defineServiceList(undefined, registry);
  defineServiceForm(undefined, registry);
  setPartRegistry(registry);
  OrukServiceEditor.define(tag, registry);
}
