/**
 * String formats of the official ORUK 3.0 JSON Schema (`uuid`, `email`, `uri`,
 * `date-time`), and RFC 3339 `date` and `time` for completeness.
 *
 * These are our own checks, written to give the same verdict as Ajv with
 * ajv-formats ("full" mode), which is what the official ORUK validator uses.
 * The agreement test (test/node/model/agreement.test.ts) holds them to that.
 * They are plain functions with no dependencies, so the browser bundle stays small.
 */

const HEX = '[0-9a-f]';
const UUID = new RegExp(`^(?:urn:uuid:)?${HEX}{8}(?:-${HEX}{4}){3}-${HEX}{12}$`, 'i');

/** RFC 4122 layout (any version or variant), optionally prefixed `urn:uuid:`. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

// RFC 5322 "dot-atom" characters, letters and digits in ASCII only.
const ATEXT = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+$/i;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * `local@domain`: the local part is dot-separated runs of atext; the domain has
 * at least two dot-separated labels of letters, digits and inner hyphens.
 */
export function isEmail(value: string): boolean {
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local, domain] = parts as [string, string];
  if (!local.split('.').every((atom) => ATEXT.test(atom))) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

// RFC 3986 character classes (ASCII only, case-insensitive).
const PCT = '%[0-9a-f]{2}';
const UNRESERVED_SUB = "a-z0-9\\-._~!$&'()*+,;=";
const PATH_CHARS = new RegExp(`^(?:[${UNRESERVED_SUB}:@/]|${PCT})*$`, 'i');
const QUERY_CHARS = new RegExp(`^(?:[${UNRESERVED_SUB}:@/?]|${PCT})*$`, 'i');
const USERINFO = new RegExp(`^(?:[${UNRESERVED_SUB}:]|${PCT})*$`, 'i');
const SCHEME = /^[a-z][a-z0-9+\-.]*$/i;
const IPV_FUTURE = /^v[0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+$/i;
const DEC_OCTET = /^(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/;
const H16 = /^[0-9a-f]{1,4}$/i;

function isIpv4Literal(value: string): boolean {
  const octets = value.split('.');
  return octets.length === 4 && octets.every((o) => DEC_OCTET.test(o));
}

/** RFC 3986 IPv6address: eight 16-bit groups, "::" once for a run of zeros, an IPv4 tail allowed. */
function isIpv6Literal(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] | null => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let width = 0;
  for (let i = 0; i < all.length; i++) {
    const group = all[i]!;
    // An IPv4 tail may only end the address, after any "::".
    const tailEnd = i === all.length - 1 && (halves.length === 1 || tail.length > 0);
    if (tailEnd && group.includes('.')) {
      if (!isIpv4Literal(group)) return false;
      width += 2;
    } else if (H16.test(group)) {
      width += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? width <= 7 : width === 8;
}

/**
 * `[` IP-literal `]` authority form: one or two slashes, optional `userinfo@`,
 * a bracketed IPv6 or IPvFuture address, optional `:port`, then a path.
 */
function isBracketHierPart(hier: string): boolean {
  const match = /^\/\/?(?:([^@/[\]]*)@)?\[([^\]]*)\](?::(\d*))?(\/.*)?$/.exec(hier);
  if (!match) return false;
  const [, userinfo, literal, , path] = match;
  if (userinfo !== undefined && !USERINFO.test(userinfo)) return false;
  if (!isIpv6Literal(literal!) && !IPV_FUTURE.test(literal!)) return false;
  return path === undefined || PATH_CHARS.test(path);
}

/**
 * An absolute URI: `scheme:` then a non-empty hierarchical part, an optional
 * `?query` and `#fragment`. Like ajv-formats, an authority is only parsed
 * strictly when it is a bracketed IP literal; otherwise the hierarchical part
 * only has to be made of path characters (so `http://` + host checks the
 * characters, not the host's structure), and an empty one is refused.
 */
export function isUri(value: string): boolean {
  const colon = value.indexOf(':');
  if (colon < 1 || !SCHEME.test(value.slice(0, colon))) return false;
  let rest = value.slice(colon + 1);
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    if (!QUERY_CHARS.test(rest.slice(hash + 1))) return false;
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question >= 0) {
    if (!QUERY_CHARS.test(rest.slice(question + 1))) return false;
    rest = rest.slice(0, question);
  }
  if (rest === '') return false;
  if (PATH_CHARS.test(rest)) return true;
  return rest.includes('[') && isBracketHierPart(rest);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** A real calendar date `YYYY-MM-DD` (RFC 3339 full-date). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
  return day <= max;
}

const TIME = /^(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(?:(z)|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

/**
 * RFC 3339 full-time `HH:MM:SS[.frac]` with a zone (`Z` or `±HH[:MM]`).
 * A leap second (:60) is accepted only when it falls at 23:59 UTC.
 */
export function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const [, h, m, s, zulu, sign, zh, zm] = match;
  if (!zulu && !sign) return false;
  const hour = Number(h);
  const minute = Number(m);
  const second = Number(s);
  const offsetHours = Number(zh ?? 0);
  const offsetMinutes = Number(zm ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // Leap second: shift to UTC, borrowing an hour when the minutes go below zero.
  const direction = sign === '-' ? -1 : 1;
  const utcMinute = minute - direction * offsetMinutes;
  const utcHour = hour - direction * offsetHours - (utcMinute < 0 ? 1 : 0);
  const lastMinute = utcMinute === 59 || utcMinute === -1;
  const lastHour = utcHour === 23 || utcHour === -1;
  return lastMinute && lastHour && second < 61;
}

/** RFC 3339 date-time: a full-date, `T` (or a space), a full-time with its zone. */
export function isDateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
}
