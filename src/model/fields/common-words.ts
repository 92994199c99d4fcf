/** Words several entities' fields share, written once: the same kind of field has the same name everywhere. */
import type { Label, Words } from './types.js';

export const EMAIL: Label = { en: 'Email address', cy: 'Cyfeiriad e-bost', cyInSentence: 'y cyfeiriad e-bost' };
export const EMAIL_HINT: Words = { en: 'For example, name@example.org', cy: 'Er enghraifft, enw@example.org' };
export const WEBSITE: Label = { en: 'Website', cy: 'Gwefan', cyInSentence: 'y wefan' };
export const START_DATE: Label = { en: 'Start date', cy: 'Dyddiad dechrau', cyInSentence: 'y dyddiad dechrau' };
export const END_DATE: Label = { en: 'End date', cy: 'Dyddiad gorffen', cyInSentence: 'y dyddiad gorffen' };
export const DATE_HINT: Words = { en: 'For example, 2026-03-27', cy: 'Er enghraifft, 2026-03-27' };
