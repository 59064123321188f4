// Runs inside `firebase emulators:exec` (see dashboard-reads.mjs). For each seed size: loads the
// demo, computes every aggregate from scratch, then counts the documents a browser downloads to
// open the head dashboard of the largest school, against a naive page that aggregates in the
// browser (pupils, classes, each pupil's risk/current and the records the charts summarise).
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
// File by file, not the barrel: Node's ESM loader cannot see the barrel's CommonJS re-exports.
import { paths } from '../../functions/src/domain/paths';
import { STATS_DOC_IDS } from '../../functions/src/domain/stats-documents';
import { generateDemo } from '../seed/generate';
import { quietly } from '../seed/seed-demo';
import { writeDemo } from '../seed/write';
import { type Figure, report } from './report';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '250,1000,5000' } } });
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const host = process.env.FIRESTORE_EMULATOR_HOST;
if (!host)
  throw new Error('FIRESTORE_EMULATOR_HOST is not set: run scripts/bench/dashboard-reads.mjs');
const projectId = process.env.GCLOUD_PROJECT ?? 'demo-percorsi';

const app = initializeApp({ projectId });
const firestore = getFirestore(app);
const auth = getAuth(app);
// Loaded after the app exists: the functions' modules use the first Admin app.
const { recomputeAllStats } = await import('../../functions/src/stats/recompute-stats');

/** Record kinds a client would need to draw L2 progress, coverage and tutoring itself. */
const NAIVE_KINDS = ['l2Assessments', 'tutoringSessions', 'familyMeetings', 'interventions'];

async function clearFirestore(): Promise<void> {
  const url = `http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`;
  const response = await fetch(url, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing the emulator failed: ${response.status}`);
}

const countOf = async (q: FirebaseFirestore.Query) => (await q.count().get()).data().count;

interface Measure {
  pupils: number;
  school: string;
  schoolPupils: number;
  records: number;
  dashboardReads: number;
  dashboardBytes: number;
  naiveReads: number;
  seconds: number;
}

async function measure(size: number): Promise<Measure> {
  const started = Date.now();
  await clearFirestore();
  const demo = generateDemo({ pupils: size });
  await quietly(async () => {
    await writeDemo(demo, { firestore, auth });
    await recomputeAllStats({ risk: true });
  });
  const bySchool = new Map<string, number>();
  for (const p of demo.pupils) bySchool.set(p.schoolId, (bySchool.get(p.schoolId) ?? 0) + 1);
  const [school, schoolPupils] = [...bySchool].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];

  // What the dashboard reads: one document (see web/src/features/dashboard/api).
  const stats = await firestore.doc(`${paths.schoolStats(school)}/${STATS_DOC_IDS.school}`).get();
  const dashboardReads = stats.exists ? 1 : 0;
  const dashboardBytes = Buffer.byteLength(JSON.stringify(stats.data() ?? {}));
  if (stats.get('stats.pupils') !== schoolPupils) {
    throw new Error(`stats count ${stats.get('stats.pupils')} != ${schoolPupils} pupils`);
  }

  const naive = await Promise.all([
    countOf(firestore.collection(paths.pupils(school))),
    countOf(firestore.collection(paths.classes(school))),
    countOf(firestore.collectionGroup('risk').where('schoolId', '==', school)),
    ...NAIVE_KINDS.map((kind) =>
      countOf(firestore.collectionGroup(kind).where('schoolId', '==', school)),
    ),
  ]);
  return {
    pupils: size,
    school,
    schoolPupils,
    records: demo.records.filter((r) => r.schoolId === school).length,
    dashboardReads,
    dashboardBytes,
    naiveReads: naive.reduce((a, b) => a + b, 0),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

const results: Measure[] = [];
for (const size of sizes) {
  const m = await measure(size);
  results.push(m);
  console.log(
    `seed ${size}: ${m.school} ${m.schoolPupils} pupils, ${m.records} records -> ` +
      `dashboard ${m.dashboardReads} doc (${m.dashboardBytes} B), naive ${m.naiveReads} docs (${m.seconds} s)`,
  );
}

const largest = results[results.length - 1];
const figures: Figure[] = results.flatMap((m) => [
  { name: `dashboard-reads@${m.pupils}`, value: m.dashboardReads, unit: 'docs' },
  { name: `naive-reads@${m.pupils}`, value: m.naiveReads, unit: 'docs' },
]);
if (largest) {
  figures.push(
    { name: 'largest-school-pupils', value: largest.schoolPupils, unit: 'pupils' },
    {
      name: 'reads-ratio-naive-vs-dashboard',
      value: Math.round(largest.naiveReads / Math.max(1, largest.dashboardReads)),
      unit: 'x',
    },
    { name: 'dashboard-doc-size', value: Math.round(largest.dashboardBytes / 1024), unit: 'KB' },
    {
      name: 'dashboard-reads-growth',
      value:
        Math.max(...results.map((m) => m.dashboardReads)) -
        Math.min(...results.map((m) => m.dashboardReads)),
      unit: 'docs (0 = flat)',
    },
  );
}
report('dashboard-reads', figures, { results });
process.exit(0);
