/**
 * Plain-words formatting of service details with Intl: opening times, ages,
 * costs and dates, in English or Welsh. Where the browser has no data for a
 * language (some builds lack Welsh), the words come from ./strings instead.
 */
import type { CostOptionView, DayCode, ScheduleView } from '../model/view-model.js';
import { fill, intlLocale, type Lang } from './i18n.js';
import type { FormatStrings } from './strings/en.js';

export interface FormatContext {
  lang: Lang;
  strings: FormatStrings;
}

const DAY_ORDER: readonly DayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function supports(ctor: { supportedLocalesOf(locales: string | string[]): string[] }, lang: Lang): boolean {
  try {
    return ctor.supportedLocalesOf(intlLocale(lang)).length > 0;
  } catch {
    return false;
  }
}

/** "A, B and C" with Intl.ListFormat, or the language's own word for "and" when the browser lacks it. */
export function formatList(items: readonly string[], ctx: FormatContext): string {
  if (typeof Intl.ListFormat === 'function' && supports(Intl.ListFormat, ctx.lang)) {
    return new Intl.ListFormat(intlLocale(ctx.lang), { style: 'long', type: 'conjunction' }).format(items);
  }
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${ctx.strings.listAnd} ${items[items.length - 1]}`;
}

/** "HH:MM" → "10:00" in the language's 24-hour style. */
export function formatTime(hhmm: string, ctx: FormatContext): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const date = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  if (Number.isNaN(date.getTime())) return hhmm;
  return new Intl.DateTimeFormat(intlLocale(ctx.lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
}

/** "YYYY-MM-DD" or an ISO date-time → "3 March 2026"; undefined when it is not a date. */
export function formatDate(iso: string | undefined, ctx: FormatContext): string | undefined {
  if (!iso) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return undefined;
  if (supports(Intl.DateTimeFormat, ctx.lang)) {
    return new Intl.DateTimeFormat(intlLocale(ctx.lang), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: dateOnly ? 'UTC' : 'Europe/London',
    }).format(date);
  }
  const months = ctx.strings.months.split(',');
  return fill(ctx.strings.dateTemplate, {
    day: date.getUTCDate(),
    month: months[date.getUTCMonth()] ?? '',
    year: date.getUTCFullYear(),
  });
}

function formatDays(days: readonly DayCode[], ctx: FormatContext): string {
  const unique = DAY_ORDER.filter((d) => days.includes(d));
  if (unique.length === 7) return ctx.strings.everyDay;
  if (unique.length === 5 && unique.every((d) => d !== 'SA' && d !== 'SU')) return ctx.strings.weekdays;
  return formatList(
    unique.map((d) => ctx.strings[`day${d}`]),
    ctx,
  );
}

/**
 * One schedule in plain words: "Mondays and Thursdays, 10:00 to 16:00".
 * The schedule's free-text description is not included (show it beside).
 * Returns undefined when the schedule has no days or times to state.
 */
export function formatSchedule(schedule: ScheduleView, ctx: FormatContext): string | undefined {
  const hasTimes = Boolean(schedule.opensAt && schedule.closesAt);
  const times = hasTimes
    ? {
        opens: formatTime(schedule.opensAt!, ctx),
        // Closing before the opening time is an overnight session (a night shelter, 20:00 to 08:00).
        closes: fill(schedule.closesAt! < schedule.opensAt! ? ctx.strings.nextDay : '{time}', {
          time: formatTime(schedule.closesAt!, ctx),
        }),
      }
    : undefined;
  let text: string | undefined;
  if (schedule.freq === 'MONTHLY') {
    text = times
      ? `${ctx.strings.scheduleMonthly}, ${fill(ctx.strings.scheduleTimes, times)}`
      : ctx.strings.scheduleMonthly;
  } else if (schedule.days.length > 0) {
    const days = formatDays(schedule.days, ctx);
    if (times) {
      // The Welsh template adds "Bob" (every) before a day list; not before "every day".
      const allDays = days === ctx.strings.everyDay || days === ctx.strings.weekdays;
      text = allDays
        ? `${days}, ${fill(ctx.strings.scheduleTimes, times)}`
        : fill(ctx.strings.scheduleDaysTimes, { days, ...times });
    } else {
      text = days.charAt(0).toUpperCase() + days.slice(1);
    }
  } else if (times) {
    text = fill(ctx.strings.scheduleTimes, times);
  }
  if (!text) return undefined;
  const from = formatDate(schedule.validFrom, ctx);
  const until = formatDate(schedule.validTo, ctx);
  const range = [
    from && fill(ctx.strings.scheduleFrom, { date: from }),
    until && fill(ctx.strings.scheduleUntil, { date: until }),
  ]
    .filter(Boolean)
    .join(' ');
  return range ? `${text} (${range})` : text;
}

/** "Ages 11 to 18", "Ages 11 and over", "Up to age 18", or undefined when no ages are given. */
export function formatAges(min: number | undefined, max: number | undefined, ctx: FormatContext): string | undefined {
  const hasMin = typeof min === 'number' && Number.isFinite(min) && min > 0;
  const hasMax = typeof max === 'number' && Number.isFinite(max);
  if (hasMin && hasMax) return fill(ctx.strings.agesRange, { min, max });
  if (hasMin) return fill(ctx.strings.agesMin, { min });
  if (hasMax) return fill(ctx.strings.agesMax, { max });
  return undefined;
}

/** "£5.00 per session", "Under 18s: Free"; undefined when the option says nothing. */
export function formatCost(cost: CostOptionView, ctx: FormatContext): string | undefined {
  let amount: string | undefined;
  if (typeof cost.amount === 'number' && Number.isFinite(cost.amount)) {
    if (cost.amount === 0) {
      amount = ctx.strings.costFree;
    } else {
      const currency = (cost.currency ?? 'GBP').toUpperCase();
      try {
        amount = new Intl.NumberFormat(intlLocale(ctx.lang), { style: 'currency', currency }).format(cost.amount);
      } catch {
        amount = `${cost.amount} ${currency}`;
      }
    }
  }
  const lower = (t: string | undefined) => (t ?? '').toLocaleLowerCase();
  // Say "free" once: not "Free: Free This service is free."
  if (
    amount === ctx.strings.costFree &&
    (lower(cost.description).includes(lower(amount)) || lower(cost.option) === lower(amount))
  ) {
    amount = undefined;
  }
  const costText = [amount, cost.description].filter(Boolean).join(' ');
  const option = cost.option && !lower(costText).includes(lower(cost.option)) ? cost.option : undefined;
  if (option && costText) return fill(ctx.strings.costOption, { option, cost: costText });
  return option || costText || undefined;
}
