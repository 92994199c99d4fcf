/** Hand-written view-model services for the packaging tests. */
import type { ServiceView } from '../../../src/model/view-model.js';

export function service(id: string, name: string, summary: string): ServiceView {
  return {
    id,
    name,
    status: 'active',
    summary,
    descriptionHtml: `<p>${summary}</p>`,
    organization: { id: 'org-1', name: 'Harbour Food Bank' },
    contacts: [],
    phones: [{ number: '01632 960123', tel: '+441632960123' }],
    locations: [],
    schedules: [{ freq: 'WEEKLY', days: ['MO', 'TH'], opensAt: '10:00', closesAt: '16:00' }],
    costOptions: [],
    languages: [],
    serviceAreas: [],
    taxonomyTerms: [],
    problems: [],
  };
}

export const services: ServiceView[] = [
  service('4f9a4c55-0d1e-4a8e-9c1f-6f1b9c7c2a01', 'Emergency food parcels', 'Three days of food for people in crisis.'),
  service(
    '4f9a4c55-0d1e-4a8e-9c1f-6f1b9c7c2a02',
    'Debt advice drop-in',
    'Free, confidential help with debts and budgeting.',
  ),
];
