/** School calendar in UTC: Lombard lesson days, holidays, terms. */
import { schoolYearOf } from '../../../functions/src/domain/common';

const DAY_MS = 86_400_000;
export const MONTH_DAYS = 30.44;

export function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}
export function addMonths(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
}
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
export function copy(d: Date): Date {
  return new Date(d.getTime());
}
function isWeekend(d: Date): boolean {
  const w = d.getUTCDay();
  return w === 0 || w === 6;
}
/** Moves a weekend day to the previous Friday. */
export function weekdayBack(d: Date): Date {
  const w = d.getUTCDay();
  return w === 6 ? addDays(d, -1) : w === 0 ? addDays(d, -2) : d;
}
/** Moves a weekend day to the next Monday. */
export function weekdayForward(d: Date): Date {
  const w = d.getUTCDay();
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
}
/** Next given weekday (1 = Monday) on or after `d`. */
export function nextWeekday(d: Date, weekday: number): Date {
  return addDays(d, (weekday - d.getUTCDay() + 7) % 7);
}

/** First lesson day in Lombardy: the first weekday on or after 12 September. */
export function schoolStart(startYear: number): Date {
  return weekdayForward(utc(startYear, 9, 12));
}
export function term1End(startYear: number): Date {
  return utc(startYear + 1, 1, 31);
}
export function schoolEnd(startYear: number): Date {
  return utc(startYear + 1, 6, 8);
}
export function startYearOf(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

const FIXED_HOLIDAYS = new Set(['11-01', '12-07', '12-08', '04-25', '05-01', '06-02']);

/** A lesson day: Monday-Friday within the school year, not a holiday or a break. */
export function isLessonDay(d: Date): boolean {
  if (isWeekend(d)) return false;
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const key = `${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (FIXED_HOLIDAYS.has(key)) return false;
  if ((m === 12 && day >= 23) || (m === 1 && day <= 6)) return false; // vacanze natalizie
  const sy = startYearOf(schoolYearOf(d));
  if (d < schoolStart(sy) || d > schoolEnd(sy)) return false;
  const e = easter(d.getUTCFullYear());
  const fromEaster = daysBetween(e, d);
  if (fromEaster >= -3 && fromEaster <= 2) return false; // vacanze pasquali
  return true;
}

const lessonDayMemo = new Map<string, number>();
/** Lesson days in [from, to). */
export function lessonDaysBetween(from: Date, to: Date): number {
  const key = `${from.getTime()}:${to.getTime()}`;
  const hit = lessonDayMemo.get(key);
  if (hit !== undefined) return hit;
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (isLessonDay(d)) n++;
  lessonDayMemo.set(key, n);
  return n;
}

/** Moves a day off to the previous lesson day. */
function previousLessonDay(d: Date): Date {
  let x = d;
  for (let i = 0; i < 120 && !isLessonDay(x); i++) x = addDays(x, -1);
  return x;
}

/** A lesson day near `d`: the next one if it is not after `limit`, else the previous one. */
export function lessonDayNear(d: Date, limit: Date): Date {
  const next = nextLessonDay(d);
  return next <= limit ? next : previousLessonDay(d);
}

/** Moves a day off (summer, Christmas, weekend) to the next lesson day. */
export function nextLessonDay(d: Date): Date {
  let x = d;
  for (let i = 0; i < 120 && !isLessonDay(x); i++) x = addDays(x, 1);
  return x;
}
