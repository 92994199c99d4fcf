/** The organisation that runs services, and its identifiers (charity number, company number). */
import { EMAIL, WEBSITE } from './common-words.js';
import { entity } from './types.js';

export const organization = entity({
  noun: { en: 'organisation', cy: 'y sefydliad' },
  fields: {
    id: { type: 'uuid', required: true },
    name: {
      type: 'string',
      required: true,
      label: { en: 'Organisation name', cy: 'Enw’r sefydliad', cyInSentence: 'enw’r sefydliad' },
      detail: 'title',
      translatable: true,
    },
    description: {
      type: 'string',
      required: true,
      label: {
        en: 'Description of the organisation',
        cy: 'Disgrifiad o’r sefydliad',
        cyInSentence: 'y disgrifiad o’r sefydliad',
      },
      translatable: true,
    },
    email: {
      type: 'email',
      label: EMAIL,
    },
    website: {
      type: 'uri',
      label: WEBSITE,
      aliases: ['url'],
    },
    logo: { type: 'string', label: { en: 'Logo', cy: 'Logo', cyInSentence: 'y logo' } },
    uri: {
      type: 'uri',
      label: { en: 'Organisation URI', cy: 'URI y sefydliad', cyInSentence: 'URI y sefydliad', enInSentence: 'URI' },
    },
    parent_organization_id: {
      type: 'uuid',
      label: { en: 'Parent organisation ID', cy: 'ID y sefydliad rhiant', cyInSentence: 'ID y sefydliad rhiant' },
    },
    organization_identifiers: {
      type: { list: 'organization_identifier' },
      label: {
        en: 'Organisation identifiers',
        cy: 'Dynodyddion y sefydliad',
        cyInSentence: 'dynodyddion y sefydliad',
      },
    },
    attributes: { type: { list: 'attribute' } },
  },
});

export const organizationIdentifier = entity({
  noun: { en: 'organisation identifier', cy: 'dynodydd y sefydliad' },
  fields: {
    id: { type: 'uuid', required: true },
    organization_id: { type: 'uuid' },
    identifier_scheme: {
      type: 'string',
      label: { en: 'Identifier scheme', cy: 'Cynllun dynodydd', cyInSentence: 'y cynllun dynodydd' },
    },
    identifier_type: {
      type: 'string',
      required: true,
      label: { en: 'Identifier type', cy: 'Math o ddynodydd', cyInSentence: 'y math o ddynodydd' },
    },
    identifier: {
      type: 'string',
      required: true,
      label: { en: 'Identifier', cy: 'Dynodydd', cyInSentence: 'y dynodydd' },
    },
    attributes: { type: { list: 'attribute' } },
  },
});
