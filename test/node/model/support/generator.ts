/**
 * A seeded generator of ORUK 3.0 service records, driven by the official JSON
 * Schemas themselves: it knows each entity's properties, types, formats, enums
 * and required fields from spec/oruk-3.0/. `validService` makes records the
 * official schema accepts; `brokenService` makes one that is wrong in exactly
 * one way (a missing required field, a wrong enum, a bad uuid/email/uri/
 * date-time, or a wrong type) at a chosen nesting level.
 *
 * Same seed, same records: a failure can be replayed with AGREEMENT_SEED.
 */
import { loadOfficialSchemas, refEntity, type EntitySchema, type JsonSchemaProperty } from './official-schemas.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** mulberry32: a tiny, well-known 32-bit PRNG; good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values the official schema (via ajv-formats) ACCEPTS, including awkward ones.
export const GOOD_VALUES = {
  email: [
    'info@example.org',
    'first.last+tag@mail.example.co.uk',
    "o'brien@example.com",
    'A_B@Sub-Domain.Example.ORG',
    'x@a.b',
    "user!#$%&'*+/=?^_`{|}~-@example.org",
    'name@123.45.67.89',
  ],
  uri: [
    'https://www.example.org',
    'http://example.com/counselling',
    'https://example.org/path/to?query=1&b=2#frag',
    'mailto:info@example.org',
    'urn:isbn:0451450523',
    'tel:+44-1632-960001',
    'ftp://ftp.example.org/file.txt',
    'http://[::1]:8080/x',
    'https://user:pw@example.org:8443/',
    'http://192.168.0.1/',
    'https://example.org/%7Euser',
    'http://[v1.fe80::a+en1]/',
    'HTTPS://EXAMPLE.ORG',
    'http:/one-slash',
    'x:y',
    'http://[2001:db8::8a2e:370:7334]/',
    'http://[::ffff:192.0.2.1]/',
    'https://example.org?',
    'https://example.org/#',
  ],
  'date-time': [
    '2023-03-15T10:30:45.123Z',
    '2023-03-15T10:30:45Z',
    '2024-02-29T00:00:00+01:00',
    '2023-03-15t10:30:45z',
    '2023-03-15 10:30:45+0100',
    '2016-12-31T23:59:60Z',
    '2023-03-15T10:30:45-05',
    '2023-03-15T10:30:45.5+05:30',
    '2017-01-01T00:59:60+01:00',
  ],
  // Fields with NO format in the official schema (assured_date, valid_from, opens_at, logo,
  // service_area.uri, ...) accept any string, so both validators must accept these too.
  text: [
    '',
    'Community Counselling',
    '<p>Help with <b>housing</b></p>',
    'Caffi Trwsio, Café & crèche',
    '12',
    'not-a-date',
    '25:99',
    '  ',
    'not a uri',
  ],
  number: [0, 12, -1, 3.5, 130, 1e6, -0.5],
};

