/** Reading query parameters strictly: a bad value is a 400 that says what to send instead. */
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
/** `minimal=true` lists are meant to fit in one page. */
export const MINIMAL_PER_PAGE = 1000;

export type Query = Record<string, string | string[] | undefined>;

export function param(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Query)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

function badParam(name: string, detail: string): HttpProblem {
  return new HttpProblem(400, 'invalid_parameter', detail, { parameter: name });
}

export function intParam(request: FastifyRequest, name: string, fallback: number): number {
  const raw = param(request, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw badParam(name, `${name} must be a whole number of 1 or more, like ${name}=2.`);
  }
  return Number(raw);
}

export function boolParam(request: FastifyRequest, name: string): boolean {
  const raw = param(request, name)?.toLowerCase();
  if (raw === undefined || raw === 'false' || raw === '0' || raw === 'no') return false;
  if (raw === 'true' || raw === '1' || raw === 'yes') return true;
  throw badParam(name, `${name} must be true or false.`);
}

/** A date-time filter as ISO 8601 UTC with milliseconds (the stored form); a value without a zone is read as UTC. */
export function dateTimeParam(request: FastifyRequest, name: string): string | undefined {
  const raw = param(request, name);
  if (raw === undefined) return undefined;
  const withZone = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(raw) ? `${raw}Z` : raw;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(withZone) ? Date.parse(withZone) : NaN;
  if (Number.isNaN(ms)) {
    throw badParam(
      name,
      `${name} must be a date and time, like ${name}=2025-03-01T09:30:00Z, or a date, like 2025-03-01.`,
    );
  }
  return new Date(ms).toISOString();
}

export interface PageRequest {
  page: number;
  perPage: number;
  limit: number;
  offset: number;
}

export function pageParams(
  request: FastifyRequest,
  options: { defaultPerPage?: number; maxPerPage?: number } = {},
): PageRequest {
  const max = options.maxPerPage ?? MAX_PER_PAGE;
  const page = intParam(request, 'page', 1);
  const perPage = Math.min(intParam(request, 'per_page', options.defaultPerPage ?? DEFAULT_PER_PAGE), max);
  return { page, perPage, limit: perPage, offset: (page - 1) * perPage };
}

export function formatParam(request: FastifyRequest): 'json' | 'ndjson' {
  const raw = param(request, 'format')?.toLowerCase();
  if (raw === undefined || raw === 'json') return 'json';
  if (raw === 'ndjson') return 'ndjson';
  throw badParam('format', 'format must be json or ndjson.');
}

export interface ListEnvelope<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function envelope<T>(total: number, page: PageRequest, contents: T[]): ListEnvelope<T> {
  const totalPages = Math.ceil(total / page.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page.page,
    size: contents.length,
    first_page: page.page === 1,
    last_page: page.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * The same envelope as JSON text, around items that are already JSON texts:
 * byte for byte what JSON.stringify(envelope(total, page, parsedItems)) gives.
 */
export function envelopeJson(total: number, page: PageRequest, items: readonly string[]): string {
  const { contents: _contents, ...head } = envelope(total, page, items as string[]);
  return `${JSON.stringify(head).slice(0, -1)},"contents":[${items.join(',')}]}`;
}
