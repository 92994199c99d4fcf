/**
 * Turns Ajv errors into the problems the editor shows: a dotted path in ORUK
 * terms (as in src/model/problem.ts), a translation key with parameters, and
 * plain English.
 */
import type { ErrorObject } from 'ajv';

export interface FieldProblem {
  path: string;
  message: string;
  key: string;
  params?: Record<string, string | number>;
}

function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(base: string, field: string): string {
  return base === '' ? field : `${base}.${field}`;
}

const FIELD_WORDS: Record<string, string> = {
  id: 'an identifier',
  name: 'a name',
  status: 'a status',
  description: 'a description',
  number: 'a phone number',
  address_1: 'the first line of the address',
  city: 'a town or city',
  state_province: 'a county',
  postal_code: 'a postcode',
  country: 'a country',
  address_type: 'an address type',
  location_type: 'a location type',
  identifier_type: 'an identifier type',
  identifier: 'an identifier',
};

function describeField(field: string): string {
  return FIELD_WORDS[field] ?? `a value for ${field.replace(/_/g, ' ')}`;
}

function formatMessage(format: string): { key: string; message: string } {
  switch (format) {
    case 'email':
      return { key: 'format.email', message: 'Enter an email address in the correct format, like name@example.org' };
    case 'uri':
      return { key: 'format.uri', message: 'Enter a web address in the correct format, like https://www.example.org' };
    case 'uuid':
      return {
        key: 'format.uuid',
        message: 'Use an identifier in UUID format, like 0b8f3c3e-3b0a-4a55-9d36-2f1d2e7a4c11',
      };
    case 'date-time':
      return {
        key: 'format.dateTime',
        message: 'Enter a date and time in the correct format, like 2025-03-01T09:30:00Z',
      };
    case 'date':
      return { key: 'format.date', message: 'Enter a date in the correct format, like 2025-03-01' };
    default:
      return { key: 'format.other', message: `Enter a value in the ${format} format` };
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
};

export function toFieldProblems(errors: readonly ErrorObject[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const base = dotted(e.instancePath);
    let problem: FieldProblem;
    if (e.keyword === 'required') {
      const field = String((e.params as { missingProperty: string }).missingProperty);
      problem = {
        path: join(base, field),
        key: 'required',
        params: { field },
        message: `Enter ${describeField(field)}`,
      };
    } else if (e.keyword === 'format') {
      const format = String((e.params as { format: string }).format);
      problem = { path: base, ...formatMessage(format), params: { format } };
    } else if (e.keyword === 'enum') {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      problem = {
        path: base,
        key: 'enum',
        params: { allowed: allowed.join(', ') },
        message: `Choose one of: ${allowed.join(', ')}`,
      };
    } else if (e.keyword === 'type') {
      const type = String((e.params as { type: string }).type).split(',')[0]!;
      problem = {
        path: base,
        key: 'type',
        params: { type },
        message: `This must be ${TYPE_WORDS[type] ?? type}`,
      };
    } else {
      problem = {
        path: base,
        key: `schema.${e.keyword}`,
        message: `This value is not allowed here (${e.message ?? e.keyword})`,
      };
    }
    const id = `${problem.path}|${problem.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(problem);
  }
  return out;
}
