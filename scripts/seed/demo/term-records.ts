/** Term records (marks, conduct, absences) of a demo pupil, current and past years. */
import type { Mark, TermRecord } from '../../../functions/src/domain/records';
import { SUBJECTS_BY_LEVEL, termRecordId } from '../../../functions/src/domain/term-records';
import {
  addDays,
  daysBetween,
  lessonDaysBetween,
  maxDate,
  minDate,
  schoolEnd,
  schoolStart,
  term1End,
} from './calendar';
import { type ClassPlan, type Level, LEVEL_OFFSET, WEEKLY_HOURS } from './classes';
import type { Ctx, Draft } from './draft';
import type { Rng } from './prng';
import { classLead, meta } from './record-meta';

const JUDGEMENT_BY_MIN: [number, Mark & { kind: 'judgement' }][] = [
  [9.5, { kind: 'judgement', value: 'Ottimo' }],
  [8.5, { kind: 'judgement', value: 'Distinto' }],
  [7.5, { kind: 'judgement', value: 'Buono' }],
  [6.5, { kind: 'judgement', value: 'Discreto' }],
  [6, { kind: 'judgement', value: 'Sufficiente' }],
];

function rawMark(v: number): string {
  const n = Math.floor(v);
  const f = v - n;
  if (f === 0) return String(n);
  if (f === 0.25) return `${n}+`;
  if (f === 0.5) return `${n}½`;
  return `${n + 1}-`;
}

function toMark(v: number, level: Level): Mark {
  if (level !== 'primaria') return { kind: 'numeric', value: v, raw: rawMark(v) };
  for (const [min, mark] of JUDGEMENT_BY_MIN) if (v >= min) return { ...mark };
  return { kind: 'judgement', value: 'Non sufficiente' };
}

interface MarksSpec {
  fails: number;
  meanMin: number;
  meanMax: number;
  itaMat: 'avoid' | 'force' | 'any';
}

function marksSpec(rng: Rng, d: Draft): MarksSpec {
  if (d.red.has('veryLowMean'))
    return { fails: rng.int(5, 6), meanMin: 4.0, meanMax: 4.85, itaMat: 'any' };
  if (d.red.has('fails3')) {
    return rng.chance(0.35)
      ? { fails: 2, meanMin: 5.6, meanMax: 6.6, itaMat: 'force' }
      : { fails: rng.int(3, 4), meanMin: 5.0, meanMax: 6.2, itaMat: 'any' };
  }
  if (d.amber.has('lowMean'))
    return {
      fails: d.amber.has('fails2') ? 2 : rng.int(1, 2),
      meanMin: 5.2,
      meanMax: 5.85,
      itaMat: 'avoid',
    };
  // Engine 2: marks carry the level, so pupils drafted at risk mostly have a mean below pass
  // (with absences, ritardo or L2 as context), as real at-risk pupils do.
  if (d.amber.has('fails2')) return { fails: 2, meanMin: 5.4, meanMax: 5.95, itaMat: 'avoid' };
  if (d.profile !== 'green' && rng.chance(0.6))
    return { fails: rng.int(1, 3), meanMin: 5.3, meanMax: 5.95, itaMat: 'avoid' };
  return {
    fails: rng.chance(0.22) ? 1 : 0,
    meanMin: 6.3,
    meanMax: rng.range(7.0, 9.0),
    itaMat: 'avoid',
  };
}

function genMarks(rng: Rng, d: Draft, spec: MarksSpec, level: Level): Record<string, Mark> {
  const subjects: string[] = [...SUBJECTS_BY_LEVEL[level]];
  const nai = d.arrival === 'recent';
  const preferred = nai
    ? ['italiano', 'storia', 'geografia', 'scienze']
    : ['matematica', 'inglese', 'italiano', 'scienze'];
  const ordered = rng
    .shuffle([...subjects])
    .sort((a, b) => Number(preferred.includes(b)) - Number(preferred.includes(a)));
  let failing: string[];
  if (spec.itaMat === 'force') {
    failing = [
      'italiano',
      'matematica',
      ...ordered.filter((s) => s !== 'italiano' && s !== 'matematica'),
    ].slice(0, Math.max(2, spec.fails));
  } else {
    failing = ordered.slice(0, Math.min(spec.fails, subjects.length));
    if (spec.itaMat === 'avoid' && failing.includes('italiano') && failing.includes('matematica')) {
      const swap = ordered.find((s) => !failing.includes(s));
      if (swap) failing = failing.map((s) => (s === 'matematica' ? swap : s));
    }
  }
  // A pupil still learning Italian rarely goes beyond 6½ in the language-heavy subjects.
  const languageHeavy = ['italiano', 'storia', 'geografia'];
  const cap = (s: string) => (nai && (d.l2Rank ?? 0) < 3 && languageHeavy.includes(s) ? 6.5 : 10);
  const values = new Map<string, number>();
  const centre = (spec.meanMin + spec.meanMax) / 2 + 0.4;
  for (const s of subjects) {
    if (failing.includes(s)) values.set(s, rng.pick([4, 4.5, 5, 5, 5.5, 5.5, 5.75]));
    else {
      const v = Math.round((centre + rng.range(-1.3, 1.3)) * 4) / 4;
      values.set(s, Math.max(6, Math.min(cap(s), v)));
    }
  }
  const mean = () => [...values.values()].reduce((a, b) => a + b, 0) / values.size;
  for (let i = 0; i < 300; i++) {
    const m = mean();
    const passes = subjects.filter((s) => !failing.includes(s));
    if (m < spec.meanMin) {
      const low = passes
        .filter((s) => (values.get(s) ?? 10) + 0.5 <= cap(s))
        .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0))[0];
      const lowFail = failing.filter((s) => (values.get(s) ?? 6) < 5.5)[0];
      const target = low ?? lowFail;
      if (!target) break;
      values.set(target, (values.get(target) ?? 6) + 0.5);
    } else if (m > spec.meanMax) {
      const high = passes
        .filter((s) => (values.get(s) ?? 6) > 6)
        .sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0))[0];
      const highFail = failing
        .filter((s) => (values.get(s) ?? 3) > 3)
        .sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0))[0];
      const target = high ?? highFail;
      if (!target) break;
      const floor = failing.includes(target) ? 3 : 6;
      values.set(target, Math.max(floor, (values.get(target) ?? 6) - 0.5));
    } else break;
  }
  const marks: Record<string, Mark> = {};
  for (const s of subjects) marks[s] = toMark(values.get(s) ?? 6, level);
  return marks;
}

