// `npm run bench:risk-latency`: on the emulators, the time from a record write to the updated
// `risk/current` (p50, p95 over 200 writes). Each write flips a term record between failing
// and passing marks, so every write changes the level. Baseline in the same run: a plain
// Firestore write + read round trip; the ratio is the figure that travels across machines.
import { performance } from 'node:perf_hooks';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { paths } from '../../functions/src/domain/paths';
import { yearsBehind } from '../../functions/src/domain/school-class';
import { generateDemo } from '../seed/generate';
import { quantile, report, round } from './report';

const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const db = getFirestore(
  initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? 'demo-percorsi' }),
);
const SCHOOL = `bench-latency-${Date.now()}`;
const PUPIL = 'p1';
const numeric = (value: number) => ({ kind: 'numeric', value, raw: String(value) });

// One real demo pupil (and its school and class), copied under a school of the bench's own.
// Born in Italy and in the class of their age, so only the bench's marks decide red or not.
const demo = generateDemo();
const classOf = (p: (typeof demo.pupils)[number]) =>
  demo.classes.find((c) => c.schoolId === p.schoolId && c.id === p.data.classId);
const pupil = demo.pupils.find((p) => {
  const c = classOf(p)?.data;
  return (
    p.data.countryOfBirth === 'IT' &&
    c !== undefined &&
    c.level === 'secondaria1' &&
    yearsBehind(p.data.birthDate, c.schoolYear, c.level, c.year) === 0
  );
});
const school = demo.schools.find((s) => s.id === pupil?.schoolId);
const schoolClass = pupil ? classOf(pupil) : undefined;
if (!pupil || !school || !schoolClass) throw new Error('the demo has no pupil');
await db.doc(paths.school(SCHOOL)).set(school.data);
await db.doc(paths.schoolClass(SCHOOL, pupil.data.classId)).set(schoolClass.data);
await db.doc(paths.pupil(SCHOOL, PUPIL)).set({ ...pupil.data, schoolId: SCHOOL });
const riskRef = db.doc(paths.riskCurrent(SCHOOL, PUPIL));

function waitForRisk(accept: (level: unknown) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('risk/current did not change within 30 s'));
    }, 30_000);
    const stop = riskRef.onSnapshot((snap) => {
      if (accept(snap.get('level'))) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
}
await waitForRisk((level) => typeof level === 'string');

const latencies: number[] = [];
const recordRef = db.doc(`${paths.records(SCHOOL, PUPIL, 'termRecords')}/t1`);
for (let i = 0; i < WRITES; i += 1) {
  const failing = i % 2 === 0;
  const arrived = waitForRisk((level) => (failing ? level === 'red' : level !== 'red'));
  const start = performance.now();
  await recordRef.set({
    schoolYear: school.data.settings.schoolYear,
    term: 1,
    lessonHours: 300,
    absenceHours: 6,
    annualHours: 990,
    conduct: numeric(8),
    marks: failing
      ? { italiano: numeric(4), matematica: numeric(5), inglese: numeric(5) }
      : { italiano: numeric(7), matematica: numeric(7), inglese: numeric(8) },
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: 'bench',
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await arrived;
  latencies.push(performance.now() - start);
}

const roundTrips: number[] = [];
const probe = db.doc(`bench/${SCHOOL}`);
for (let i = 0; i < 50; i += 1) {
  const start = performance.now();
  await probe.set({ i });
  await probe.get();
  roundTrips.push(performance.now() - start);
}
await db.recursiveDelete(db.doc(paths.school(SCHOOL)));
await probe.delete();

const p50 = quantile(latencies, 0.5);
report('risk-latency', [
  { name: 'writes', value: WRITES, unit: 'writes' },
  { name: 'write_to_risk_p50', value: round(p50), unit: 'ms' },
  { name: 'write_to_risk_p95', value: round(quantile(latencies, 0.95)), unit: 'ms' },
  { name: 'firestore_roundtrip_p50', value: round(quantile(roundTrips, 0.5)), unit: 'ms' },
  { name: 'risk_p50_vs_roundtrip', value: round(p50 / quantile(roundTrips, 0.5)), unit: 'x' },
]);
process.exit(0);
