/**
 * The strict zod model must give the same verdict (valid or invalid) as Ajv on
 * the official ORUK 3.0 service.json, for every service in the reference
 * examples and for generated records: about half valid, half broken in exactly
 * one way each, at every nesting level. Required agreement: 100%.
 *
 * Fields with no `format` in the official schema (assured_date, valid_from,
 * valid_to, dtstart, opens_at, closes_at, logo, service_area.uri, ...) accept
 * any string: the generator puts values like "not-a-date" and "25:99" in them
 * and both validators must call those records valid.
 *
 * Replay a run with AGREEMENT_SEED=<seed>; change the count with AGREEMENT_COUNT.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceSchema } from '../../../src/model/strict.js';
import { officialServiceValidator } from './support/official-schemas.js';
import { ServiceGenerator, type Generated } from './support/generator.js';
import { referenceServices } from './support/reference-services.js';

const ajvValidate = officialServiceValidator();
const seed = Number(process.env.AGREEMENT_SEED ?? 20260327);
const count = Number(process.env.AGREEMENT_COUNT ?? 1200);

function verdicts(record: unknown) {
  const zod = serviceSchema.safeParse(record);
  const ajv = ajvValidate(record) as boolean;
  return { zod: zod.success, ajv, zodIssues: zod.success ? [] : zod.error.issues, ajvErrors: ajvValidate.errors ?? [] };
}

function disagreement(label: string, record: unknown, v: ReturnType<typeof verdicts>): string {
  return [
    `${label} (seed ${seed}): zod says ${v.zod ? 'valid' : 'invalid'}, Ajv says ${v.ajv ? 'valid' : 'invalid'}`,
    `record: ${JSON.stringify(record)}`,
    `zod issues: ${JSON.stringify(v.zodIssues)}`,
    `Ajv errors: ${JSON.stringify(v.ajvErrors)}`,
    `replay: AGREEMENT_SEED=${seed} node scripts/run-node-tests.mjs agreement`,
  ].join('\n');
}

test('zod and Ajv agree on every service in the reference examples', () => {
  const services = referenceServices();
  assert.ok(services.length >= 130, `expected the spec examples and validator mocks, found ${services.length}`);
  for (const { file, record } of services) {
    const v = verdicts(record);
    assert.equal(v.zod, v.ajv, disagreement(file, record, v));
  }
});

test(`zod and Ajv agree on ${count} generated records`, () => {
  const generator = new ServiceGenerator(seed);
  const plan = generator.breakPlan();
  const records: Generated[] = [];
  for (let i = 0; i < count; i++) {
    records.push(i % 2 === 0 ? generator.validService() : generator.brokenService(plan[((i - 1) / 2) % plan.length]!));
  }
  let agree = 0;
  let valid = 0;
  const coverage = new Set<string>();
  for (const { record, intent } of records) {
    const v = verdicts(record);
    const label = intent === 'valid' ? 'a valid record' : `broken: ${intent.kind} at ${intent.path}`;
    // The generator must do what it says, or the counts below would mean nothing.
    assert.equal(
      v.ajv,
      intent === 'valid',
      `generator bug, Ajv disagrees with the intent. ${disagreement(label, record, v)}`,
    );
    assert.equal(v.zod, v.ajv, disagreement(label, record, v));
    agree++;
    if (intent === 'valid') valid++;
    else coverage.add(`${intent.entity}:${intent.kind}`);
  }
  console.log(
    `agreement: ${count} records (seed ${seed}): ` +
      `${valid} valid, ${count - valid} broken, ${((agree / count) * 100).toFixed(0)}% agree`,
  );
  // Every planned (level, kind) pair was exercised, e.g. a bad uuid in a taxonomy term.
  const missed = plan.filter((p) => !coverage.has(`${p.entity}:${p.kind}`));
  assert.deepEqual(missed, [], 'some nesting levels or kinds of breakage were never generated');
  for (const level of [
    'service',
    'organization',
    'schedule',
    'service_area',
    'service_at_location',
    'location',
    'address',
    'accessibility',
    'language',
    'funding',
    'cost_option',
    'contact',
    'attribute',
    'taxonomy_term',
  ]) {
    assert.ok(coverage.has(`${level}:type`), `no wrong-type record at ${level}`);
  }
  for (const kind of ['missing', 'enum', 'uuid', 'email', 'uri', 'date-time']) {
    assert.ok(
      [...coverage].some((c) => c.endsWith(`:${kind}`)),
      `no ${kind} breakage generated`,
    );
  }
});
