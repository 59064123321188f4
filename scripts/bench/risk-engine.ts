// `npm run bench:risk-engine`: engine throughput on 232,000 assessments (every CNI pupil of
// Lombardy), built from the 5,000-pupil synthetic demo and cycled. Baseline in the same run:
// zod validation of the same snapshots' records, which functions do before assessing; the
// ratio is stable across machines where the absolute rate is not.
import { performance } from 'node:perf_hooks';
import { assessRisk, type PupilSnapshot } from '../../functions/src/domain/risk-engine';
import { STORED_RECORD_SCHEMAS } from '../../functions/src/domain/records';
import { generateDemo } from '../seed/generate';
import { report, round } from './report';

const TOTAL = 232_000;
const demo = generateDemo({ pupils: 5000 });
const classes = new Map(demo.classes.map((c) => [`${c.schoolId}/${c.id}`, c.data]));
const school = demo.schools[0]?.data;
if (!school) throw new Error('no school in the demo');

const snapshots: PupilSnapshot[] = [];
const stored: { kind: keyof typeof STORED_RECORD_SCHEMAS; data: unknown }[][] = [];
const byPupil = new Map<string, typeof demo.records>();
for (const r of demo.records) {
  const key = `${r.schoolId}/${r.pupilId}`;
  byPupil.set(key, [...(byPupil.get(key) ?? []), r]);
}
for (const p of demo.pupils) {
  const schoolClass = classes.get(`${p.schoolId}/${p.data.classId}`);
  if (!schoolClass) continue;
  const records = byPupil.get(`${p.schoolId}/${p.id}`) ?? [];
  const of = <K extends keyof typeof STORED_RECORD_SCHEMAS>(kind: K) =>
    records.filter((r) => r.kind === kind).map((r) => r.data) as unknown as PupilSnapshot[K];
  snapshots.push({
    pupil: p.data,
    schoolClass,
    termRecords: of('termRecords'),
    l2Assessments: of('l2Assessments'),
    tutoringSessions: of('tutoringSessions'),
    peerSessions: of('peerSessions'),
    familyMeetings: of('familyMeetings'),
    interventions: of('interventions'),
  });
  stored.push(records.map((r) => ({ kind: r.kind, data: r.data })));
}
const ctx = {
  asOf: demo.meta.asOf,
  thresholds: school.settings.thresholds,
  naiMonths: school.settings.naiMonths,
  termSystem: school.settings.termSystem,
};

// Warm-up, so the JIT has compiled both paths before timing.
for (let i = 0; i < 2000; i += 1) assessRisk(snapshots[i % snapshots.length] as PupilSnapshot, ctx);

let levels = 0;
const engineStart = performance.now();
for (let i = 0; i < TOTAL; i += 1) {
  levels += assessRisk(snapshots[i % snapshots.length] as PupilSnapshot, ctx).score;
}
const engineSeconds = (performance.now() - engineStart) / 1000;

const VALIDATED = 20_000;
const parseStart = performance.now();
for (let i = 0; i < VALIDATED; i += 1) {
  for (const r of stored[i % stored.length] ?? []) STORED_RECORD_SCHEMAS[r.kind].parse(r.data);
}
const parseSeconds = (performance.now() - parseStart) / 1000;
const engineRate = TOTAL / engineSeconds;
const parseRate = VALIDATED / parseSeconds;

report(
  'risk-engine',
  [
    { name: 'assessments', value: TOTAL, unit: 'pupils' },
    { name: 'distinct_snapshots', value: snapshots.length, unit: 'pupils' },
    { name: 'engine_time', value: round(engineSeconds, 2), unit: 's' },
    { name: 'engine_throughput', value: Math.round(engineRate), unit: 'assessments/s' },
    { name: 'validation_throughput', value: Math.round(parseRate), unit: 'snapshots/s' },
    { name: 'engine_vs_validation', value: round(engineRate / parseRate, 2), unit: 'x' },
  ],
  { checksum: levels },
);
