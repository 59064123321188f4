/**
 * The school calendar the engine and the dashboards share: terms (quadrimestri or trimestri),
 * the first scrutinio, ages. All in UTC, like `schoolYearOf` and `monthsBetween`.
 */
import { schoolYearOf } from './common';
import type { SchoolSettings } from './school';

type TermSystem = SchoolSettings['termSystem'];

export const DAY_MS = 24 * 60 * 60 * 1000;

/** First calendar year of a school year: "2025/26" -> 2025. */
function startYearOf(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

/**
 * 1-based term containing `date`. Quadrimestri: 1 = Sep-Jan, 2 = Feb-Aug. Trimestri:
 * 1 = Sep-Dec, 2 = Jan-Mar, 3 = Apr-Aug (summer belongs to the last term of the year).
 */
export function currentTerm(date: Date, termSystem: TermSystem): number {
  const m = date.getUTCMonth(); // 0 = January
  if (termSystem === 'quadrimestri') return m >= 8 || m === 0 ? 1 : 2;
  if (m >= 8) return 1;
  return m <= 2 ? 2 : 3;
}

/** First day (UTC midnight) of a term of a school year. */
export function termStartDate(schoolYear: string, term: number, termSystem: TermSystem): Date {
  const y = startYearOf(schoolYear);
  if (term <= 1) return new Date(Date.UTC(y, 8, 1));
  if (termSystem === 'quadrimestri') return new Date(Date.UTC(y + 1, 1, 1));
  return term === 2 ? new Date(Date.UTC(y + 1, 0, 1)) : new Date(Date.UTC(y + 1, 3, 1));
}

/**
 * Conventional date of the first scrutinio of a school year (UTC midnight): 31 January for
 * quadrimestri, 20 December for trimestri.
 */
export function firstScrutinioDate(schoolYear: string, termSystem: TermSystem): Date {
  const y = startYearOf(schoolYear);
  return termSystem === 'quadrimestri'
    ? new Date(Date.UTC(y + 1, 0, 31))
    : new Date(Date.UTC(y, 11, 20));
}

/**
 * The first scrutinio a pupil takes part in: the first conventional scrutinio date on or after
 * `entry` (a pupil entering after the first scrutinio of a year waits for the next year's).
 */
export function firstScrutinioAfter(entry: Date, termSystem: TermSystem): Date {
  const sameYear = firstScrutinioDate(schoolYearOf(entry), termSystem);
  if (sameYear.getTime() >= startOfUtcDay(entry).getTime()) return sameYear;
  const nextYearStart = new Date(Date.UTC(startYearOf(schoolYearOf(entry)) + 1, 8, 1));
  return firstScrutinioDate(schoolYearOf(nextYearStart), termSystem);
}

/** Age in whole years at `asOf` (UTC). */
export function ageAt(birthDate: Date, asOf: Date): number {
  let age = asOf.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    asOf.getUTCMonth() < birthDate.getUTCMonth() ||
    (asOf.getUTCMonth() === birthDate.getUTCMonth() && asOf.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Midnight UTC of a date's day. */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** A day `days` after the day of `d` (UTC midnight). */
export function addDays(d: Date, days: number): Date {
  return new Date(startOfUtcDay(d).getTime() + days * DAY_MS);
}

/** Whether `d` is between `from` and `to`, both included. */
export function inRange(d: Date, from: Date, to: Date): boolean {
  return d.getTime() >= from.getTime() && d.getTime() <= to.getTime();
}
