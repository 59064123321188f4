/** Arrival and first Italian school dates, shaped by the pupil's risk features. */
import { monthsBetween, schoolYearOf } from '../../../functions/src/domain/common';
import {
  addDays,
  daysBetween,
  maxDate,
  minDate,
  MONTH_DAYS,
  nextLessonDay,
  schoolStart,
  startYearOf,
  term1End,
  weekdayBack,
} from './calendar';
import type { Ctx, Draft } from './draft';
import type { Rng } from './prng';

/** Summer, Christmas or a weekend: enrolment happens on the next lesson day. */
function enrolmentDay(d: Date): Date {
  return nextLessonDay(d);
}

interface MonthRange {
  min: number;
  max: number;
}

function recentRange(d: Draft, ageMonths: number): MonthRange {
  let min = 0.3;
  let max = Math.min(23, ageMonths - 74);
  const marksFeature =
    d.amber.has('fails2') ||
    d.amber.has('lowMean') ||
    d.amber.has('conduct6') ||
    d.red.has('fails3') ||
    d.red.has('veryLowMean') ||
    d.red.has('conduct5');
  if (marksFeature) min = Math.max(min, 2.3);
  if (d.amber.has('absence') || d.red.has('absenceRed')) min = Math.max(min, 1.5);
  if (d.amber.has('sessionGap')) {
    min = Math.max(min, 1.9);
    max = Math.min(max, 5.4);
  }
  if (d.red.has('l2Stuck')) {
    min = Math.max(min, 7.5);
    max = Math.min(max, 22);
  }
  if (d.amber.has('noPdp')) {
    min = Math.max(min, 10.5);
    max = Math.min(max, 22.5);
  }
  if (max < min) max = min;
  return { min, max };
}

/** Date of the first scrutinio a pupil entering on `entry` takes part in (31 January). */
export function firstScrutinio(entry: Date): Date {
  const sy = startYearOf(schoolYearOf(entry));
  const sameYear = term1End(sy);
  return entry <= sameYear ? sameYear : term1End(sy + 1);
}

export function placeDates(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf } = ctx;
  // First Italian school: the start of primaria; in 1st-2nd primaria the start of infanzia
  // instead, so that pupils born here do not count as newly arrived.
  const primariaStart = schoolStart(d.birthDate.getUTCFullYear() + 6);
  const firstSchool =
    monthsBetween(primariaStart, asOf) < 24
      ? schoolStart(d.birthDate.getUTCFullYear() + 3)
      : primariaStart;
  const ageMonths = monthsBetween(d.birthDate, asOf);
  if (d.arrival === 'bornIT') {
    d.arrivalDate = null;
    d.first = firstSchool;
    return;
  }
  if (d.arrival === 'early') {
    const span = daysBetween(d.birthDate, firstSchool) - 14 - 120;
    d.arrivalDate = addDays(d.birthDate, 120 + Math.floor(rng.float() * Math.max(1, span)));
    d.first = firstSchool;
    return;
  }
  if (d.arrival === 'mid') {
    const maxYears = Math.min(7, ageMonths / 12 - 6.3);
    for (let attempt = 0; attempt < 8; attempt++) {
      const years = rng.range(2.3, Math.max(2.4, maxYears));
      const arrival = addDays(asOf, -Math.round(years * 365.25));
      const first = enrolmentDay(addDays(arrival, rng.int(3, 30)));
      if (monthsBetween(first, asOf) >= 24 && arrival > d.birthDate) {
        d.arrivalDate = arrival;
        d.first = first;
        return;
      }
    }
    d.arrival = 'early';
    placeDates(rng, d, ctx);
    return;
  }
  // recent (NAI)
  const range = recentRange(d, ageMonths);
  const latestEntry = weekdayBack(addDays(asOf, -2));
  let chosen: Date | null = null;
  for (let attempt = 0; attempt < 10 && chosen === null; attempt++) {
    const months = rng.range(range.min, range.max);
    let first = enrolmentDay(addDays(asOf, -Math.round(months * MONTH_DAYS)));
    if (first > latestEntry) first = latestEntry;
    const real = daysBetween(first, asOf) / MONTH_DAYS;
    const okRange = real >= range.min - 0.25 && real <= range.max + 0.25;
    const okNai = monthsBetween(first, asOf) < 24;
    const okPdp = !d.amber.has('noPdp') || firstScrutinio(first) < asOf;
    if (okRange && okNai && okPdp) chosen = first;
  }
  if (chosen === null) {
    // Constraints not satisfiable in this calendar: keep a plain NAI and drop the timing features.
    d.amber.delete('noPdp');
    d.amber.delete('sessionGap');
    d.red.delete('l2Stuck');
    if (d.red.size === 0 && d.profile === 'red') d.red.add('absenceRed');
    if (d.amber.size === 0 && d.profile === 'amber') d.amber.add('absence');
    chosen = minDate(
      latestEntry,
      enrolmentDay(addDays(asOf, -Math.round(rng.range(0.5, 6) * MONTH_DAYS))),
    );
  }
  d.first = chosen;
  const arrival = addDays(chosen, -rng.int(4, 45));
  d.arrivalDate = maxDate(arrival, addDays(d.birthDate, 1));
}
