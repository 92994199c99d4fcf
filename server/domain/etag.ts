/** Entity tags: strong for stored services (If-Match needs strong comparison), hashes for other responses. */
import { createHash } from 'node:crypto';

export function hashTag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** A service's ETag changes on every write: the version makes it unique even when the content repeats. */
export function serviceTag(version: number, doc: string): string {
  return `"${version}-${createHash('sha256').update(doc).digest('base64url').slice(0, 22)}"`;
}

/** The entity tags in an If-Match or If-None-Match header; `*` is kept as is. */
export function parseTagList(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** If-None-Match uses weak comparison: W/"x" matches "x". */
export function noneMatchHits(header: string | undefined, tag: string): boolean {
  const strip = (t: string) => (t.startsWith('W/') ? t.slice(2) : t);
  return parseTagList(header).some((t) => t === '*' || strip(t) === strip(tag));
}

/** If-Match uses strong comparison: weak tags never match. */
export function ifMatchHits(header: string, tag: string): boolean {
  return parseTagList(header).some((t) => t === '*' || (!t.startsWith('W/') && t === tag));
}