// Values the official schema REJECTS for that format.
export const BAD_VALUES = {
  uuid: [
    '',
    '1234',
    'ac148810d857441c9679408f346de14b',
    'ac148810-d857-441c-9679-408f346de14g',
    '{ac148810-d857-441c-9679-408f346de14b}',
    ' ac148810-d857-441c-9679-408f346de14b',
    'ac148810-d857-441c-9679-408f346de14b-1',
    'service-1',
    'urn:uuid:',
    'ac148810-d857-441c-9679-408f346de14',
  ],
  email: [
    '',
    'name',
    'name@',
    '@example.org',
    'name@localhost',
    'name@example..org',
    'name..x@example.org',
    '.name@example.org',
    'name@-example.org',
    'name@example-.org',
    'na me@example.org',
    'name@exa_mple.org',
    'námé@example.org',
    'a@b@example.org',
    'name@example.org.',
  ],
  uri: [
    '',
    'www.example.org',
    'example',
    '//example.org/x',
    'http:',
    'http://exa mple.org',
    'https://example.org/ä',
    '1http://x.org',
    'http://x.org/%zz',
    'https://example.org/<script>',
    'http://[::1',
    'http://[1:2:3]/',
    'https://example.org#a#b',
    'ht tp://x.org',
    'http://x.org/"quote"',
    'http://[1.2.3.4::]/',
  ],
  'date-time': [
    '',
    '2023-03-15',
    '2023-03-15T10:30:45',
    '2023-02-30T10:00:00Z',
    '2023-13-01T10:00:00Z',
    '2023-03-15T24:00:00Z',
    '2023-03-15T10:60:00Z',
    '2023-03-15T10:30Z',
    '15/03/2023 10:30',
    '2023-03-15T10:30:45+24:00',
    '2023-03-15T23:59:60+01:00',
    '2023-03-15T10:30:45.Z',
    '2023-03-15TT10:30:45Z',
    '2023-3-15T10:30:45Z',
    '2023-03-15T10:30:45 Z',
    '2023-02-29T10:00:00Z',
  ],
  enum: ['', 'Active', 'ACTIVE', 'closed', 'temporarily_closed', 'weekly', 'DAILY', 'Physical', 'online'],
};

export type BreakKind = 'missing' | 'enum' | 'uuid' | 'email' | 'uri' | 'date-time' | 'type';
export const BREAK_KINDS: BreakKind[] = ['missing', 'enum', 'uuid', 'email', 'uri', 'date-time', 'type'];

export interface Generated {
  record: JsonObject;
  /** What the generator meant: valid, or broken in the named way at the named place. */
  intent: 'valid' | { kind: BreakKind; entity: string; path: string };
}

export class ServiceGenerator {
  readonly #schemas = loadOfficialSchemas();
  readonly #random: () => number;
  /** Bad values are taken in turn, so every one in each list is used in a long enough run. */
  readonly #turn = new Map<string, number>();

  constructor(seed: number) {
    this.#random = prng(seed);
  }

