export type * from './model/view-model.js';
export type { Problem } from './model/problem.js';
export * from './api/index.js';
export * from './catalogue/catalogue.component.js';
export * from './service-list/service-list.component.js';
export * from './service-editor/service-editor.component.js';
export * from './service-editor/form/index.js';
