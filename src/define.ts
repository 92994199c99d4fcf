/**
 * Registering the elements. Importing this module registers nothing; call the
 * functions. Each takes an optional tag name and an optional registry, and none
 * of them ever throws: not when called twice, not when the tag is already taken
 * (for example by another copy or version of oruk-elements on the same page, in
 * which case the element that is already there is kept).
 *
 * ```js
 * import { defineAll } from 'oruk-elements/define';
 * defineAll();
 * // or one element, under a tag of your own:
 * import { defineServiceList } from 'oruk-elements/define';
 * defineServiceList('acme-services');
 * ```
 */
import { define as defineCatalogue } from './catalogue/catalogue.js';
import { define as defineServiceEditor } from './service-editor/service-editor.js';
import { define as defineServiceList } from './service-list/service-list.js';

export { defineCatalogue, defineServiceEditor, defineServiceList };

/**
 * Registers `<oruk-catalogue>`, `<oruk-service-list>` and `<oruk-service-editor>`
 * (with the internal elements the editor uses) under their usual tags.
 */
export function defineAll(registry: CustomElementRegistry = customElements): void {
  defineCatalogue(undefined, registry);
  defineServiceList(undefined, registry);
  defineServiceEditor(undefined, registry);
}
