/**
 * The OpenAPI document served at GET /openapi.json: the official ORUK 3.0
 * OpenAPI (spec/oruk-3.0-openapi.json, read endpoints) extended with our
 * write extension (write-extension.json), as OpenAPI 3.1.
 */
import { readFileSync } from 'node:fs';
import type { JsonObject as Json } from '../domain/json-shape.js';
import { MESSAGE_KEYS } from '../../src/model/messages/keys.js';

const read = (url: URL): Json => JSON.parse(readFileSync(url, 'utf8')) as Json;

let merged: Json | undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const ORGANIZATION_TERMS: Json = {
  name: 'organization_id',
  in: 'query',
  required: false,
  description:
    'Read extension of this catalogue, not part of ORUK 3.0: ' +
    "only the taxonomy terms that this organisation's services use, " +
    "so a list of one charity's services offers only its own categories. " +
    'A catalogue without the extension ignores the parameter and lists every term.',
  schema: { type: 'string' },
  'x-extension': 'oruk-elements read extension',
};

function mergeOnce(): Json {
  if (merged) return merged;
  const oruk = read(new URL('../../spec/oruk-3.0-openapi.json', import.meta.url));
  const ext = read(new URL('./write-extension.json', import.meta.url));
  const paths: Record<string, Json> = { ...(oruk.paths as Record<string, Json>) };
  for (const [path, ops] of Object.entries(ext.paths as Record<string, Json>)) {
    paths[path] = { ...(paths[path] ?? {}), ...ops };
  }
  // Our one read extension: GET /taxonomy_terms?organization_id= (docs/catalogue.md).
  const terms = paths['/taxonomy_terms'] as { get: { parameters?: Json[] } };
  paths['/taxonomy_terms'] = {
    ...terms,
    get: { ...terms.get, parameters: [...(terms.get.parameters ?? []), ORGANIZATION_TERMS] },
  };
  const orukComponents = (oruk.components ?? {}) as Record<string, Json>;
  const extComponents = (ext.components ?? {}) as Record<string, Json>;
  // A 422's problem keys are the editor's own message keys: listed from the one place they are defined.
  const fieldProblem = extComponents.schemas!.FieldProblem as { properties: Record<string, Json> };
  fieldProblem.properties.key = { ...fieldProblem.properties.key, enum: [...MESSAGE_KEYS] };
  const components: Record<string, Json> = { ...orukComponents };
  for (const [kind, entries] of Object.entries(extComponents))
    components[kind] = { ...(components[kind] ?? {}), ...entries };
  const orukInfo = oruk.info as Json;
  const extInfo = ext.info as Json;
  merged = {
    ...oruk,
    openapi: '3.1.0',
    info: {
      ...orukInfo,
      title: 'oruk-elements reference catalogue (ORUK 3.0 read API + write extension v1)',
      description: `${text(orukInfo.description)}\n\n${text(extInfo.description)}`,
      'x-write-api-version': '1',
    },
    tags: [
      ...((oruk.tags as Json[]) ?? []),
      { name: 'write', description: 'Write extension, version 1 (not part of ORUK 3.0).' },
    ],
    paths,
    components,
  };
  return merged;
}

export function openApiDocument(apiBase: string): Json {
  return { ...mergeOnce(), servers: [{ url: apiBase }] };
}
