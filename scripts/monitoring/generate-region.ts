/**
 * A regional data set for the monitoring at scale: the 35 Ambiti of Lombardy, their schools and
 * about 232,000 pupils, as aggregates (each school's `schools/{s}/monitoring/{period}` with the
 * figures its pupils would give, no pupil documents). The Ambiti and Region documents are then
 * computed by the functions' own code, as the triggers would.
 *
 *   FIRESTORE_EMULATOR_HOST=127.0.0.1:8080 npx tsx scripts/monitoring/generate-region.ts \
 *     [--ambiti 35] [--pupils 232000] [--region lombardia]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Firestore } from 'firebase-admin/firestore';
// File by file, not the barrel: see the note in scripts/seed/generate.ts.
import { paths } from '../../functions/src/domain/paths';
import { LOMBARDY_AMBITI, syntheticSchoolMonitoring, syntheticSchools } from './region-data';

export const LOMBARDY_CNI_PUPILS = 232_000;
/** Schools per Ambito: Lombardy's Ambiti have from a handful to a few dozen schools. */
const SCHOOLS_PER_AMBITO = 8;

export interface RegionDataSet {
  ambiti: number;
  schools: number;
  pupils: number;
  documents: number;
}

/** Writes the Ambiti (with `regionId`) and each school's aggregate for every period. */
export async function writeRegionDataSet(
  firestore: Firestore,
  options: { ambiti: number; pupils: number; regionId: string; periods: string[]; asOf: Date },
): Promise<RegionDataSet> {
  const ambiti = LOMBARDY_AMBITI.slice(0, options.ambiti);
  const perAmbito = Math.round(options.pupils / ambiti.length);
  const writer = firestore.bulkWriter();
  let schools = 0;
  let pupils = 0;
  let documents = 0;
  ambiti.forEach((ambito, i) => {
    void writer.set(firestore.doc(paths.district(ambito.id)), {
      name: ambito.name,
      regionId: options.regionId,
    });
    documents += 1;
    const list = syntheticSchools(ambito, SCHOOLS_PER_AMBITO + (i % 5), perAmbito, 31 + i);
    for (const [j, school] of list.entries()) {
      schools += 1;
      pupils += school.pupils;
      for (const period of options.periods) {
        void writer.set(
          firestore.doc(`${paths.schoolMonitoring(school.id)}/${period}`),
          syntheticSchoolMonitoring({
            schoolId: school.id,
            schoolName: school.name,
            districtId: ambito.id,
            period,
            pupils: school.pupils,
            seed: 100_000 + 1000 * i + 10 * j + period.length,
            computedAt: options.asOf,
          }),
        );
        documents += 1;
      }
    }
  });
  await writer.close();
  return { ambiti: ambiti.length, schools, pupils, documents };
}

/** The Ambiti's and the Region's documents for the periods, with the functions' code. */
export async function computeRegion(regionId: string, ambitiIds: string[], periods: string[]) {
  const { recomputeDistrictMonitoring, recomputeRegionMonitoring } =
    await import('../../functions/src/monitoring/recompute-monitoring');
  for (const period of periods) {
    for (const id of ambitiIds) await recomputeDistrictMonitoring(id, period);
    await recomputeRegionMonitoring(regionId, period);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      ambiti: { type: 'string', default: '35' },
      pupils: { type: 'string', default: String(LOMBARDY_CNI_PUPILS) },
      region: { type: 'string', default: 'lombardia' },
    },
  });
  if (!process.env.FIRESTORE_EMULATOR_HOST) {
    throw new Error('FIRESTORE_EMULATOR_HOST is not set: this writes to the emulator only.');
  }
  const { initializeApp } = await import('firebase-admin/app');
  const { getFirestore } = await import('firebase-admin/firestore');
  const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? 'demo-percorsi' });
  const firestore = getFirestore(app);
  const asOf = new Date();
  const { periodsOfDate } = await import('../../functions/src/domain/monitoring-periods');
  const periods = periodsOfDate(asOf);
  const set = await writeRegionDataSet(firestore, {
    ambiti: Number(values.ambiti),
    pupils: Number(values.pupils),
    regionId: values.region,
    periods,
    asOf,
  });
  await computeRegion(
    values.region,
    LOMBARDY_AMBITI.slice(0, set.ambiti).map((a) => a.id),
    periods,
  );
  console.log(
    `${set.ambiti} Ambiti, ${set.schools} schools, ${set.pupils} pupils, ${set.documents} documents`,
  );
  process.exit(0);
}
