/**
 * Email addresses from feeds. Badly formed ones, placeholders
 * (email@example.com, test@test.com) and no-reply addresses are dropped with
 * a note: showing them to the public would send people nowhere.
 */
import { isNothing } from './values.js';
import { note } from './notes.js';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,63}$/i;
const PLACEHOLDER_DOMAINS = new Set(
  (
    'example.com example.org example.net example.co.uk example.org.uk test.com test.co.uk domain.com ' +
    'yourdomain.com email.email none.com noemail.com nomail.com sample.com'
  ).split(' '),
);
const PLACEHOLDER_TLDS = /\.(?:example|test|invalid|localhost|local)$/i;
const PLACEHOLDER_LOCALS = new Set('test email name yourname your.name someone user none noemail'.split(' '));
const NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply|no_reply)(?:[+.\-_].*)?$/i;

export function readEmail(value: unknown, base: string, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    note(base, name, 'email.invalid', value);
    return undefined;
  }
  const email = value.trim().replace(/^mailto:/i, '');
  if (isNothing(email)) return undefined;
  if (!EMAIL.test(email)) {
    note(base, name, 'email.invalid', email);
    return undefined;
  }
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at).toLowerCase();
  const domain = email.slice(at + 1).toLowerCase();
  if (
    PLACEHOLDER_DOMAINS.has(domain) ||
    PLACEHOLDER_TLDS.test(domain) ||
    domain.endsWith('.example.com') ||
    (PLACEHOLDER_LOCALS.has(local) && /^(?:test|email|mail|domain|none)\./.test(domain))
  ) {
    note(base, name, 'email.placeholder', email);
    return undefined;
  }
  if (NO_REPLY.test(local)) {
    note(base, name, 'email.noReply', email);
    return undefined;
  }
  return email;
}
