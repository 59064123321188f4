// Runs inside `firebase emulators:exec` (see monitoring.mjs). Two measurements:
// 1. Document reads of the regional view, of an Ambito drill-down and of a frozen period report,
//    at two scales of the regional data set (2 Ambiti vs 35 Ambiti, ~13k vs ~232k pupils): what
//    the pages read (web/src/features/monitoring/api) does not grow with the pupils.
// 2. After a bulk import of one school of ~1,500 pupils with their records (written with no
//    trigger running), how long the functions' code takes to rebuild the monitoring aggregates
//    of that school, its Ambito and the Region from the records.
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
// File by file, not the barrel: Node's ESM loader cannot see the barrel's CommonJS re-exports.
import { periodsOfDate } from '../../functions/src/domain/monitoring-periods';
import { paths } from '../../functions/src/domain/paths';
import { LOMBARDY_AMBITI } from '../monitoring/region-data';
import {
  LOMBARDY_CNI_PUPILS,
  computeRegion,
  writeRegionDataSet,
} from '../monitoring/generate-region';
import { generateDemo } from '../seed/generate';
import { quietly } from '../seed/seed-demo';
import { writeDemo } from '../seed/write';
import { type Figure, report, round } from './report';

const { values } = parseArgs({
  options: { 'import-pupils': { type: 'string', default: '2450' } },
});
const host = process.env.FIRESTORE_EMULATOR_HOST;
if (!host) throw new Error('FIRESTORE_EMULATOR_HOST is not set: run scripts/bench/monitoring.mjs');
const projectId = process.env.GCLOUD_PROJECT ?? 'demo-percorsi';
const app = initializeApp({ projectId });
const firestore = getFirestore(app);
const auth = getAuth(app);
// Loaded after the app exists: the functions' modules use the first Admin app.
const { recomputeAllMonitoring } =
  await import('../../functions/src/monitoring/recompute-monitoring');
const { freezeMonitoringReport } = await import('../../functions/src/monitoring/freeze');

const REGION = 'lombardia';
const asOf = new Date();
const periods = periodsOfDate(asOf);
const [QUARTER] = periods as [string, string];

async function clearFirestore(): Promise<void> {
  const url = `http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`;
  const response = await fetch(url, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing the emulator failed: ${response.status}`);
}

interface ScaleResult {
  ambiti: number;
  schools: number;
  pupils: number;
  regionViewReads: number;
  drillReads: number;
  reportReads: number;
  regionDocKB: number;
  computeSeconds: number;
}

/** What the pages read, document by document (the same paths as the web's api module). */
async function measureScale(ambiti: number): Promise<ScaleResult> {
  await clearFirestore();
  const pupils = Math.round((LOMBARDY_CNI_PUPILS * ambiti) / 35);
  const set = await writeRegionDataSet(firestore, {
    ambiti,
    pupils,
    regionId: REGION,
    periods,
    asOf,
  });
  const started = Date.now();
  await quietly(() =>
    computeRegion(
      REGION,
      LOMBARDY_AMBITI.slice(0, ambiti).map((a) => a.id),
      [QUARTER],
    ),
  );
  const computeSeconds = (Date.now() - started) / 1000;
  await quietly(() =>
    freezeMonitoringReport(
      { scope: 'region', scopeId: REGION, period: QUARTER },
      { uid: 'bench-region', name: 'Bench' },
    ),
  );
  // /regione: the Region's period document and its reports list.
  const regionDoc = await firestore.doc(`${paths.regionMonitoring(REGION)}/${QUARTER}`).get();
  const reports = await firestore.collection(paths.regionReports(REGION)).get();
  if (regionDoc.get('totals.pupils') !== set.pupils) {
    throw new Error(`region total ${regionDoc.get('totals.pupils')} != ${set.pupils} pupils`);
  }
  // Drill-down into one Ambito: its period document.
  const drill = await firestore
    .doc(`${paths.districtMonitoring(LOMBARDY_AMBITI[0]!.id)}/${QUARTER}`)
    .get();
  // A frozen period report: one document.
  const frozen = await firestore.doc(`${paths.regionReports(REGION)}/${QUARTER}`).get();
  return {
    ambiti: set.ambiti,
    schools: set.schools,
    pupils: set.pupils,
    regionViewReads: (regionDoc.exists ? 1 : 0) + reports.size,
    drillReads: drill.exists ? 1 : 0,
    reportReads: frozen.exists ? 1 : 0,
    regionDocKB: round(Buffer.byteLength(JSON.stringify(regionDoc.data())) / 1024),
    computeSeconds: round(computeSeconds),
  };
}

/** Bulk import of one school, then the rebuild of its monitoring from its records. */
async function measureRebuild(size: number) {
  await clearFirestore();
  const demo = generateDemo({ pupils: size });
  const bySchool = new Map<string, number>();
  for (const p of demo.pupils) bySchool.set(p.schoolId, (bySchool.get(p.schoolId) ?? 0) + 1);
  const [school, schoolPupils] = [...bySchool].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  await quietly(() => writeDemo(demo, { firestore, auth }));
  const records = demo.records.filter((r) => r.schoolId === school).length;
  const started = Date.now();
  const rebuilt = await quietly(() => recomputeAllMonitoring({ schoolIds: [school] }));
  const seconds = (Date.now() - started) / 1000;
  const check = await firestore.doc(`${paths.schoolMonitoring(school)}/${QUARTER}`).get();
  if (check.get('indicators.pupils') !== schoolPupils) {
    throw new Error(`school count ${check.get('indicators.pupils')} != ${schoolPupils}`);
  }
  return { school, schoolPupils, records, seconds: round(seconds), periods: rebuilt.periods };
}

const small = await measureScale(2);
console.log(`2 Ambiti: ${small.schools} schools, ${small.pupils} pupils`);
const large = await measureScale(35);
console.log(`35 Ambiti: ${large.schools} schools, ${large.pupils} pupils`);
const rebuild = await measureRebuild(Number(values['import-pupils']));
console.log(
  `import: ${rebuild.school} ${rebuild.schoolPupils} pupils, ${rebuild.records} records, ${rebuild.periods} periods`,
);

const figures: Figure[] = [
  { name: `region-view-reads@${small.pupils}`, value: small.regionViewReads, unit: 'docs' },
  { name: `region-view-reads@${large.pupils}`, value: large.regionViewReads, unit: 'docs' },
  { name: `ambito-drill-reads@${small.pupils}`, value: small.drillReads, unit: 'docs' },
  { name: `ambito-drill-reads@${large.pupils}`, value: large.drillReads, unit: 'docs' },
  { name: `period-report-reads@${small.pupils}`, value: small.reportReads, unit: 'docs' },
  { name: `period-report-reads@${large.pupils}`, value: large.reportReads, unit: 'docs' },
  {
    name: 'region-view-reads-growth',
    value: large.regionViewReads - small.regionViewReads,
    unit: 'docs (0 = flat)',
  },
  { name: 'region-doc-size@35-ambiti', value: large.regionDocKB, unit: 'KB' },
  { name: 'region-recompute@35-ambiti', value: large.computeSeconds, unit: 's' },
  { name: 'import-school-pupils', value: rebuild.schoolPupils, unit: 'pupils' },
  { name: 'import-school-records', value: rebuild.records, unit: 'records' },
  { name: 'rebuild-after-import', value: rebuild.seconds, unit: 's' },
];
report('monitoring', figures, { small, large, rebuild });
process.exit(0);
