/**
 * English text of the editor shell (sign-in, saving, drafts, conflicts).
 * The form's own strings live in ../form/strings/. Every key has a Welsh
 * translation in ./cy.ts. `{name}` marks a parameter filled in by `fill()`.
 */
export const en = {
  loading: 'Loading the service…',
  noApi: 'This editor has no catalogue to work with. Set its api attribute to the catalogue’s address.',
  loadFailed: 'The service could not be loaded from the catalogue.',
  notFound: 'This service is not in the catalogue. It may have been removed.',
  tryAgain: 'Try again',
  readOnly:
    'This catalogue is read-only. It does not accept changes from this page, so this service cannot be edited here. Ask the catalogue’s owner how to update it.',

  signInHeading: 'Sign in to edit services',
  signInHint: 'Use the email address and password that the catalogue gave you.',
  email: 'Email address',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  emailMissing: 'Enter your email address',
  passwordMissing: 'Enter your password',
  badCredentials: 'The email address or password is not right. Check them and try again.',
  tooManyAttempts: 'You have tried to sign in too many times. Wait {minutes} minutes, then try again.',
  signInUnreachable: 'The catalogue could not be reached. Check your connection, then try again.',
  signInFailed: 'Signing in did not work. Try again later.',
  sessionEnded: 'Your sign-in has ended. Sign in again to save your changes. Your changes are still here.',
  providerFailed: 'This website could not sign you in to the catalogue. Reload the page, or ask the website’s owner for help.',

  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',

  signedIn: 'Signed in to the catalogue',
  signOut: 'Sign out',
  signOutWarning: 'You have changes that are not saved. Signing out deletes them from this device.',
  signOutAnyway: 'Sign out and delete my changes',
  cancel: 'Cancel',
  signedOut: 'You have signed out.',

  offline:
    'The catalogue cannot be reached at the moment. Your unsaved changes are safe on this device: restore them, and save when the catalogue is back.',

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
  notSavedServerInvalid: 'Not saved. The catalogue found problems with this service. Correct the errors shown, then save again.',
  notSavedOffline: 'Not saved. Your changes are kept on this device.',
  notSavedForbidden:
    'Not saved. Your organisation cannot edit this service, because it belongs to another organisation. Your changes are kept on this device.',
  notSavedExists: 'Not saved. A service with this id already exists in the catalogue.',
  notSavedOther: 'Not saved. The catalogue did not accept the change. Your changes are kept on this device.',
  notSavedSignIn: 'Not saved yet. Sign in again to save your changes.',
  leaveWarning: 'You have unsaved changes. If you leave, they stay on this device as a draft.',

  conflictHeading: 'Someone else changed this service',
  conflictIntro:
    'Someone saved changes to this service after you started editing. For each field below, choose which version to keep, then save.',
  yours: 'Your version',
  theirs: 'Saved by someone else',
  keepYours: 'Keep yours',
  useTheirs: 'Use theirs',
  saveChoices: 'Save with these choices',
  empty: '(empty)',
  moreItems: 'and {count} more',
  conflictNone: 'The other changes do not clash with yours. Saving again…',

  field_name: 'Name',
  field_description: 'Description',
  field_status: 'Status',
  field_url: 'Website',
  field_email: 'Email address',
  field_alert: 'Alert',
  field_assured_date: 'Date last checked',
  field_assurer_email: 'Checked by (email)',
  field_minimum_age: 'Minimum age',
  field_maximum_age: 'Maximum age',
  field_fees: 'Fees',
  field_accreditations: 'Accreditations',
  field_cost_options: 'Costs',
  field_schedules: 'Opening times',
  field_service_at_locations: 'Locations',
  field_contacts: 'Contacts',
  field_phones: 'Phone numbers',
  field_languages: 'Languages',
  field_service_areas: 'Service areas',
  field_attributes: 'Categories',
  field_funding: 'Funding',
  field_organization_id: 'Organisation',
  field_organization: 'Organisation details',
};

export type EditorStrings = { readonly [K in keyof typeof en]: string };
export type EditorStringKey = keyof typeof en;
