/**
 * RFC 5545 BYDAY strings ("MO,TH") as sets of day codes, for the day
 * checkboxes. Tokens the form does not offer (like "1MO") are kept as they were.
 */
export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type DayCode = (typeof DAY_CODES)[number];

const isDay = (token: string): boolean => (DAY_CODES as readonly string[]).includes(token.toUpperCase());

function tokens(byday: unknown): string[] {
  return typeof byday === 'string'
    ? byday
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
    : [];
}

/** The plain day codes in a BYDAY value, upper-cased. */
export function daysOf(byday: unknown): Set<string> {
  return new Set(
    tokens(byday)
      .filter(isDay)
      .map((t) => t.toUpperCase()),
  );
}

/**
 * The BYDAY value with `day` switched on or off: the week's days in order,
 * then any other tokens; undefined when nothing is left.
 */
export function toggleDay(byday: unknown, day: string, on: boolean): string | undefined {
  const days = daysOf(byday);
  days[on ? 'add' : 'delete'](day);
  return [...DAY_CODES.filter((d) => days.has(d)), ...tokens(byday).filter((t) => !isDay(t))].join() || undefined;
}
