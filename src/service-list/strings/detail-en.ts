/**
 * English strings of the list's detail view and data-problems panel. They
 * load with the detail view (the list's second chunk), not with the cards.
 * A heading or label that names one field is that field's label in the field
 * registry (src/model/fields/), not a string here.
 */
export const detailEn = {
  contactHeading: 'Contact',
  map: 'Map of {place}',
  whoHeading: 'Who it is for',
  relatedHeading: 'Other services from {organization}',
  issuesHeading_one: '{count} problem found in the data',
  issuesHeading_other: '{count} problems found in the data',
  issuesIntro: 'The feed had these problems. We repaired or left out what we could not use.',
};

export type DetailStrings = { [K in keyof typeof detailEn]: string } & Record<string, string>;
