/**
 * The official ORUK 3.0 entities as data, generated from the field registry
 * (src/model/fields/): for each, its properties with the type, format, enum or
 * nested entity of the official JSON Schema, and which it requires. Extra
 * properties are always allowed, as in the official schema.
 *
 * `entities.ts` builds the zod/mini schemas from it, one per entity: the
 * schemas the editor checks a record against before it writes, proven against
 * Ajv on the official schema by the agreement test, and the schema-structure
 * test proves this table matches the official JSON Schemas property by property.
 *
 * Each entity is one line of comma-separated properties, in the official order
 * (the generator writes lines because a line is far smaller in the browser
 * bundle than nested objects). A property is its name, then `!` when required,
 * then `:` and its kind unless it is plain text:
 *
 *   u  uuid            e  email           w  uri (a web address)
 *   t  date-time       n  number          a|b|c  one of these values
 *   [entity]  a list of that entity       <entity>  one of that entity
 *
 * Only `uuid`, `email`, `uri` and `date-time` have a format in the official
 * schema: dates such as `assured_date` and `valid_from`, and times such as
 * `opens_at`, are plain strings here (the editor rules check them).
 */
import { ENTITY_TABLE } from '../fields/generated/schema.js';

export { ENTITY_TABLE };
export type EntityTable = typeof ENTITY_TABLE;
/** The entities a service record nests, as named in the official schema files. */
export type EntityName = keyof EntityTable;

/** One property of an entity, read from its line. */
export interface Property {
  readonly name: string;
  readonly required: boolean;
  /** '' for plain text, else the kind as written in the table. */
  readonly kind: string;
}

const read = new Map<EntityName, readonly Property[]>();

/** An entity's properties, in the official order (read from its line once). */
export function properties(entity: EntityName): readonly Property[] {
  let list = read.get(entity);
  if (!list) {
    list = ENTITY_TABLE[entity].split(',').map((entry) => {
      const [name, kind = ''] = entry.split(':') as [string, string?];
      return { name: name.replace('!', ''), required: name.endsWith('!'), kind };
    });
    read.set(entity, list);
  }
  return list;
}

/** The entity a nested kind holds (`[address]` or `<location>` → its name), else undefined. */
export function nestedEntity(kind: string): EntityName | undefined {
  return /^[[<](\w+)/.exec(kind)?.[1] as EntityName | undefined;
}

// The TypeScript types, read from the same lines.
type Split<S extends string, By extends string> = S extends `${infer Head}${By}${infer Tail}`
  ? Head | Split<Tail, By>
  : S;
type Entry<E extends EntityName> = Split<EntityTable[E], ','>;
type Bare<N extends string> = N extends `${infer Name}!` ? Name : N;
type NameOf<P extends string> = Bare<P extends `${infer Name}:${string}` ? Name : P>;
type KindOf<P extends string> = P extends `${string}:${infer Kind}` ? Kind : '';
type ValueOf<K extends string> = K extends '' | 'u' | 'e' | 'w' | 't'
  ? string
  : K extends 'n'
    ? number
    : K extends `[${infer E extends EntityName}]`
      ? Entity<E>[]
      : K extends `<${infer E extends EntityName}>`
        ? Entity<E>
        : Split<K, '|'>;

/** The TypeScript type of a valid entity: its required and optional properties, and any extra ones. */
export type Entity<E extends EntityName> = {
  [P in Entry<E> as P extends `${string}!${string}` ? NameOf<P> : never]: ValueOf<KindOf<P>>;
} & {
  [P in Entry<E> as P extends `${string}!${string}` ? never : NameOf<P>]?: ValueOf<KindOf<P>>;
} & { [extra: string]: unknown };