  #int(n: number): number {
    return Math.floor(this.#random() * n);
  }
  #pick<T>(list: readonly T[]): T {
    return list[this.#int(list.length)]!;
  }
  #inTurn<T>(name: string, list: readonly T[]): T {
    const n = this.#turn.get(name) ?? 0;
    this.#turn.set(name, n + 1);
    return list[n % list.length]!;
  }
  #chance(p: number): boolean {
    return this.#random() < p;
  }
  #entity(name: string): EntitySchema {
    const schema = this.#schemas.get(name);
    if (!schema) throw new Error(`no official schema ${name}`);
    return schema;
  }

  #uuid(): string {
    const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[this.#int(16)]).join('');
    let id = `${hex(8)}-${hex(4)}-4${hex(3)}-${this.#pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
    if (this.#chance(0.1)) id = id.toUpperCase();
    if (this.#chance(0.05)) id = `urn:uuid:${id}`;
    return id;
  }

  #goodValue(property: JsonSchemaProperty, full: boolean, depth: number): Json {
    const entity = refEntity(property);
    if (property.type === 'array') {
      const count = full ? 1 + this.#int(2) : this.#int(3);
      return Array.from({ length: count }, () => this.#object(entity!, full, depth + 1));
    }
    if (entity) return this.#object(entity, full, depth + 1);
    if (property.enum) return this.#pick(property.enum);
    if (property.type === 'number') return this.#pick(GOOD_VALUES.number);
    switch (property.format) {
      case 'uuid':
        return this.#uuid();
      case 'email':
      case 'uri':
      case 'date-time':
        return this.#pick(GOOD_VALUES[property.format]);
      case undefined:
        return this.#pick(GOOD_VALUES.text);
      default:
        throw new Error(`generator has no values for format ${property.format}`);
    }
  }

  /** A valid object of the entity. `full` includes every nested object so any level can be broken. */
  #object(name: string, full: boolean, depth = 0): JsonObject {
    const schema = this.#entity(name);
    const required = new Set(schema.required ?? []);
    const result: JsonObject = {};
    for (const [key, property] of Object.entries(schema.properties)) {
      const nested = refEntity(property) !== undefined;
      const include = required.has(key) || (nested ? full || (depth < 3 && this.#chance(0.4)) : this.#chance(0.5));
      if (include) result[key] = this.#goodValue(property, full, depth);
    }
    // Vendor extensions: the official schema allows extra properties.
    if (this.#chance(0.15))
      result[this.#pick(['x_vendor', 'openActiveId', '_meta'])] = this.#pick<Json>(['kept', 1, { a: [1] }, null]);
    return result;
  }

  validService(): Generated {
    return { record: this.#object('service', this.#chance(0.3)), intent: 'valid' };
  }

  /** Every (entity, kind) pair the official schemas make possible, for round-robin coverage. */
  breakPlan(): { entity: string; kind: BreakKind }[] {
    const plan: { entity: string; kind: BreakKind }[] = [];
    const sample = this.#object('service', true);
    const entities = new Set(this.#sites(sample, 'service', '').map((s) => s.entity));
    for (const entity of entities) {
      const schema = this.#entity(entity);
      const props = Object.values(schema.properties);
      for (const kind of BREAK_KINDS) {
        const possible =
          kind === 'missing'
            ? (schema.required?.length ?? 0) > 0
            : kind === 'enum'
              ? props.some((p) => p.enum)
              : kind === 'type'
                ? true
                : props.some((p) => p.format === kind);
        if (possible) plan.push({ entity, kind });
      }
    }
    return plan;
  }

  #sites(obj: JsonObject, entity: string, path: string): { entity: string; path: string; obj: JsonObject }[] {
    const sites = [{ entity, path, obj }];
    for (const [key, property] of Object.entries(this.#entity(entity).properties)) {
      const child = refEntity(property);
      const value = obj[key];
      if (!child || value === undefined) continue;
      const prefix = path ? `${path}.${key}` : key;
      if (Array.isArray(value)) {
        value.forEach((item, i) => sites.push(...this.#sites(item as JsonObject, child, `${prefix}.${i}`)));
      } else {
        sites.push(...this.#sites(value as JsonObject, child, prefix));
      }
    }
    return sites;
  }

  #wrongType(property: JsonSchemaProperty): Json {
    if (property.type === 'array')
      return this.#pick<Json>([{}, 'a list', 3, null, [this.#pick<Json>(['item', 4, null, []])]]);
    if (property.type === 'number') return this.#pick<Json>(['12', '', null, true, [12], { n: 1 }]);
    if (property.type === 'string') return this.#pick<Json>([42, 0, null, false, ['text'], { text: 'x' }]);
    return this.#pick<Json>([[], 'an object', 7, null, true]); // a nested object ($ref)
  }

  brokenService(target: { entity: string; kind: BreakKind }): Generated {
    const record = this.#object('service', true);
    const sites = this.#sites(record, 'service', '').filter((s) => s.entity === target.entity);
    if (sites.length === 0) throw new Error(`no ${target.entity} in a full record`);
    const site = this.#pick(sites);
    const schema = this.#entity(target.entity);
    const entries = Object.entries(schema.properties);
    let key: string;
    switch (target.kind) {
      case 'missing':
        key = this.#pick(schema.required!);
        delete site.obj[key];
        break;
      case 'enum':
        key = this.#pick(entries.filter(([, p]) => p.enum))[0];
        site.obj[key] = this.#inTurn('enum', BAD_VALUES.enum);
        break;
      case 'type': {
        const [k, property] = this.#pick(entries);
        key = k;
        site.obj[key] = this.#wrongType(property);
        break;
      }
      default:
        key = this.#pick(entries.filter(([, p]) => p.format === target.kind))[0];
        site.obj[key] = this.#inTurn(target.kind, BAD_VALUES[target.kind]);
    }
    return { record, intent: { ...target, path: site.path ? `${site.path}.${key}` : key } };
  }
}
