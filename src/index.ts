export type * from './model/view-model.js';
export type { Problem } from './model/problem.js';
export * from './api/index.js';
export * from './catalogue/catalogue.component.js';
export * from './service-list/service-list.component.js';
export * from './service-editor/service-editor.component.js';
export * from './service-editor/form/index.js';
// Words for the problems the reader records on a view (`service.problems`): a view carries
// keys and params only, so pages that never show them never download the texts.
export {
  formatReaderMessage,
  loadReaderMessages,
  localizeReaderProblem,
  type ReaderLanguage,
} from './model/reader/messages.js';
