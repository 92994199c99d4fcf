/**
 * Realistic, valid ORUK 3.0 service records (the full shape, as GET /services/{id}
 * returns it), generated from a seed. Every record passes both the official
 * schema (Ajv) and the editor's stricter rules (checkService): UK postcodes and
 * phone numbers, real dates, closing after opening.
 */
import { Random } from '../lib/random.js';

type Json = Record<string, unknown>;

export interface TermRef {
  id: string;
  name: string;
  description: string;
  taxonomy_id?: string;
}

export interface RecordOptions {
  /** Organisation to nest and link (the catalogue replaces the nested copy with its own). */
  organization: { id: string; name: string };
  locations?: number;
  schedules?: number;
  /** Taxonomy terms to link through `attributes`. */
  terms?: readonly TermRef[];
}

const TOPICS = [
  'Food bank',
  'Advice drop-in',
  'Carers café',
  'Youth club',
  'Debt advice',
  'Warm space',
  'Lunch club',
  'Walking group',
  'Digital help',
  'Parent and toddler group',
  'Befriending',
  'Benefits advice',
];
const PLACES = [
  'Halifax',
  'Hebden Bridge',
  'Todmorden',
  'Aberystwyth',
  'Cardigan',
  'Plymouth',
  'Tavistock',
  'Leeds',
  'Bradford',
  'Lampeter',
];
const STREETS = [
  'High Street',
  'Market Street',
  'Church Lane',
  'Station Road',
  'Mill Lane',
  'Park Road',
  'Chapel Street',
  'Bridge Street',
];
const POSTCODES = [
  'HX1 1AA',
  'HX7 8AF',
  'OL14 5AB',
  'SY23 2AX',
  'SA43 1JE',
  'PL1 2AA',
  'PL19 0AE',
  'LS1 4DY',
  'BD1 1HY',
  'SA48 7ED',
];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WORDS = (
  'we offer friendly support to anyone who needs it with no referral needed come along and talk to our ' +
  'trained volunteers about food money housing or health in confidence and at no cost to you'
).split(' ');

function sentence(r: Random, min: number, max: number): string {
  const n = r.int(min, max);
  const words = Array.from({ length: n }, () => r.pick(WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function phone(r: Random): Json {
  return { id: r.uuid(), number: `01${r.int(100, 999)} ${r.int(100000, 999999)}`, description: 'Main line' };
}

function time(hour: number, minute = 0): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function schedule(r: Random): Json {
  const opens = r.int(8, 13);
  const days = DAYS.filter(() => r.next() < 0.4);
  return {
    id: r.uuid(),
    valid_from: `2025-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    valid_to: '2027-12-31',
    dtstart: '2025-01-06',
    freq: 'WEEKLY',
    interval: 1,
    byday: (days.length ? days : ['MO']).join(','),
    opens_at: time(opens, r.pick([0, 30])),
    closes_at: time(opens + r.int(2, 6)),
    description: sentence(r, 6, 16),
  };
}

function location(r: Random, index: number): Json {
  const id = r.uuid();
  const place = r.pick(PLACES);
  return {
    id: r.uuid(),
    location_id: id,
    location: {
      id,
      location_type: 'physical',
      name: `${place} Community Hall ${index + 1}`,
      description: sentence(r, 8, 20),
      latitude: 50 + r.next() * 4,
      longitude: -4.5 + r.next() * 3,
      addresses: [
        {
          id: r.uuid(),
          location_id: id,
          address_1: `${r.int(1, 120)} ${r.pick(STREETS)}`,
          city: place,
          region: 'England',
          state_province: 'West Yorkshire',
          postal_code: r.pick(POSTCODES),
          country: 'GB',
          address_type: 'physical',
        },
      ],
      accessibility: [
        { id: r.uuid(), description: 'Step-free access and a hearing loop.', details: sentence(r, 5, 10) },
      ],
      phones: [phone(r)],
    },
  };
}

export function fullRecord(r: Random, index: number, options: RecordOptions): Json {
  const id = r.uuid();
  const locationCount = options.locations ?? r.int(1, 3);
  const scheduleCount = options.schedules ?? r.int(1, 4);
  const locations = Array.from({ length: locationCount }, (_, i) => location(r, i));
  const topic = TOPICS[index % TOPICS.length]!;
  const place = r.pick(PLACES);
  const terms = options.terms ?? [];
  const chosen = terms.length ? [terms[index % terms.length]!, terms[(index * 7 + 3) % terms.length]!] : [];
  const unique = chosen.filter((t, i) => chosen.findIndex((c) => c.id === t.id) === i);
  const minimumAge = r.pick([0, 11, 16, 18]);
  return {
    id,
    organization_id: options.organization.id,
    name: `${topic} in ${place} ${index + 1}`,
    description: `<p>${sentence(r, 20, 60)}</p><p>${sentence(r, 10, 30)}</p>`,
    url: `https://www.example.org.uk/services/${index + 1}`,
    email: `help${index + 1}@example.org.uk`,
    status: r.next() < 0.9 ? 'active' : 'temporarily closed',
    fees: 'Free',
    accreditations: 'Member of the local council for voluntary service',
    minimum_age: minimumAge,
    maximum_age: minimumAge + r.int(20, 100),
    assured_date: '2026-02-01',
    assurer_email: 'checks@example.org.uk',
    alert: r.next() < 0.2 ? 'Closed on bank holidays.' : '',
    phones: [phone(r)],
    schedules: Array.from({ length: scheduleCount }, () => schedule(r)),
    service_areas: [{ id: r.uuid(), name: place, extent_type: 'geojson' }],
    service_at_locations: locations,
    languages: [
      { id: r.uuid(), name: 'English', code: 'en' },
      ...(r.next() < 0.3 ? [{ id: r.uuid(), name: 'Welsh', code: 'cy' }] : []),
    ],
    organization: { id: options.organization.id, name: options.organization.name, description: 'A local charity.' },
    funding: [{ id: r.uuid(), source: 'Grants from local funders and donations.' }],
    cost_options: [
      { id: r.uuid(), option: 'Everyone', amount: 0, amount_description: 'Free of charge', currency: 'GBP' },
    ],
    contacts: [
      {
        id: r.uuid(),
        name: 'Sam Jones',
        title: 'Volunteer coordinator',
        email: `sam${index + 1}@example.org.uk`,
        phones: [phone(r)],
      },
    ],
    attributes: unique.map((t) => ({
      id: r.uuid(),
      taxonomy_term_id: t.id,
      link_type: 'service',
      taxonomy_term: {
        id: t.id,
        name: t.name,
        description: t.description,
        ...(t.taxonomy_id ? { taxonomy_id: t.taxonomy_id } : {}),
      },
    })),
    last_modified: '2026-03-01T09:00:00.000Z',
  };
}

/** `count` records from one seed. */
export function fullRecords(seed: number, count: number, options: RecordOptions): Json[] {
  const r = new Random(seed);
  return Array.from({ length: count }, (_, i) => fullRecord(r, i, options));
}

/** One large service: 50 locations and 100 schedules by default. */
export function largeRecord(seed: number, options: RecordOptions): Json {
  return fullRecord(new Random(seed), 0, { locations: 50, schedules: 100, ...options });
}
