/**
 * Registers `<oruk-service-editor>` and the elements it uses: the form
 * (`<oruk-service-form>`), the list for its preview (`<oruk-service-list>`),
 * and its internal parts (`<oruk-editor-sign-in>`, `<oruk-editor-conflict>`).
 * Importing this file defines nothing; call `define()`. It never throws:
 * calling it twice, or for a tag that something else has taken, leaves the
 * registry as it was.
 */
import { defineOnce } from './define-once.js';
import { OrukConflictView } from './conflict/conflict-view.component.js';
import { defineServiceForm } from './form/index.js';
import { OrukServiceEditor } from './service-editor.component.js';
import { OrukSignInForm } from './session/sign-in-form.component.js';
import { define as defineServiceList } from '../service-list/service-list.js';

export { OrukServiceEditor };

export function define(tag = 'oruk-service-editor', registry: CustomElementRegistry = customElements): void {
  defineServiceList(undefined, registry);
  defineServiceForm(undefined, registry);
  defineOnce('oruk-editor-sign-in', OrukSignInForm, registry);
  defineOnce('oruk-editor-conflict', OrukConflictView, registry);
  defineOnce(tag, OrukServiceEditor, registry);
}
