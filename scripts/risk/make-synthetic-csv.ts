// Writes the SYNTHETIC evaluation file shipped with the repo: pupil snapshots at 15 February
// (after the first quadrimestre) with a year-end outcome drawn from a latent-risk model that
// does NOT look at the engine's flags, so the evaluation is not circular. No real pupil.
//   tsx scripts/risk/make-synthetic-csv.ts [--pupils N] [--seed N] [--out FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// Domain files one by one: under tsx, named re-exports of the CommonJS index are not visible.
import { CEFR_LEVELS } from '../../functions/src/domain/l2';
import { SUBJECTS_BY_LEVEL } from '../../functions/src/domain/term-records';
import { mulberry32 } from '../seed/generate';

const { values } = parseArgs({
  options: {
    pupils: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20260215' },
    out: { type: 'string', default: 'tests/fixtures/risk-evaluation/synthetic-2025-26.csv' },
  },
});
const random = mulberry32(Number(values.seed));
// Sex from its own stream, so adding the column left every other value of the file unchanged;
// it does not enter the outcome model (the engine never reads it: it is for per-group figures).
const randomSex = mulberry32(Number(values.seed) + 1);
const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const AS_OF = new Date('2026-02-15T00:00:00Z');
const MONTH = 30.44 * 864e5;

const header = [
  'pupil_id',
  'as_of',
  'birth_date',
  'level',
  'class_year',
  'arrival_date',
  'first_italian_school_date',
  'pdp',
  'term',
  'lesson_hours',
  'absence_hours',
  'annual_hours',
  'conduct',
  'l2_first_level',
  'l2_first_date',
  'l2_last_level',
  'l2_last_date',
  'tutoring_sessions_4w',
  'tutoring_sessions_6w',
  'family_meetings_term',
  'mediator_missing',
  'active_intervention',
  'outcome',
  'sex',
];
const subjects = [...new Set([...SUBJECTS_BY_LEVEL.secondaria1, ...SUBJECTS_BY_LEVEL.secondaria2])];
const lines = [[...header, ...subjects.map((s) => `mark_${s}`)].join(';')];

for (let i = 1; i <= Number(values.pupils); i += 1) {
  const secondaria2 = random() < 0.55;
  const level = secondaria2 ? 'secondaria2' : 'secondaria1';
  const classYear = 1 + Math.floor(random() * (secondaria2 ? 5 : 3));
  const risk = gauss();
  const bornInItaly = random() < 0.4;
  const behind = bornInItaly
    ? random() < 0.1
      ? 1
      : 0
    : random() < 0.3
      ? 1
      : random() < 0.12
        ? 2
        : 0;
  const expectedAge = (secondaria2 ? 13 : 10) + classYear;
  const birth = new Date(
    Date.UTC(2025 - expectedAge - behind, Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
  );
  const monthsInItaly = bornInItaly ? null : Math.floor(2 + random() * 90);
  const arrival = monthsInItaly === null ? null : new Date(AS_OF.getTime() - monthsInItaly * MONTH);
  const firstSchool = bornInItaly
    ? new Date(Date.UTC(birth.getUTCFullYear() + 6, 8, 12))
    : new Date((arrival as Date).getTime() + 20 * 864e5);
  const nai = monthsInItaly !== null && monthsInItaly < 24;
  const lessonHours = secondaria2 ? 620 : 580;
  const absenceShare = clamp(0.06 + 0.05 * risk + 0.03 * gauss() + (nai ? 0.02 : 0), 0, 0.45);
  const mean = clamp(6.9 - 0.75 * risk - (nai ? 0.4 : 0) + 0.3 * gauss(), 3, 9.5);
  const marks = Object.fromEntries(
    subjects.map((s) => {
      const inLevel = (SUBJECTS_BY_LEVEL[level] as readonly string[]).includes(s);
      const value = clamp(Math.round((mean + 0.9 * gauss()) * 2) / 2, 2, 10);
      return [s, inLevel ? String(value).replace('.5', '½') : ''];
    }),
  );
  const conduct = String(clamp(Math.round(8.2 - 0.8 * risk + 0.6 * gauss()), 5, 10));
  const l2 = (months: number) =>
    CEFR_LEVELS[
      clamp(Math.floor(months / 9 - 0.6 * risk + gauss() * 0.8), 0, CEFR_LEVELS.length - 1)
    ] ?? 'A1';
  const l2First = monthsInItaly === null ? '' : l2(Math.max(0, monthsInItaly - 8));
  const l2Last = monthsInItaly === null ? '' : l2(monthsInItaly);
  const failing = subjects.filter(
    (s) => (marks[s] ?? '') !== '' && Number((marks[s] ?? '').replace('½', '.5')) < 6,
  ).length;
  // Year-end outcome from the latent risk and raw facts, plus noise: never from the flags.
  const logit =
    -3.4 +
    1.5 * risk +
    0.7 * behind +
    (absenceShare > 0.2 ? 1.0 : 0) +
    (nai ? 0.5 : 0) +
    0.25 * failing -
    0.3 * (random() < 0.3 ? 1 : 0);
  const failed = random() < 1 / (1 + Math.exp(-logit));
  const age = 2026 - birth.getUTCFullYear();
  const outcome = failed
    ? random() < (age >= 16 ? 0.45 : 0.15)
      ? 'left'
      : 'not_promoted'
    : random() < clamp(0.1 + 0.08 * risk, 0.02, 0.4)
      ? 'suspended'
      : 'promoted';
  const row = [
    `S${String(i).padStart(5, '0')}`,
    iso(AS_OF),
    iso(birth),
    level,
    String(classYear),
    arrival ? iso(arrival) : '',
    iso(firstSchool),
    nai && random() < 0.7 ? '1' : '0',
    '1',
    String(lessonHours),
    String(Math.round(absenceShare * lessonHours)),
    String(secondaria2 ? 1056 : 990),
    conduct,
    l2First,
    monthsInItaly === null ? '' : iso(new Date(AS_OF.getTime() - 8 * MONTH)),
    l2Last,
    monthsInItaly === null ? '' : iso(new Date(AS_OF.getTime() - 20 * 864e5)),
    String(Math.floor(random() * 4)),
    String(Math.floor(random() * 6)),
    String(risk > 1 ? (random() < 0.6 ? 0 : 1) : random() < 0.2 ? 0 : 1),
    !bornInItaly && random() < 0.1 ? '1' : '0',
    risk > 0.8 && random() < 0.5 ? '1' : '0',
    outcome,
    randomSex() < 0.5 ? 'F' : 'M',
    ...subjects.map((s) => marks[s] ?? ''),
  ];
  lines.push(row.join(';'));
}
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${Number(values.pupils)} synthetic rows -> ${values.out}`);
