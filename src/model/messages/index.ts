/** Messages a charity worker understands, in English and (lazily loaded) Welsh. */
export { MESSAGE_KEYS, type Lang, type MessageKey, type MessageTable, type EntityName } from './keys.js';
export {
  formatProblem,
  fieldLabel,
  choiceLabel,
  fieldWords,
  loadMessages,
  messagesReady,
  messageFor,
} from './format.js';
export { problemsFromIssues, problem as makeProblem, valueAt, type IssueLike } from './from-issues.js';
export { en as englishMessages } from './en.js';
