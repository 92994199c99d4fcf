/**
 * Turns the compact seed data into ORUK 3.0 records (with the HSDS 3.0
 * extension fields the elements use: phones, language name/code, currency).
 * Ids are stable, derived from the seed keys.
 */
import type { Location, Organization, Schedule, Service, TaxonomyTerm } from '../../src/model/schema/entities.js';
import { stableId } from '../domain/ids.js';
import { scalarFields, type JsonObject } from '../domain/json-shape.js';
import { withServerFields, type ServiceDocument } from '../domain/service-document.js';
import { CARERS } from './data/carers.js';
import { CEREDIGION } from './data/ceredigion.js';
import { FOODBANK } from './data/foodbank.js';
import { TAXONOMIES } from './data/taxonomy.js';
import type { LocationSeed, OrganizationSeed, ServiceSeed } from './data/types.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { YOUTH } from './data/youth.js';

export const ORGANIZATION_SEEDS: OrganizationSeed[] = [FOODBANK, YOUTH, CARERS, CEREDIGION];

const LANGUAGES: Record<string, string> = {
  en: 'English',
  cy: 'Welsh',
  pl: 'Polish',
  ur: 'Urdu',
  ro: 'Romanian',
  pa: 'Punjabi',
};

/** The first seeded service was last changed at this moment; each later one a little after. */
const SEED_EPOCH = Date.parse('2025-01-06T09:00:00.000Z');

export interface BuiltSeed {
  taxonomies: (JsonObject & { id: string; name: string })[];
  terms: (JsonObject & { id: string; name: string })[];
  organizations: { doc: JsonObject & { id: string; name: string }; website: string }[];
  services: ServiceDocument[];
}

const termId = (key: string) => stableId(`taxonomy_term:${key}`);

function website(org: OrganizationSeed): string {
  return `https://www.${org.domain}.example.org.uk`;
}

function organizationId(org: OrganizationSeed): string {
  const account = DEMO_ACCOUNTS.find((a) => a.organization === org.key);
  if (!account) throw new Error(`demo-accounts.json has no account for ${org.key}`);
  return account.organizationId;
}

function buildOrganization(org: OrganizationSeed): Organization {
  const id = organizationId(org);
  return {
    id,
    name: org.name,
    description: org.description,
    email: `hello@${org.domain}.example.org.uk`,
    website: website(org),
    uri: `https://register-of-charities.charitycommission.gov.uk/charity-search/-/charity-details/${org.charityNumber}`,
    organization_identifiers: [
      {
        id: stableId(`organization_identifier:${org.key}`),
        organization_id: id,
        identifier_scheme: 'GB-CHC',
        identifier_type: 'Registered charity number',
        identifier: org.charityNumber,
      },
    ],
  };
}

