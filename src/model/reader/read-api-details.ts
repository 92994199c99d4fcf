/**
 * `readApiDetails`: the catalogue's `GET /` answer. ORUK 3.0 gives
 * `{version: "HSDS-UK-3.0", profile, openapi_url}`; our write extension adds
 * `write_api: {version, token_url}`. Old v1 feeds often have no `/` data:
 * then the version is guessed from what the answer looks like.
 */
import type { ApiDetailsView, FeedVersion } from '../view-model.js';
import type { ReadApiDetails } from '../reader-contract.js';
import { isJson, type Json } from '../json.js';
import { field } from './fields.js';
import { collect, note } from './notes.js';
import { ReaderError } from './reader-error.js';
import { readUrl } from './url.js';
import { readText } from './values.js';

/** '3.0' for "HSDS-UK-3.0", "3.0", "3.1"…; '1.0' for "1.0", "V1", "HSDS-UK-1.0"; else 'unknown'. */
export function versionOf(label: string): FeedVersion {
  const m = /(\d+)(?:\.\d+)*/.exec(label);
  if (!m) return 'unknown';
  if (m[1] === '3') return '3.0';
  if (m[1] === '1') return '1.0';
  return 'unknown';
}

function guessVersion(json: Json): FeedVersion {
  if (Array.isArray(field(json, 'content')) || field(json, 'totalElements') !== undefined) return '1.0';
  if (Array.isArray(field(json, 'contents')) || field(json, 'total_items') !== undefined) return '3.0';
  return 'unknown';
}

/** A token endpoint: an absolute http(s) address or a path on the catalogue ("/auth/token"). */
function readTokenUrl(value: unknown, path: string): string | undefined {
  const text = readText(value, path, 'token_url');
  if (text === undefined) return undefined;
  if (/^\/(?!\/)[^\s]*$/.test(text)) return text;
  return readUrl(text, path, 'token_url');
}

export const readApiDetails: ReadApiDetails = (json) =>
  collect((problems) => {
    if (!isJson(json)) throw new ReaderError('reader.error.notObject', json);
    const label = readText(field(json, 'version'), '', 'version');
    let version: FeedVersion;
    if (label === undefined) {
      version = guessVersion(json);
      if (version === 'unknown') note('', 'version', 'version.missing');
    } else {
      version = versionOf(label);
      if (version === 'unknown') note('', 'version', 'version.unknown', label);
    }
    const details: ApiDetailsView = { version, problems };
    if (label !== undefined) details.versionLabel = label;
    const openapiUrl = readUrl(field(json, 'openapi_url'), '', 'openapi_url');
    if (openapiUrl !== undefined) details.openapiUrl = openapiUrl;
    const writeApi = field(json, 'write_api');
    if (isJson(writeApi)) {
      const writeVersion = readText(field(writeApi, 'version'), 'write_api', 'version');
      const tokenUrl = readTokenUrl(field(writeApi, 'token_url'), 'write_api');
      if (writeVersion !== undefined && tokenUrl !== undefined) details.writeApi = { version: writeVersion, tokenUrl };
      else note('', 'write_api', 'writeApi.incomplete');
    } else if (writeApi !== undefined) {
      note('', 'write_api', 'writeApi.incomplete');
    }
    return details;
  });
