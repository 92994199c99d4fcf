/**
 * English text of the sign-in form, loaded with the form (a chunk of its own,
 * fetched only when someone has to sign in). The Welsh is in ./cy.ts, which
 * holds every Welsh string of the editor.
 */
export const signInEn = {
  signInHeading: 'Sign in to edit services',
  signInHint: 'Use the email address and password that the catalogue gave you.',
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
  notSavedSignIn: 'Not saved yet. Sign in again to save your changes.',
};

export type SignInStrings = typeof signInEn;
