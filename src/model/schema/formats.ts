/**
 * String formats of the official ORUK 3.0 JSON Schema (`uuid`, `email`, `uri`,
 * `date-time`), and RFC 3339 `date` and `time` for completeness.
 *
 * These are our own checks, written to give the same verdict as Ajv with
 * ajv-formats ("full" mode), which is what the official ORUK validator uses.
 * The agreement test (test/node/model/agreement.test.ts) holds them to that.
 * They are plain functions with no dependencies, so the browser bundle stays small.
 */

/** A case-insensitive regular expression for the whole of a value. */
const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'i');

const HEX = '[0-9a-f]';

const UUID = whole(`(?:urn:uuid:)?${HEX}{8}(?:-${HEX}{4}){3}-${HEX}{12}`);

/** RFC 4122 layout (any version or variant), optionally prefixed `urn:uuid:`. */
export const isUuid = (value: string): boolean => UUID.test(value);

// RFC 5322 "dot-atom" runs and DNS labels, letters and digits in ASCII only.
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const EMAIL = whole(`${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+${LABEL}`);

/**
 * `local@domain`: the local part is dot-separated runs of atext; the domain has
 * at least two dot-separated labels of letters, digits and inner hyphens.
 */
export const isEmail = (value: string): boolean => EMAIL.test(value);

// RFC 3986 (ASCII only): unreserved and sub-delims, a percent-encoded octet, path and query characters.
const CHAR = `[a-z0-9\\-._~!$&'()*+,;=:`;
const PCT = `%${HEX}{2}`;
const PATH = `(?:${CHAR}@/]|${PCT})`;
const QUERY = `(?:${CHAR}@/?]|${PCT})*`;
const OCTET = '(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)';
const IPV4 = whole(`(?:${OCTET}\\.){3}${OCTET}`);
const IPV_FUTURE = whole(`v${HEX}+\\.${CHAR}]+`);
const H16 = whole(`${HEX}{1,4}`);

/**
 * An absolute URI: `scheme:` then a non-empty hierarchical part, an optional
 * `?query` and `#fragment`. Like ajv-formats, an authority is only parsed
 * strictly when it is a bracketed IP literal (`//user@[::1]:80/path`);
 * otherwise the hierarchical part only has to be made of path characters (so
 * `http://` + host checks the characters, not the host's structure).
 */
const AUTHORITY = `//?(?:(?:${CHAR}]|${PCT})*@)?\\[([^\\]]*)\\](?::\\d*)?(?:/${PATH}*)?`;
const URI = whole(`[a-z][a-z0-9+\\-.]*:(?:${PATH}+|${AUTHORITY})(?:\\?${QUERY})?(?:#${QUERY})?`);

/** RFC 3986 IPv6address: eight 16-bit groups, "::" once for a run of zeros, an IPv4 tail allowed. */
function isIpv6(value: string): boolean {
  const halves = value.split('::');
  const [head, tail = []] = halves.map((half) => (half ? half.split(':') : []));
  const groups = [...head!, ...tail];
  let width = 0;
  const ok = groups.every((group, i) =>
    // An IPv4 tail may only end the address, after any "::".
    i === groups.length - 1 && (halves.length < 2 || tail.length) && group.includes('.')
      ? IPV4.test(group) && (width += 2)
      : H16.test(group) && ++width,
  );
  return ok && halves.length < 3 && (halves.length > 1 ? width < 8 : width === 8);
}

export function isUri(value: string): boolean {
  const match = URI.exec(value);
  const literal = match?.[1];
  return !!match && (literal === undefined || isIpv6(literal) || IPV_FUTURE.test(literal));
}

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** A real calendar date `YYYY-MM-DD` (RFC 3339 full-date). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // 31 days in January, March, May, July, August, October, December.
  const days = m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1);
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:z|([+-])(\d\d)(?::?(\d\d))?)$/i;

/**
 * RFC 3339 full-time `HH:MM:SS[.frac]` with a zone (`Z` or `±HH[:MM]`).
 * A leap second (:60) is accepted only when it falls at 23:59 UTC.
 */
export function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const [hour, minute, second, , zoneHours, zoneMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as number[] as [number, number, number, number, number, number];
  if (zoneHours > 23 || zoneMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // Leap second: shift to UTC, borrowing an hour when the minutes go below zero.
  const sign = match[4] === '-' ? -1 : 1;
  const utcMinute = minute - sign * zoneMinutes;
  const utcHour = hour - sign * zoneHours - (utcMinute < 0 ? 1 : 0);
  return (utcMinute === 59 || utcMinute === -1) && (utcHour === 23 || utcHour === -1) && second < 61;
}

/** RFC 3339 date-time: a full-date, `T` (or a space), a full-time with its zone. */
export function isDateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
}
