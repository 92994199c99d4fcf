/**
 * English strings of <oruk-service-list> for the list itself (cards, search,
 * pages and states); the detail view's are in ./detail-en.ts, loaded with it.
 * Keys are stable; templates use `{name}` placeholders. Plural forms are
 * `key_one`, `key_other` (Welsh also has zero, two, few, many). Welsh is in
 * ./cy.ts, one table for both.
 */
export const listEn = {
  loading: 'Loading services…',
  loadingService: 'Loading this service…',
  empty: 'No services found',
  emptySearch: 'No services found for “{search}”. Try other words, or clear the search.',
  clearSearch: 'Clear the search',
  noSource: 'This list has nothing to show yet: it needs the address of a catalogue (the api attribute).',
  errorHeading: 'We could not load the services',
  errorServiceHeading: 'We could not load this service',
  errorNetwork: 'We could not reach the catalogue. Check your internet connection, then try again.',
  errorDownload: 'This part of the page could not be downloaded. Check your internet connection, then try again.',
  errorTimeout: 'The catalogue took too long to answer. Try again in a moment.',
  errorHttp: 'The catalogue had a problem answering (error {status}). Try again later.',
  errorNotFound: 'We could not find this service. It may have been removed.',
  errorParse: 'The catalogue sent something we could not read. Try again later.',
  errorOther: 'Something went wrong while loading. Try again.',
  tryAgain: 'Try again',
  searchLabel: 'Search services',
  searchButton: 'Search',
  filterLabel: 'Type of service',
  filterAll: 'All types',
  showing_one: 'Showing {from} to {to} of {total} service',
  showing_other: 'Showing {from} to {to} of {total} services',
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: 'Page {page} of {pages}',
  servicesList: 'Services',
  back: 'Back to all services',
  by: 'Run by {organization}',
};

/** Every key of the English strings, plus any extra plural forms a language needs. */
export type ListStrings = { [K in keyof typeof listEn]: string } & Record<string, string>;
