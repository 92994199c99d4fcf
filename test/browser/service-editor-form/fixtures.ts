/**
 * Service records for the form tests: a valid ORUK 3.0 record with HSDS
 * extension fields and vendor extensions (which the form must keep), and a
 * large one for timing.
 */
import { html } from 'lit';
import { fixture } from '@open-wc/testing';
import { defineServiceForm, type OrukServiceForm } from '../../../src/service-editor/form/index.js';
import type { TaxonomyTermView } from '../../../src/model/view-model.js';

export const SERVICE_ID = '9a0ab8a4-2b48-4d6c-8a0e-4c3d0f3f3a11';
export const LOCATION_ID = '5d2c1c3e-6f43-4bde-9f0b-7a1b2c3d4e51';

export function sampleRecord(): Record<string, unknown> {
  return {
    id: SERVICE_ID,
    name: 'Young Carers Drop-in',
    description: 'Support for young carers aged 11 to 18.',
    status: 'active',
    url: 'https://www.example.org/young-carers',
    email: 'hello@example.org',
    minimum_age: 11,
    maximum_age: 18,
    assured_date: '2026-03-01',
    last_modified: '2026-03-01T10:00:00Z',
    organization: { id: '1d7f6a57-0b6c-4e8f-8d1e-2f0e6b1c9a01', name: 'Example Charity', description: 'A charity.' },
    x_vendor_flag: { keep: ['me', 1] },
    schedules: [
      {
        id: 'c1000000-0000-4000-8000-000000000001',
        service_id: SERVICE_ID,
        freq: 'WEEKLY',
        byday: 'MO,TH',
        opens_at: '10:00',
        closes_at: '16:00',
        x_schedule_note: 'vendor',
      },
      {
        id: 'c1000000-0000-4000-8000-000000000002',
        service_id: SERVICE_ID,
        freq: 'WEEKLY',
        byday: 'SA',
        opens_at: '09:30',
        closes_at: '12:00',
      },
    ],
    service_at_locations: [
      {
        id: 'a1000000-0000-4000-8000-000000000001',
        service_id: SERVICE_ID,
        location_id: LOCATION_ID,
        location: {
          id: LOCATION_ID,
          location_type: 'physical',
          name: 'Community Hall',
          latitude: 51.48,
          longitude: -3.18,
          addresses: [
            {
              id: 'b1000000-0000-4000-8000-000000000001',
              location_id: LOCATION_ID,
              address_1: '1 High Street',
              city: 'Cardiff',
              state_province: 'South Glamorgan',
              postal_code: 'CF10 1AA',
              country: 'GB',
              address_type: 'physical',
            },
          ],
          accessibility: [
            { id: 'd1000000-0000-4000-8000-000000000001', location_id: LOCATION_ID, description: 'Step-free access' },
          ],
        },
      },
    ],
    cost_options: [
      {
        id: 'e1000000-0000-4000-8000-000000000001',
        service_id: SERVICE_ID,
        option: 'Per session',
        amount: 5,
        currency: 'GBP',
      },
    ],
    contacts: [
      {
        id: 'f1000000-0000-4000-8000-000000000001',
        service_id: SERVICE_ID,
        name: 'Sam Jones',
        title: 'Co-ordinator',
        email: 'sam@example.org',
        phones: [
          {
            id: 'f2000000-0000-4000-8000-000000000001',
            contact_id: 'f1000000-0000-4000-8000-000000000001',
            number: '01632 960 001',
          },
        ],
      },
    ],
    phones: [{ id: 'f3000000-0000-4000-8000-000000000001', number: '029 2018 0000', description: 'Main line' }],
    languages: [{ id: 'a9000000-0000-4000-8000-000000000001', service_id: SERVICE_ID, name: 'Welsh', code: 'cy' }],
    service_areas: [
      { id: 'aa000000-0000-4000-8000-000000000001', service_id: SERVICE_ID, name: 'Cardiff', extent_type: 'x' },
    ],
    attributes: [
      { id: 'ab000000-0000-4000-8000-000000000001', link_type: 'service', link_id: SERVICE_ID, x_other: true },
      {
        id: 'ab000000-0000-4000-8000-000000000002',
        link_id: SERVICE_ID,
        link_type: 'service',
        taxonomy_term_id: '7e000000-0000-4000-8000-000000000001',
        taxonomy_term: { id: '7e000000-0000-4000-8000-000000000001', name: 'Carers', description: 'Carers' },
      },
    ],
  };
}

export const TERMS: TaxonomyTermView[] = [
  { id: '7e000000-0000-4000-8000-000000000001', name: 'Carers', taxonomy: 'esdServiceTypes' },
  { id: '7e000000-0000-4000-8000-000000000002', name: 'Mental health', taxonomy: 'esdServiceTypes' },
  { id: '7e000000-0000-4000-8000-000000000003', name: 'Youth clubs' },
];

defineServiceForm();

export async function formFixture(
  record: Record<string, unknown> = sampleRecord(),
  options: { lang?: 'en' | 'cy'; terms?: TaxonomyTermView[] } = {},
): Promise<OrukServiceForm> {
  return fixture<OrukServiceForm>(
    html`<oruk-service-form
      .record=${record}
      .taxonomyTerms=${options.terms ?? TERMS}
      lang=${options.lang ?? 'en'}
    ></oruk-service-form>`,
  );
}

/** The control that edits `path`. */
export function control<T extends HTMLElement = HTMLInputElement>(form: OrukServiceForm, path: string): T {
  const found = form.shadowRoot!.querySelector<T>(`[data-path="${path}"]`);
  if (!found) throw new Error(`no control for ${path}`);
  return found;
}

/** Records every oruk-form-input detail. */
export function recordEdits(form: OrukServiceForm): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  form.addEventListener('oruk-form-input', (event) =>
    seen.push((event as CustomEvent<{ record: Record<string, unknown> }>).detail.record),
  );
  return seen;
}

/** Focuses the control for `path`, selects what is there, and types `text` with the keyboard ('' clears it). */
export async function typeInto(form: OrukServiceForm, path: string, text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  const input = control<HTMLInputElement | HTMLTextAreaElement>(form, path);
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await form.updateComplete;
}

/** Sets a control's value as a picker would (time inputs), firing input. */
export async function pick(form: OrukServiceForm, path: string, value: string): Promise<void> {
  const input = control(form, path);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** The form's shadow root. */
export function root(form: OrukServiceForm): ShadowRoot {
  return form.shadowRoot!;
}
