/**
 * English words for the shared formatters (opening times, ages, costs,
 * dates). Templates use `{name}` placeholders filled by `fill()`.
 * Welsh is in ./cy.ts, loaded only when a page needs it.
 */
export const formatEn = {
  dayMO: 'Mondays',
  dayTU: 'Tuesdays',
  dayWE: 'Wednesdays',
  dayTH: 'Thursdays',
  dayFR: 'Fridays',
  daySA: 'Saturdays',
  daySU: 'Sundays',
  everyDay: 'Every day',
  weekdays: 'Monday to Friday',
  /** Used only when the browser cannot join a list in this language. */
  listAnd: 'and',
  scheduleDaysTimes: '{days}, {opens} to {closes}',
  scheduleTimes: '{opens} to {closes}',
  /** A closing time after midnight, in an overnight session. */
  nextDay: '{time} the next day',
  scheduleMonthly: 'Monthly',
  scheduleFrom: 'from {date}',
  scheduleUntil: 'until {date}',
  agesRange: 'Ages {min} to {max}',
  agesMin: 'Ages {min} and over',
  agesMax: 'Up to age {max}',
  agesAll: 'All ages',
  costFree: 'Free',
  costOption: '{option}: {cost}',
  /** Month names, used only when the browser has no date words for the language. */
  months: 'January,February,March,April,May,June,July,August,September,October,November,December',
  dateTemplate: '{day} {month} {year}',
};

/** Every language must give every key. */
export type FormatStrings = { [K in keyof typeof formatEn]: string };
