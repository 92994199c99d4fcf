/**
 * Thrown by the reader only when the input is not a feed response at all
 * (null, a string, an array where an object is expected, an object with no
 * list in it). Field values never cause it: those are repaired or dropped.
 */

/** English texts of the errors (also in messages-en.ts, which loads only with a problem shown). */
export const readerErrorsEn = {
  'reader.error.notObject': 'This is not a response from a service directory: it holds no record.',
  'reader.error.notServicePage': 'This is not a list of services from a service directory.',
  'reader.error.notService': 'This is not a service record: it has no id and no name.',
  'reader.error.notTermPage': 'This is not a list of taxonomy terms from a service directory.',
} as const;

export class ReaderError extends Error {
  /** Translation key of the message (see messages-en.ts). */
  declare readonly key: keyof typeof readerErrorsEn;
  /** `got` says what the input was: null, list, text, number, boolean, nothing or object. */
  declare readonly params: Record<string, string | number>;

  constructor(key: keyof typeof readerErrorsEn, input: unknown) {
    super(readerErrorsEn[key]);
    this.name = 'ReaderError';
    this.key = key;
    this.params = {
      got:
        input === null
          ? 'null'
          : Array.isArray(input)
            ? 'list'
            : typeof input === 'string'
              ? 'text'
              : input === undefined
                ? 'nothing'
                : typeof input,
    };
  }
}
