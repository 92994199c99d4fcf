/**
 * English text of the editor: the shell (loading, saving, drafts, signing
 * out), then the service form. One table, so words used in both are written
 * once. The sign-in form and the merge view, each in a chunk of its own, bring
 * their English with them (./sign-in.ts, ./conflict.ts). Every key of all three
 * has a Welsh translation in ./cy.ts. `{name}` marks a parameter
 * filled in by `fill()`. The words of fields (labels, hints, choices, Add
 * buttons, item names) come from the field registry (src/model/fields/,
 * `fieldWords`), and problems with fields from the model's messages, not from here.
 */
import type { ConflictStrings } from './conflict.js';
import type { SignInStrings } from './sign-in.js';

export const en = {
  loading: 'Loading the service…',
  noApi: 'This editor has no catalogue to work with. Set its api attribute to the catalogue’s address.',
  loadFailed: 'The service could not be loaded from the catalogue.',
  notFound: 'This service is not in the catalogue. It may have been removed.',
  tryAgain: 'Try again',
  loadingPart: 'Loading…',
  partFailed: 'This part of the editor could not be loaded. Check your connection, then try again.',
  readOnly:
    'This catalogue is read-only. ' +
    'It does not accept changes from this page, so this service cannot be edited here. ' +
    'Ask the catalogue’s owner how to update it.',

  email: 'Email address',
  providerFailed:
    'This website could not sign you in to the catalogue. Reload the page, or ask the website’s owner for help.',

  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',

  signedIn: 'Signed in to the catalogue',
  signOut: 'Sign out',
  signOutWarning: 'You have changes that are not saved. Signing out deletes them from this device.',
  signOutAnyway: 'Sign out and delete my changes',
  cancel: 'Cancel',
  signedOut: 'You have signed out.',

  offline:
    'The catalogue cannot be reached at the moment. Your unsaved changes are safe on this device: ' +
    'restore them, and save when the catalogue is back.',

  draftHeading: 'You have unsaved changes',
  draftBody: 'Changes you made on this device on {date} were not saved.',
  draftBodyToday: 'Changes you made on this device at {time} were not saved.',
  restoreDraft: 'Restore your unsaved changes from {time}',
  discardDraft: 'Discard',
  draftRestored: 'Your unsaved changes are restored. Save them to update the catalogue.',
  draftDiscarded: 'Your unsaved changes were discarded.',

  editHeading: 'Edit {name}',
  newHeading: 'Add a new service',
  save: 'Save changes',
  create: 'Create service',
  saving: 'Saving…',
  savedAt: 'Saved at {time}',
  unsaved: 'You have unsaved changes.',
  notSavedInvalid: 'Not saved. Correct the errors shown, then save again.',
  notSavedServerInvalid:
    'Not saved. The catalogue found problems with this service. Correct the errors shown, then save again.',
  notSavedOffline: 'Not saved. Your changes are kept on this device.',
  notSavedForbidden:
    'Not saved. Your organisation cannot edit this service, because it belongs to another organisation. ' +
    'Your changes are kept on this device.',
  notSavedExists: 'Not saved. A service with this id already exists in the catalogue.',
  notSavedOther: 'Not saved. The catalogue did not accept the change. Your changes are kept on this device.',
  leaveWarning: 'You have unsaved changes. If you leave, they stay on this device as a draft.',

  conflictNone: 'The other changes do not clash with yours. Saving again…',

  // ---- the service form

  optional: '(optional)',
  formLabel: 'Service details',

  filterTerms: 'Filter categories',
  noTerms: 'The catalogue has no categories to choose from.',
  noMatchingTerms: 'No categories match your filter.',

  remove: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',

  preview: 'Preview',
  previewHint: 'How the service will look on your website',

  itemLabel: (noun: string, n: number) => `${noun} ${n}`,
  added: (item: string) => `${item} added`,
  removed: (item: string) => `${item} removed`,
  moved: (noun: string, position: number, total: number) => `${noun} moved to position ${position} of ${total}`,
};

/** The shape every language table must have: the same keys, strings or same-signature functions. */
export type EditorStrings = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};
export type EditorStringKey = keyof typeof en;
/** Every string of the editor with its parts: the shape of the Welsh table. */
export type AllStrings = EditorStrings & SignInStrings & ConflictStrings;
/** The keys of plain text (not the functions that compose announcements). */
export type TextKey = { [K in EditorStringKey]: EditorStrings[K] extends string ? K : never }[EditorStringKey];
