/**
 * English strings of the list's detail view and data-problems panel. They
 * load with the detail view (the list's second chunk), not with the cards.
 */
export const detailEn = {
  alert: 'Important',
  contactHeading: 'Contact',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  whereHeading: 'Where',
  map: 'Map of {place}',
  whenHeading: 'Opening times',
  costHeading: 'Cost',
  whoHeading: 'Who it is for',
  languagesHeading: 'Languages',
  areasHeading: 'Areas served',
  accessibilityHeading: 'Accessibility',
  termsHeading: 'Categories',
  lastChecked: 'Last checked {date}',
  lastUpdated: 'Last updated {date}',
  relatedHeading: 'Other services from {organization}',
  issuesHeading_one: '{count} problem found in the data',
  issuesHeading_other: '{count} problems found in the data',
  issuesIntro: 'The feed had these problems. We repaired or left out what we could not use.',
};

export type DetailStrings = { [K in keyof typeof detailEn]: string } & Record<string, string>;
