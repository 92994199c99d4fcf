/** Hand-written view-model services for the list's tests. */
import type { ServiceView } from '../../../src/model/view-model.js';

export const ORG = { id: 'org-riverside', name: 'Riverside Community Trust', website: 'https://riverside.example.org' };

export function makeService(overrides: Partial<ServiceView> = {}): ServiceView {
  return {
    id: 'svc-1',
    name: 'Junior swimming club',
    status: 'active',
    summary: 'Weekly swimming lessons for young people.',
    organization: ORG,
    contacts: [],
    phones: [],
    locations: [],
    schedules: [],
    costOptions: [],
    languages: [],
    serviceAreas: [],
    taxonomyTerms: [],
    problems: [],
    ...overrides,
  };
}

/** A complete service, with something in every part of the detail view. */
export const FULL: ServiceView = makeService({
  id: 'svc-full',
  name: 'Youth drop-in',
  status: 'temporarily closed',
  descriptionHtml: '<p>A safe place for <strong>young people</strong>.</p><ul><li>Games</li><li>Advice</li></ul>',
  summary: 'A safe place for young people. Games Advice',
  url: 'https://riverside.example.org/youth',
  email: 'youth@riverside.example.org',
  alert: 'Closed over Easter.',
  minimumAge: 11,
  maximumAge: 18,
  assuredDate: '2026-03-03',
  lastModified: '2026-03-04T10:00:00Z',
  phones: [{ number: '01234 567890', tel: '+441234567890' }],
  contacts: [
    {
      name: 'Sam Jones',
      title: 'Youth worker',
      email: 'sam@riverside.example.org',
      phones: [{ number: 'Ask at reception' }],
    },
  ],
  locations: [
    {
      id: 'loc-1',
      name: 'Riverside Hall',
      latitude: 51.4816,
      longitude: -3.1791,
      addresses: [{ address1: '1 River Street', city: 'Cardiff', postalCode: 'CF10 1AA' }],
      accessibility: ['Step-free entrance', 'Hearing loop'],
      phones: [],
    },
  ],
  schedules: [{ days: ['MO', 'TH'], opensAt: '10:00', closesAt: '16:00' }],
  costOptions: [{ amount: 5, currency: 'GBP', description: 'per session' }],
  languages: [
    { name: 'English', code: 'en' },
    { name: 'Welsh', code: 'cy' },
  ],
  serviceAreas: [{ name: 'Cardiff' }],
  taxonomyTerms: [{ id: 'term-youth', name: 'Youth clubs' }],
});

/** `count` services named "Service 1" … with terms alternating between two categories. */
export function manyServices(count: number, org = ORG): ServiceView[] {
  return Array.from({ length: count }, (_, i) =>
    makeService({
      id: `svc-${i + 1}`,
      name: `Service ${i + 1}`,
      summary: i % 7 === 0 ? 'Help with food and cooking.' : 'Support and advice.',
      organization: org,
      taxonomyTerms: [i % 2 === 0 ? { id: 'term-sport', name: 'Sport' } : { id: 'term-art', name: 'Arts and crafts' }],
    }),
  );
}

/** A service whose feed left its status out: the reader noted one problem (for show-issues). */
export function messyService(): ServiceView {
  return makeService({
    id: 'svc-messy',
    name: 'Messy service',
    problems: [{ path: 'status', key: 'reader.status.missing', params: { field: 'status' } }],
  });
}
