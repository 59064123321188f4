/** L2 assessments (CEFR levels per skill) of a demo pupil. */
import { monthsBetween } from '../../../functions/src/domain/common';
import { CEFR_LEVELS, type CefrLevel, L2_SKILLS } from '../../../functions/src/domain/l2';
import type { L2Assessment } from '../../../functions/src/domain/records';
import { addDays, addMonths, copy, lessonDayNear, minDate, utc, weekdayBack } from './calendar';
import type { Ctx, Draft } from './draft';
import type { Rng } from './prng';
import { meta, nextId } from './record-meta';

function baseRank(months: number): number {
  if (months < 2) return 0;
  if (months < 6) return 1;
  if (months < 12) return 2;
  if (months < 18) return 3;
  if (months < 30) return 4;
  if (months < 48) return 5;
  if (months < 84) return 6;
  return 7;
}

function level(rank: number): CefrLevel {
  return CEFR_LEVELS[Math.max(0, Math.min(CEFR_LEVELS.length - 1, rank))] ?? 'PreA1';
}

const L2_NOTES = [
  'Comprende consegne semplici; la scrittura è ancora molto fonetica.',
  'Interagisce volentieri con i compagni; lessico scolastico da consolidare.',
  'Buona comprensione orale; difficoltà con i testi di studio.',
  'Progressi evidenti nella lettura; produzione scritta breve ma corretta.',
  '',
  '',
  '',
];

export function l2Records(
  rng: Rng,
  d: Draft,
  ctx: Ctx,
  assessorName: (uid: string) => string,
): void {
  if (d.arrival === 'bornIT') return;
  const { asOf } = ctx;
  const red = d.red.has('l2Stuck');
  const bonus = d.country.proximity > 0 && rng.chance(0.7) ? 1 : 0;
  const offsets: Record<(typeof L2_SKILLS)[number], number> = {
    ascolto: rng.chance(0.4) ? 1 : 0,
    lettura: rng.chance(0.5) ? -1 : 0,
    parlato: 0,
    interazione: rng.chance(0.3) ? 1 : 0,
    scrittura: rng.chance(0.7) ? -1 : 0,
  };
  interface Test {
    date: Date;
    months: number;
    domain: L2Assessment['domain'];
    tool: L2Assessment['tool'];
  }
  const tests: Test[] = [];
  if (d.arrival === 'recent') {
    const entry = minDate(addDays(d.first, rng.int(3, 12)), asOf);
    tests.push({
      date: weekdayBack(entry) < d.first ? entry : weekdayBack(entry),
      months: 0,
      domain: 'communication',
      tool: 'entryTest',
    });
    for (const k of [6, 12, 18]) {
      const nominal = addMonths(d.first, k);
      if (nominal > asOf) break;
      let date = minDate(addDays(nominal, rng.int(2, 14)), asOf);
      const lesson = lessonDayNear(date, asOf);
      if (lesson >= nominal) date = lesson;
      tests.push({ date, months: k, domain: 'communication', tool: 'schoolTest' });
    }
    while (tests.length > 3) tests.splice(1, 1);
  } else if (d.arrival === 'mid') {
    const m = monthsBetween(d.first, asOf);
    for (const back of [13, 1]) {
      const date = lessonDayNear(addDays(addMonths(asOf, -back), -rng.int(0, 10)), asOf);
      tests.push({ date, months: m - back, domain: 'communication', tool: 'schoolTest' });
    }
  } else {
    // early: one test of the language of study this year
    const date = weekdayBack(minDate(addDays(ctx.termStart, rng.int(15, 45)), addDays(asOf, -1)));
    tests.push({ date, months: monthsBetween(d.first, date), domain: 'study', tool: 'schoolTest' });
  }

  let previous: Record<string, number> | null = null;
  tests.forEach((t, i) => {
    const ranks: Record<string, number> = {};
    for (const skill of L2_SKILLS) {
      let r = baseRank(t.months) + bonus + offsets[skill] - (t.domain === 'study' ? 1 : 0);
      if (!red && t.months >= 6) r = Math.max(r, 2); // A2 reached by 6 months
      if (red) r = i === 0 ? Math.min(r, rng.chance(0.5) ? 0 : 1) : Math.min(r, 1);
      r = Math.max(0, Math.min(8, r));
      if (previous && !red) r = Math.max(r, (previous[skill] ?? 0) + 1); // visible progress
      if (previous && red) r = Math.max(r, previous[skill] ?? 0);
      ranks[skill] = Math.min(8, r);
    }
    previous = ranks;
    const levels = {
      ascolto: level(ranks.ascolto ?? 0),
      lettura: level(ranks.lettura ?? 0),
      parlato: level(ranks.parlato ?? 0),
      interazione: level(ranks.interazione ?? 0),
      scrittura: level(ranks.scrittura ?? 0),
    };
    const minRank = Math.min(...Object.values(ranks));
    const isLast = i === tests.length - 1;
    const cils =
      isLast &&
      d.arrival === 'mid' &&
      d.cls.level === 'secondaria2' &&
      minRank >= 4 &&
      rng.chance(0.3);
    const tool: L2Assessment['tool'] =
      t.tool === 'entryTest' && t.date < utc(2025, 9, 1) ? 'schoolTest' : cils ? 'CILS' : t.tool;
    const uid = d.staff.l2teacher;
    const data: L2Assessment = {
      date: copy(t.date),
      tool,
      domain: t.domain,
      levels: cils
        ? {
            ascolto: level(minRank),
            lettura: level(minRank),
            parlato: level(minRank),
            interazione: level(minRank),
            scrittura: level(minRank),
          }
        : levels,
      assessorName: cils ? 'Università per Stranieri di Siena (CILS)' : assessorName(uid),
      notes: rng.pick(L2_NOTES),
    };
    d.records.push({
      kind: 'l2Assessments',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'l2Assessments'),
      data: { ...data, ...meta(d, uid, t.date, asOf) },
    });
    d.l2Rank = cils ? minRank : Math.min(...Object.values(ranks));
  });
  if (d.l2Rank !== null && (d.l2Rank < 4 || d.arrival === 'recent'))
    d.assigned.add(d.staff.l2teacher);
}
