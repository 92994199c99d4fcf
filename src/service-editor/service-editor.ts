/**
 * Registers `<oruk-service-editor>` and the elements it uses: the form
 * (`<oruk-service-form>`), the list for its preview (`<oruk-service-list>`),
 * and its internal parts (`<oruk-editor-sign-in>`, `<oruk-editor-conflict>`).
 * Importing this file defines nothing; call `define()`. It never throws:
 * calling it twice, or for a tag that something else has taken, leaves the
 * registry as it was.
 */
import { OrukConflictView } from './conflict/conflict-view.component.js';
import { defineServiceForm } from './form/index.js';
import { OrukServiceEditor } from './service-editor.component.js';
import { OrukSignInForm } from './session/sign-in-form.component.js';
import { define as defineServiceList } from '../service-list/service-list.js';

export { OrukServiceEditor };

function defineOnce(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, element);
  } catch {
    // The class is already registered under another tag: a subclass may take this one.
    try {
      registry.define(tag, class extends (element as typeof HTMLElement) {});
    } catch {
      // An invalid tag name: nothing to register.
    }
  }
}

export function define(tag = 'oruk-service-editor', registry: CustomElementRegistry = customElements): void {
  defineServiceList(undefined, registry);
  defineServiceForm(undefined, registry);
  defineOnce('oruk-editor-sign-in', OrukSignInForm, registry);
  defineOnce('oruk-editor-conflict', OrukConflictView, registry);
  defineOnce(tag, OrukServiceEditor, registry);
}