function conductMark(rng: Rng, d: Draft, level: Level, current: boolean): Mark {
  if (level === 'primaria') {
    return {
      kind: 'judgement',
      value: rng.weighted([
        ['Ottimo', 1],
        ['Distinto', 3],
        ['Buono', 4],
        ['Discreto', 1],
      ] as const),
    };
  }
  let v: number = rng.weighted([
    [7, 2],
    [8, 4],
    [9, 3],
    [10, 1],
  ] as const);
  if (current && d.amber.has('conduct6')) v = 6;
  if (current && d.red.has('conduct5')) v = 5;
  return { kind: 'numeric', value: v, raw: String(v) };
}

function absenceShare(rng: Rng, d: Draft, current: boolean): number {
  if (current && d.red.has('absenceRed')) return rng.range(0.21, 0.34);
  if (current && d.amber.has('absence')) return rng.range(0.105, 0.17);
  if (!current && d.profile !== 'green') return rng.range(0.03, 0.12);
  // Most pupils 2-8%, skewed low.
  return 0.015 + 0.065 * rng.float() ** 1.4;
}

/** Class (level, year) of the pupil in a past school year, or null if outside the schools. */
function classInYear(cls: ClassPlan, yearsAgo: number): { level: Level; year: number } | null {
  const index = LEVEL_OFFSET[cls.level] + cls.year - 1 - yearsAgo;
  if (index < 0) return null;
  const level: Level = index >= 8 ? 'secondaria2' : index >= 5 ? 'secondaria1' : 'primaria';
  const sameSchool =
    cls.level === 'secondaria2' ? level === 'secondaria2' : level !== 'secondaria2';
  return sameSchool ? { level, year: index - LEVEL_OFFSET[level] + 1 } : null;
}

export function termRecords(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf, startYear } = ctx;
  const years: { sy: number; level: Level; current: boolean }[] = [];
  const prev = classInYear(d.cls, 1);
  if (prev) years.push({ sy: startYear - 1, level: prev.level, current: false });
  years.push({ sy: startYear, level: d.cls.level, current: true });

  for (const { sy, level, current } of years) {
    const start = schoolStart(sy);
    const end = schoolEnd(sy);
    const from = maxDate(start, d.first);
    if (from > end || from > asOf) continue;
    const weekly = WEEKLY_HOURS[level];
    // Monte ore from the calendar; personalised (from the entry day) for late entrants.
    const annualHours = Math.max(
      1,
      Math.round((lessonDaysBetween(from, addDays(end, 1)) * weekly) / 5),
    );
    const terms = [
      { term: 1, start, end: term1End(sy) },
      { term: 2, start: addDays(term1End(sy), 1), end },
    ];
    const share = absenceShare(rng, d, current);
    const applicable = terms.filter((t) => t.start <= asOf && t.end >= from);
    const lastTerm = applicable[applicable.length - 1]?.term ?? 0;
    for (const t of terms) {
      if (t.start > asOf || t.end < from) continue;
      const until = minDate(addDays(t.end, 1), asOf);
      const lessonHours = Math.round((lessonDaysBetween(from, until) * weekly) / 5);
      const absenceHours = Math.min(lessonHours, Math.round(lessonHours * share));
      const daysInTerm = daysBetween(maxDate(t.start, from), until);
      const isLatest = current && t.term === lastTerm;
      let marks: Record<string, Mark> = {};
      let conduct: Mark | null = null;
      if (daysInTerm >= 45) {
        const spec: MarksSpec = isLatest
          ? marksSpec(rng, d)
          : !current && t.term === 2
            ? { fails: 0, meanMin: 6.2, meanMax: 7.8, itaMat: 'avoid' } // admitted in June
            : d.profile === 'green'
              ? { fails: rng.chance(0.2) ? 1 : 0, meanMin: 6.3, meanMax: 8.5, itaMat: 'avoid' }
              : { fails: rng.int(0, 2), meanMin: 5.8, meanMax: 7.0, itaMat: 'avoid' };
        marks = genMarks(rng, d, spec, level);
        conduct = conductMark(rng, d, level, isLatest);
      }
      const data: TermRecord = {
        schoolYear: `${sy}/${String((sy + 1) % 100).padStart(2, '0')}`,
        term: t.term,
        lessonHours,
        absenceHours,
        annualHours,
        marks,
        conduct,
      };
      const recordDate = minDate(t.end, asOf);
      d.records.push({
        kind: 'termRecords',
        schoolId: d.cls.schoolId,
        pupilId: d.id,
        // At the term's id, as every writer: one record per pupil, school year and term.
        id: termRecordId(data.schoolYear, data.term),
        data: { ...data, ...meta(d, classLead(d), recordDate, asOf) },
      });
    }
  }
}
