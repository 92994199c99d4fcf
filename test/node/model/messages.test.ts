/**
 * Messages a charity worker understands: keyed, in English and Welsh, naming
 * the field. Welsh is a separate module loaded on demand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import {
  checkService,
  englishMessages,
  fieldLabel,
  formatProblem,
  loadMessages,
  MESSAGE_KEYS,
  messagesReady,
  problemsFromIssues,
  serviceSchema,
} from '../../../src/model/strict.js';
import type { Problem } from '../../../src/model/problem.js';
import { cy } from '../../../src/model/messages/cy.js';

test('the exact English of the key messages', () => {
  const messages = englishMessages.messages;
  assert.equal(messages['format.email'], 'Enter an email address in the correct format, like name@example.org');
  assert.equal(messages['format.uri'], 'Enter a web address in the correct format, like https://www.example.org');
  assert.equal(messages.date, 'Enter a real date, like 2026-03-27');
  assert.equal(messages.time, 'Enter a time in the 24-hour format, like 09:30');
  assert.equal(messages.postcode, 'Enter a real UK postcode, like SW1A 1AA');
  assert.equal(messages.phone, 'Enter a UK phone number, like 01632 960 001 or 07700 900 982');
});

test('every English message, field label and enum label has a Welsh translation', () => {
  assert.deepEqual(Object.keys(cy.messages).sort(), [...MESSAGE_KEYS].sort());
  // English leaves out labels that are just the field's name; Welsh translates those too.
  assert.deepEqual(
    Object.keys(englishMessages.fields).filter((key) => !(key in cy.fields)),
    [],
  );
  assert.deepEqual(Object.keys(cy.enums).sort(), Object.keys(englishMessages.enums).sort());
  assert.deepEqual(Object.keys(cy.entities).sort(), Object.keys(englishMessages.entities).sort());
  for (const key of MESSAGE_KEYS) {
    assert.notEqual(cy.messages[key], englishMessages.messages[key], `${key} is not translated`);
    // The same placeholders, so no param is lost in translation.
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.toLowerCase()).sort();
    assert.deepEqual(holes(cy.messages[key]), holes(englishMessages.messages[key]), `${key} placeholders`);
  }
});

test('the Welsh table is loaded lazily, and English is the fallback until then', async () => {
  const result = checkService({ id: 'ac148810-d857-441c-9679-408f346de14b', status: 'active' });
  assert.ok(!result.ok);
  const missing: Problem = result.problems[0]!;
  assert.equal(messagesReady('cy'), false);
  assert.equal(formatProblem(missing, 'cy'), 'Enter the service name');
  await loadMessages('cy');
  assert.equal(messagesReady('cy'), true);
  assert.equal(formatProblem(missing, 'cy'), "Rhowch enw'r gwasanaeth");
  assert.equal(formatProblem(missing, 'en'), 'Enter the service name');
  // The Welsh module is reached only through a dynamic import.
  const format = readFileSync(new URL('../../../src/model/messages/format.ts', import.meta.url), 'utf8');
  assert.match(format, /await import\('\.\/cy\.js'\)/);
  assert.doesNotMatch(format, /^import .*cy\.js/m);
});

test('messages are re-worded in Welsh from their key and params', async () => {
  await loadMessages('cy');
  const result = checkService({ id: 'x', name: 'Clwb cinio', status: 'open' });
  assert.ok(!result.ok);
  const status = result.problems.find((p) => p.path === 'status')!;
  assert.equal(status.message, 'Status must be one of: active, inactive, defunct, temporarily closed');
  assert.equal(
    formatProblem(status, 'cy'),
    "Rhaid i statws fod yn un o'r canlynol: gweithredol, anweithredol, wedi dod i ben, ar gau dros dro",
  );
  // A problem from elsewhere (no known key) keeps its own words.
  assert.equal(formatProblem({ path: 'name', message: 'Taken by another service' }, 'cy'), 'Taken by another service');
});

test('field labels name nested fields by what they are', async () => {
  await loadMessages('cy');
  assert.equal(fieldLabel('name'), 'Service name');
  assert.equal(fieldLabel('organization.name'), 'Organisation name');
  assert.equal(fieldLabel('service_at_locations.0.location.name'), 'Location name');
  assert.equal(fieldLabel('service_at_locations.0.location.addresses.0.postal_code'), 'Postcode');
  assert.equal(fieldLabel('schedules.2.opens_at'), 'Opening time');
  assert.equal(fieldLabel('attributes.0.taxonomy_term.id'), 'Category ID');
  assert.equal(fieldLabel('contacts.0.phones.1.number'), 'Phone number');
  assert.equal(fieldLabel('x_vendor_field'), 'X vendor field');
  assert.equal(fieldLabel('name', 'cy'), "Enw'r gwasanaeth");
  assert.equal(fieldLabel('service_at_locations.0.location.addresses.0.postal_code', 'cy'), 'Cod post');
  assert.equal(fieldLabel('schedules.0.closes_at', 'cy'), 'Amser cau');
  // Labels that are the field's own name, in English, and translated in Welsh.
  assert.equal(fieldLabel('minimum_age'), 'Minimum age');
  assert.equal(fieldLabel('minimum_age', 'cy'), 'Oedran isaf');
  assert.equal(fieldLabel('service_at_locations.0.location.latitude'), 'Latitude');
  assert.equal(fieldLabel('cost_options.0.amount_description'), 'Amount description');
  assert.equal(fieldLabel(''), 'Service record');
});

test('problemsFromIssues: each problem names its path, key, params and English message', () => {
  const input = {
    id: 'nope',
    status: 'Active',
    email: 'a@b',
    organization: { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Org' },
  };
  const parsed = serviceSchema.safeParse(input);
  assert.ok(!parsed.success);
  const found = problemsFromIssues(parsed.error.issues, input);
  assert.deepEqual(found, [
    {
      path: 'id',
      key: 'format.uuid',
      message: 'Service ID must be in the correct format, like ac148810-d857-441c-9679-408f346de14b',
    },
    { path: 'name', key: 'required', message: 'Enter the service name' },
    {
      path: 'email',
      key: 'format.email',
      message: 'Enter an email address in the correct format, like name@example.org',
    },
    {
      path: 'status',
      key: 'enum',
      params: { options: 'active|inactive|defunct|temporarily closed' },
      message: 'Status must be one of: active, inactive, defunct, temporarily closed',
    },
    { path: 'organization.description', key: 'required', message: 'Enter the organisation description' },
  ]);
  for (const p of found) assert.doesNotMatch(p.message, /invalid|expected|received|undefined/i);
});

test("problemsFromIssues without the input still words issues, reading zod's reportInput", () => {
  const schema = z.looseObject({ name: z.string() });
  const parsed = schema.safeParse({ name: 3 }, { reportInput: true });
  assert.ok(!parsed.success);
  assert.deepEqual(
    problemsFromIssues(parsed.error.issues).map((p) => p.message),
    ['Service name must be text'],
  );
});

test('a field named like a built-in (constructor, toString) gets a label from its name, not a crash', () => {
  assert.equal(fieldLabel('constructor'), 'Constructor');
  assert.equal(fieldLabel('contacts.0.toString'), 'ToString');
  assert.equal(formatProblem({ path: 'constructor', key: 'required', params: {} } as Problem), 'Enter the constructor');
});
