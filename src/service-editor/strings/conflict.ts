/**
 * English text of the merge view shown after a clash (412), loaded with it in
 * a chunk of its own. The Welsh is in ./cy.ts, which holds every Welsh string
 * of the editor. `field_*` name each top-level field of a service.
 */
export const conflictEn = {
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

export type ConflictStrings = typeof conflictEn;
