/**
 * Thrown by the reader only when the input is not a feed response at all
 * (null, a string, an array where an object is expected, an object with no
 * list in it). Field values never cause it: those are repaired or dropped.
 */
import { formatReaderMessage } from './messages.js';
import type { ReaderMessageKey } from './messages-en.js';

export class ReaderError extends Error {
  override name = 'ReaderError';
  /** Translation key of the message (see messages-en.ts). */
  readonly key: ReaderMessageKey;
  /** `got` says what the input was: null, list, text, number, boolean, nothing or object. */
  readonly params: Record<string, string | number>;

  constructor(key: ReaderMessageKey, input: unknown) {
    const params = { got: kindOf(input) };
    super(formatReaderMessage(key, params));
    this.key = key;
    this.params = params;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (value === undefined) return 'nothing';
  return typeof value;
}