function buildLocation(org: OrganizationSeed, loc: LocationSeed, phone: string): Location {
  const id = stableId(`location:${org.key}:${loc.key}`);
  return {
    id,
    location_type: 'physical',
    name: loc.name,
    description: loc.description,
    latitude: loc.latitude,
    longitude: loc.longitude,
    addresses: [
      {
        id: stableId(`address:${org.key}:${loc.key}`),
        location_id: id,
        address_1: loc.address1,
        city: loc.city,
        region: loc.nation,
        state_province: loc.county,
        postal_code: loc.postcode,
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: loc.accessibility.map((description, i) => ({
      id: stableId(`accessibility:${org.key}:${loc.key}:${i}`),
      location_id: id,
      description,
    })),
    phones: [{ id: stableId(`location_phone:${org.key}:${loc.key}`), number: phone, description: 'Reception' }],
  };
}

function buildService(
  org: OrganizationSeed,
  s: ServiceSeed,
  index: number,
  terms: Map<string, TaxonomyTerm>,
  numbers: { landline: () => string; mobile: () => string },
  locationPhones: Map<string, string>,
): ServiceDocument {
  const id = stableId(`service:${org.key}:${s.key}`);
  const orgId = organizationId(org);
  const lastModified = new Date(SEED_EPOCH + index * 37 * 3600 * 1000).toISOString();
  const domain = `${org.domain}.example.org.uk`;
  const locations = org.locations.filter((l) => s.locations.includes(l.key));
  if (locations.length !== s.locations.length) throw new Error(`Unknown location in seed service ${s.key}`);
  const doc: Service = {
    id,
    organization_id: orgId,
    name: s.name,
    description: s.description,
    url: `https://www.${domain}${s.path}`,
    email: s.email ?? `hello@${domain}`,
    status: s.status ?? 'active',
  };
  if (s.alert) doc.alert = s.alert;
  if (s.accreditations) doc.accreditations = s.accreditations;
  if (s.minAge !== undefined) doc.minimum_age = s.minAge;
  if (s.maxAge !== undefined) doc.maximum_age = s.maxAge;
  doc.assured_date = lastModified.slice(0, 10);
  doc.assurer_email = DEMO_ACCOUNTS.find((a) => a.organization === org.key)!.email;
  doc.phones = [
    { id: stableId(`service_phone:${org.key}:${s.key}`), number: numbers.landline(), description: 'Main number' },
  ];
  doc.contacts = [
    {
      id: stableId(`contact:${org.key}:${s.key}`),
      service_id: id,
      name: s.contact.name,
      title: s.contact.title,
      email: `${s.contact.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z]+/g, '.')
        .replace(/^\.|\.$/g, '')}@${domain}`,
      phones: [{ id: stableId(`contact_phone:${org.key}:${s.key}`), number: numbers.mobile(), description: 'Mobile' }],
    },
  ];
  doc.schedules = s.opening.map(([byday, opens, closes, description], i) => {
    const schedule: Schedule = {
      id: stableId(`schedule:${org.key}:${s.key}:${i}`),
      service_id: id,
      freq: 'WEEKLY',
      byday,
      opens_at: opens,
      closes_at: closes,
      valid_from: '2025-01-01',
    };
    if (description) schedule.description = description;
    return schedule;
  });
  doc.service_areas = s.areas.map((name, i) => ({
    id: stableId(`service_area:${org.key}:${s.key}:${i}`),
    service_id: id,
    name,
  }));
  doc.service_at_locations = locations.map((loc) => {
    const location = buildLocation(org, loc, locationPhones.get(loc.key)!);
    return {
      id: stableId(`service_at_location:${org.key}:${s.key}:${loc.key}`),
      service_id: id,
      location_id: location.id,
      location,
    };
  });
  doc.languages = s.languages.map((code) => ({
    id: stableId(`language:${org.key}:${s.key}:${code}`),
    service_id: id,
    name: LANGUAGES[code] ?? code,
    code,
  }));
  doc.cost_options = [
    s.cost
      ? {
          id: stableId(`cost_option:${org.key}:${s.key}`),
          service_id: id,
          option: s.cost.option,
          ...(s.cost.amount !== undefined ? { amount: s.cost.amount } : {}),
          amount_description: s.cost.description,
          currency: 'GBP',
        }
      : {
          id: stableId(`cost_option:${org.key}:${s.key}`),
          service_id: id,
          option: 'Free',
          amount: 0,
          amount_description: 'This service is free.',
          currency: 'GBP',
        },
  ];
  doc.attributes = s.terms.map((key) => {
    const term = terms.get(key);
    if (!term) throw new Error(`Unknown taxonomy term ${key} in seed service ${s.key}`);
    return {
      id: stableId(`attribute:${org.key}:${s.key}:${key}`),
      link_id: id,
      link_type: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  });
  return withServerFields(doc, scalarFields(buildOrganization(org)), lastModified);
}

export function buildSeed(): BuiltSeed {
  const taxonomies: BuiltSeed['taxonomies'] = [];
  const termList: BuiltSeed['terms'] = [];
  const terms = new Map<string, TaxonomyTerm>();
  for (const t of TAXONOMIES) {
    const taxonomyId = stableId(`taxonomy:${t.key}`);
    taxonomies.push({
      id: taxonomyId,
      name: t.name,
      description: t.description,
      uri: `https://www.oruk-elements.example.org.uk/taxonomies/${t.key}`,
      version: t.version,
    });
    for (const term of t.terms) {
      const doc: TaxonomyTerm = {
        id: termId(term.key),
        name: term.name,
        description: term.description,
        taxonomy: t.name,
        taxonomy_id: taxonomyId,
        term: term.key,
      };
      if (term.parent) doc.parent_id = termId(term.parent);
      termList.push(doc);
      terms.set(term.key, doc);
    }
  }
  let landline = 100;
  let mobile = 100;
  const numbers = {
    landline: () => `01632 960${String(landline++).padStart(3, '0')}`,
    mobile: () => `07700 900${String(mobile++).padStart(3, '0')}`,
  };
  const services: ServiceDocument[] = [];
  const organizations: BuiltSeed['organizations'] = [];
  let index = 0;
  for (const org of ORGANIZATION_SEEDS) {
    organizations.push({ doc: buildOrganization(org), website: website(org) });
    const locationPhones = new Map(org.locations.map((l) => [l.key, numbers.landline()]));
    for (const s of org.services) services.push(buildService(org, s, index++, terms, numbers, locationPhones));
  }
  return { taxonomies, terms: termList, organizations, services };
}
