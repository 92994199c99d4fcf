/**
 * The browser's check walks the ORUK 3.0 entity table (src/model/check/validate.ts)
 * instead of running zod. It must give exactly the issues zod/mini gives for the
 * schemas built from the same table (which agreement.test.ts holds to Ajv): the
 * same codes, paths, expected types, formats and enum values, in the same order.
 * Checked on every reference service, on the generated records of the agreement
 * test, and on records mutated at random in several places at once.
 *
 * Replay with VALIDATE_SEED=<seed>.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneSchema, serviceSchema } from '../../../src/model/strict.js';
import { validateEntity, validateList } from '../../../src/model/check/validate.js';
import { z } from 'zod/mini';
import { BAD_VALUES, GOOD_VALUES, prng, ServiceGenerator } from './support/generator.js';
import { referenceServices } from './support/reference-services.js';

const seed = Number(process.env.VALIDATE_SEED ?? 20260401);

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  expected?: string;
  format?: string;
  values?: readonly unknown[];
}
const pick = (issues: readonly Issue[]) =>
  issues.map(({ code, path, expected, format, values }) => ({ code, path: [...path], expected, format, values: values && [...values] }));

function zodIssues(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Issue[] } } }, record: unknown) {
  const result = schema.safeParse(record);
  return pick(result.success ? [] : result.error!.issues);
}

const seen = new Set<string>();

function same(record: unknown, label: string): void {
  const issues = pick(validateEntity('service', record));
  for (const issue of issues) seen.add(`${issue.code}:${issue.expected ?? issue.format ?? ''}`);
  assert.deepEqual(issues, zodIssues(serviceSchema, record), `${label} (seed ${seed}): ${JSON.stringify(record)}`);
}

/** Replaces a few values anywhere in the record with values of every kind, good and bad. */
function mutate(record: unknown, random: () => number): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const nodes: [Record<string, unknown> | unknown[], string | number][] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, i) => (nodes.push([value, i]), visit(item)));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) (nodes.push([value as Record<string, unknown>, key]), visit(item));
  };
  visit(copy);
  const choices: unknown[] = [
    null, undefined, 0, -1.5, '', 'x', true, [], {}, [{}], [null], { id: 1 },
    ...Object.values(GOOD_VALUES).flat(), ...Object.values(BAD_VALUES).flat(),
  ];
  const times = 1 + Math.floor(random() * 4);
  for (let i = 0; i < times && nodes.length; i++) {
    const [parent, key] = nodes[Math.floor(random() * nodes.length)]!;
    const value = choices[Math.floor(random() * choices.length)];
    if (value === undefined && !Array.isArray(parent)) delete parent[key as string];
    else (parent as Record<string | number, unknown>)[key] = value;
  }
  return copy;
}

test('the table walk gives zod’s issues for every reference service', () => {
  for (const { file, record } of referenceServices()) same(record, file);
});

test('the table walk gives zod’s issues for generated and randomly mutated records', () => {
  const generator = new ServiceGenerator(seed);
  const plan = generator.breakPlan();
  const random = prng(seed);
  for (let i = 0; i < 600; i++) {
    const { record } = i % 2 === 0 ? generator.validService() : generator.brokenService(plan[i % plan.length]!);
    same(record, `generated ${i}`);
    same(mutate(record, random), `mutated ${i}`);
  }
  for (const value of [null, 'x', 3, [], {}, { id: 'x', name: 3, status: 'open', schedules: {} }]) same(value, JSON.stringify(value));
  // The comparison covered every kind of issue, at some depth.
  const kinds = ['invalid_type:object', 'invalid_type:array', 'invalid_type:string', 'invalid_type:number', 'invalid_value:',
    'invalid_format:uuid', 'invalid_format:email', 'invalid_format:uri', 'invalid_format:date-time'];
  assert.deepEqual(kinds.filter((k) => !seen.has(k)), [], 'kinds of issue never compared');
});

test('the table walk gives zod’s issues for a list of phones', () => {
  const list = z.array(phoneSchema);
  for (const value of [undefined, null, {}, [], [{}], [{ id: 'x', number: 1 }], [{ id: 'ac148810-d857-441c-9679-408f346de14b', number: '01632 960 001', languages: [{}] }]]) {
    assert.deepEqual(pick(validateList('phone', value)), zodIssues(list, value), JSON.stringify(value));
  }
});
