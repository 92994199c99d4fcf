/**
 * The public list on its own, for pages that never edit: `<oruk-service-list>` and
 * `<oruk-catalogue>`, their classes and define functions. Importing this module
 * registers nothing. Nothing here pulls in the editor, its form or zod.
 */
export * from './service-list/service-list.component.js';
export * from './catalogue/catalogue.component.js';
export { define as defineServiceList } from './service-list/service-list.js';
export { define as defineCatalogue } from './catalogue/catalogue.js';
export type * from './model/view-model.js';
export type { Problem } from './model/problem.js';
