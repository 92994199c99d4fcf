/**
 * List envelopes: ORUK 3.0 (`contents`, `total_items`, `total_pages`,
 * `page_number` (1-based), `size`, `first_page`, `last_page`, `empty`) and
 * v1 Spring pages (`content`, `totalElements`, `totalPages`, `number`
 * (0-based), `size`, `first`, `last`, `empty`). Missing or broken counts are
 * worked out from the page itself.
 */
import type { FeedVersion } from '../view-model.js';
import type { Json } from '../json.js';
import { field } from './fields.js';
import { note } from './notes.js';
import { toNumber } from './values.js';

export interface Envelope {
  version: FeedVersion;
  /** The list's key as the feed named it, for problem paths. */
  itemsKey: 'contents' | 'content';
  items: unknown[];
  totalItems: number;
  totalPages: number;
  pageNumber: number;
  size: number;
  firstPage: boolean;
  lastPage: boolean;
  empty: boolean;
}

function readCount(record: Json, name: string): number | undefined {
  const value = field(record, name);
  if (value === undefined) return undefined;
  const number = toNumber(value);
  if (number === undefined || number < 0 || !Number.isInteger(number)) {
    note('', name, 'page.invalidNumber', value);
    return undefined;
  }
  return number;
}

function readFlag(record: Json, name: string): boolean | undefined {
  const value = field(record, name);
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** The envelope of a list response, or undefined when the object holds no list. */
export function readEnvelope(json: Json): Envelope | undefined {
  const contents = field(json, 'contents');
  const content = field(json, 'content');
  const v1 = !Array.isArray(contents) && (Array.isArray(content) || field(json, 'totalElements') !== undefined);
  const names = v1
    ? { total: 'totalElements', pages: 'totalPages', page: 'number', first: 'first', last: 'last' }
    : { total: 'total_items', pages: 'total_pages', page: 'page_number', first: 'first_page', last: 'last_page' };
  const list = v1 ? content : contents;
  const totalGiven = readCount(json, names.total);
  if (!Array.isArray(list) && !(readFlag(json, 'empty') === true || totalGiven === 0)) return undefined;
  const items: unknown[] = Array.isArray(list) ? list : [];

  let pageNumber = readCount(json, names.page);
  if (pageNumber !== undefined && v1) pageNumber += 1;
  else if (pageNumber === 0) {
    note('', names.page, 'page.zeroBased');
    pageNumber = 1;
  }
  pageNumber ??= 1;
  let size = readCount(json, 'size') ?? items.length;
  if (size < items.length) size = items.length;
  let totalItems = totalGiven ?? (pageNumber - 1) * size + items.length;
  if (totalItems < items.length) {
    note('', names.total, 'page.totalTooSmall', totalItems, { count: items.length });
    totalItems = items.length;
  }
  const totalPages = readCount(json, names.pages) ?? (size === 0 ? 0 : Math.ceil(totalItems / size));
  const hasVersionKeys =
    Array.isArray(contents) || json['total_items'] !== undefined || json['page_number'] !== undefined;
  return {
    version: v1 ? '1.0' : hasVersionKeys ? '3.0' : 'unknown',
    itemsKey: v1 ? 'content' : 'contents',
    items,
    totalItems,
    totalPages,
    pageNumber,
    size,
    firstPage: readFlag(json, names.first) ?? pageNumber === 1,
    lastPage: readFlag(json, names.last) ?? pageNumber >= totalPages,
    empty: items.length === 0,
  };
}
