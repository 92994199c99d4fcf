/**
 * A problem found in a record: by the strict checker (a reason it cannot be saved)
 * or by the lenient reader (something in a feed it had to repair or drop).
 *
 * `path` names the field in ORUK terms, dot-separated with array indexes:
 * `service_at_locations.0.location.addresses.0.postal_code`.
 * `key` selects a translatable message; `params` fill it in; `message` is the
 * English text, ready to show. The reader's problems have no `message`: their
 * words load only where they are shown (`loadReaderMessages` and
 * `localizeReaderProblem` in the reader).
 */
export interface Problem {
  path: string;
  message?: string;
  key?: string;
  params?: Record<string, string | number>;
}
