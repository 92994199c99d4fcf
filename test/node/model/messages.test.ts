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
import { messageFor } from '../../../src/model/messages/format.js';
import { fieldsCy } from '../../../src/model/fields/generated/cy.js';
import { fieldsEn } from '../../../src/model/fields/generated/en.js';

test('the exact English of the key messages', () => {
  const messages = englishMessages.messages;
  assert.equal(messages['format.email'], 'Enter an email address in the correct format, like name@example.org');
  assert.equal(messages['format.uri'], 'Enter a web address in the correct format, like https://www.example.org');
  assert.equal(messages.date, 'Enter a real date, like 2026-03-27');
  assert.equal(messages.time, 'Enter a time in the 24-hour format, like 09:30');
  assert.equal(messages.postcode, 'Enter a real UK postcode, like SW1A 1AA');
  assert.equal(messages.phone, 'Enter a UK phone number, like 01632 960 001 or 07700 900 982');
});

test('every English message, field label and choice label has a Welsh translation', () => {
  assert.deepEqual(Object.keys(cy.messages).sort(), [...MESSAGE_KEYS].sort());
  for (const part of ['labels', 'hints', 'choices', 'shown', 'options', 'add', 'items', 'nouns', 'sections'] as const) {
    assert.deepEqual(Object.keys(fieldsCy[part]).sort(), Object.keys(fieldsEn[part]).sort(), `Welsh ${part}`);
  }
  // Every Welsh label carries its own in-sentence form (with its article and mutation).
  assert.deepEqual(Object.keys(fieldsCy.inSentence).sort(), Object.keys(fieldsEn.labels).sort());
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
  assert.equal(formatProblem(missing, 'cy'), 'Rhowch enw’r gwasanaeth');
  assert.equal(formatProblem(missing, 'en'), 'Enter the service name');
  // The Welsh module is reached only through a dynamic import.
  const format = readFileSync(new URL('../../../src/model/messages/format.ts', import.meta.url), 'utf8');
  assert.match(format, /import\('\.\/cy\.js'\)/);
  assert.match(format, /import\('\.\.\/fields\/generated\/cy\.js'\)/);
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
    'Rhaid i’r statws fod yn un o’r canlynol: gweithredol, anweithredol, wedi dod i ben, ar gau dros dro',
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
  assert.equal(fieldLabel('name', 'cy'), 'Enw’r gwasanaeth');
  assert.equal(fieldLabel('service_at_locations.0.location.addresses.0.postal_code', 'cy'), 'Cod post');
  assert.equal(fieldLabel('schedules.0.closes_at', 'cy'), 'Amser cau');
  // Labels that are the field's own name, in English, and translated in Welsh.
  assert.equal(fieldLabel('minimum_age'), 'Minimum age');
  assert.equal(fieldLabel('minimum_age', 'cy'), 'Oedran isaf');
  assert.equal(fieldLabel('service_at_locations.0.location.latitude'), 'Latitude');
  assert.equal(fieldLabel('cost_options.0.amount_description'), 'Description of the cost');
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
    { path: 'organization.description', key: 'required', message: 'Enter the description of the organisation' },
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

test('Welsh messages use each label in its in-sentence form, with its article and mutation', async () => {
  await loadMessages('cy');
  const address = 'service_at_locations.0.location.addresses.0';
  const say = (key: Parameters<typeof messageFor>[0], path: string) => messageFor(key, path, {}, 'cy');
  assert.equal(say('required', `${address}.address_1`), 'Rhowch linell gyntaf y cyfeiriad');
  assert.equal(say('required', `${address}.city`), 'Rhowch y dref neu’r ddinas');
  assert.equal(say('required', `${address}.postal_code`), 'Rhowch y cod post');
  assert.equal(say('required.choice', 'service_at_locations.0.location.location_type'), 'Dewiswch y math o leoliad');
  assert.equal(
    say('date.order', 'schedules.0.valid_to'),
    'Rhaid i’r dyddiad gorffen fod yr un fath â’r dyddiad dechrau neu ar ei ôl',
  );
  assert.equal(say('type.string', 'status'), 'Rhaid i’r statws fod yn destun');
  assert.equal(say('age.whole', 'minimum_age'), 'Rhaid i’r oedran isaf fod yn rhif cyfan, fel 11');
  assert.equal(say('age.order', 'minimum_age'), 'Rhaid i’r oedran isaf fod yr un fath â’r oedran uchaf neu’n is');
  assert.equal(say('unknown', 'name'), 'Rhaid i enw’r gwasanaeth fod yn y fformat cywir');
  assert.equal(say('required', 'assured_date'), 'Rhowch ddyddiad y gwiriad diwethaf');
});
