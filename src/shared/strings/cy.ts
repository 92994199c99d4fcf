import type { FormatStrings } from './en.js';

/** Welsh words for the shared formatters (see ./en.ts). */
export const formatCy: FormatStrings = {
  dayMO: 'dydd Llun',
  dayTU: 'dydd Mawrth',
  dayWE: 'dydd Mercher',
  dayTH: 'dydd Iau',
  dayFR: 'dydd Gwener',
  daySA: 'dydd Sadwrn',
  daySU: 'dydd Sul',
  everyDay: 'Bob dydd',
  weekdays: 'Dydd Llun i ddydd Gwener',
  listAnd: 'a',
  scheduleDaysTimes: 'Bob {days}, {opens} i {closes}',
  scheduleTimes: '{opens} i {closes}',
  nextDay: '{time} drannoeth',
  scheduleMonthly: 'Yn fisol',
  scheduleFrom: 'o {date}',
  scheduleUntil: 'tan {date}',
  agesRange: 'Oedran {min} i {max}',
  agesMin: 'Oedran {min} a hŷn',
  agesMax: 'Hyd at {max} oed',
  agesAll: 'Pob oedran',
  costFree: 'Am ddim',
  costOption: '{option}: {cost}',
  months: 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr',
  dateTemplate: '{day} {month} {year}',
};
