/**
 * The staff editor: `<oruk-service-editor>` (which uses `<oruk-service-form>` and,
 * for its preview, `<oruk-service-list>`), its class and define function.
 * Importing this module registers nothing: call `defineServiceEditor()`, which
 * also registers the elements the editor uses.
 */
export * from './service-editor/service-editor.component.js';
export { define as defineServiceEditor } from './service-editor/service-editor.js';
export type * from './model/view-model.js';
export type { Problem } from './model/problem.js';
