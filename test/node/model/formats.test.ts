/**
 * Our own format checks (src/model/schema/formats.ts) must give the same
 * verdict as ajv-formats, which the official ORUK validator uses, on the
 * generator's value lists and on strings fuzzed from each format's grammar
 * fragments (seeded: replay with AGREEMENT_SEED).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isDate, isDateTime, isEmail, isTime, isUri, isUuid } from '../../../src/model/strict.js';
import { BAD_VALUES, GOOD_VALUES } from './support/generator.js';

const seed = Number(process.env.AGREEMENT_SEED ?? 20260327);

function ajvFormat(name: 'uuid' | 'email' | 'uri' | 'date-time' | 'date' | 'time'): (s: string) => boolean {
  const format = fullFormats[name] as
    RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) };
  const check = typeof format === 'object' && 'validate' in format ? format.validate : format;
  return (s) => (check instanceof RegExp ? check.test(s) : check(s));
}

const ours = { uuid: isUuid, email: isEmail, uri: isUri, 'date-time': isDateTime, date: isDate, time: isTime };

test('the generator value lists mean what they say, for ajv-formats and for us', () => {
  for (const format of ['email', 'uri', 'date-time'] as const) {
    for (const value of GOOD_VALUES[format]) {
      assert.equal(ajvFormat(format)(value), true, `ajv-formats rejects good ${format} ${JSON.stringify(value)}`);
      assert.equal(ours[format](value), true, `we reject good ${format} ${JSON.stringify(value)}`);
    }
  }
  for (const format of ['uuid', 'email', 'uri', 'date-time'] as const) {
    for (const value of BAD_VALUES[format]) {
      assert.equal(ajvFormat(format)(value), false, `ajv-formats accepts bad ${format} ${JSON.stringify(value)}`);
      assert.equal(ours[format](value), false, `we accept bad ${format} ${JSON.stringify(value)}`);
    }
  }
});

const fragments: Record<keyof typeof ours, string[]> = {
  uuid: [
    'urn:uuid:',
    'URN:UUID:',
    '-',
    'ac148810',
    'd857',
    '441c',
    '9679',
    '408f346de14b',
    'AC14',
    'g',
    '0',
    ' ',
    '{',
    '}',
  ],
  email: ['name', 'a', '.', '@', 'example', 'org', '-', '_', '+', "'", ' ', 'é', '1', '..', 'x-y', '@@', '"'],
  uri: [
    'http',
    'https',
    'mailto',
    'urn',
    ':',
    '//',
    '/',
    'example.org',
    'a',
    '@',
    'user:pw@',
    '[',
    ']',
    '::1',
    '::',
    '1:2',
    'ffff',
    '1.2.3.4',
    '256.1.1.1',
    'v1.x',
    ':8080',
    '?',
    '#',
    'q=1&b',
    '%20',
    '%zz',
    '%',
    ' ',
    'ä',
    '<',
    '"',
    '\\',
    '1',
    '+',
    '.',
    '-',
  ],
  'date-time': [
    '2024',
    '2023',
    '-',
    '02',
    '29',
    '30',
    '13',
    '00',
    'T',
    't',
    ' ',
    '10',
    ':',
    '23',
    '59',
    '60',
    '24',
    '.5',
    'Z',
    'z',
    '+',
    '01',
    '0130',
    '-05',
    '\n',
  ],
  date: ['2024', '2023', '1900', '2000', '-', '02', '29', '30', '31', '04', '13', '00', '1', ' '],
  time: ['00', '10', '23', '24', '59', '60', '61', ':', '.5', '.', 'Z', 'z', '+', '-', '01', '23', '24', '0130', ':30'],
};

for (const name of Object.keys(ours) as (keyof typeof ours)[]) {
  test(`${name}: our check agrees with ajv-formats on fuzzed strings`, () => {
    const ajv = ajvFormat(name);
    const mine = ours[name];
    const arbitrary = fc.array(fc.constantFrom(...fragments[name]), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(arbitrary, (value) => {
        assert.equal(
          mine(value),
          ajv(value),
          `${name} ${JSON.stringify(value)}: ours ${mine(value)}, ajv-formats ${ajv(value)} (seed ${seed})`,
        );
      }),
      { seed, numRuns: 20000 },
    );
  });
}

test('uri: our check agrees with ajv-formats on fuzzed bracketed IP literals', () => {
  const ajv = ajvFormat('uri');
  const inner = fc.array(
    fc.constantFrom('1', 'ffff', 'db8', '0', '12345', ':', '::', '.', '1.2.3.4', '256', 'v1', 'v', 'x', '+', 'g'),
    { maxLength: 12 },
  );
  const arbitrary = fc
    .tuple(
      fc.constantFrom('http://', 'http:/', 'x:', 'https://user@', 'https://u:p@', 'h://a@b@'),
      inner,
      fc.constantFrom('', ':', ':80', '/p', '/a b', '?q#f', ']'),
    )
    .map(([head, parts, tail]) => `${head}[${parts.join('')}]${tail}`);
  let accepted = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      if (ajv(value)) accepted++;
      assert.equal(
        isUri(value),
        ajv(value),
        `uri ${JSON.stringify(value)}: ours ${isUri(value)}, ajv-formats ${ajv(value)} (seed ${seed})`,
      );
    }),
    { seed, numRuns: 20000 },
  );
  assert.ok(accepted > 200, `the fuzzer should produce some valid IP literals, got ${accepted}`);
});
