import {
  MONITORING_CLASS_PREFIX,
  type PeriodKey,
  districtSchema,
  paths,
  regionOfDistrict,
} from '../domain';
import { db } from '../lib/admin';
import {
  recomputeClassMonitoring,
  recomputeDistrictMonitoring,
  recomputeRegionMonitoring,
  recomputeSchoolMonitoring,
} from './recompute-aggregates';
import { readDoc } from './monitoring-store';
import { rebuildSchoolFacts } from './recompute-pupil-facts';

/**
 * Everything from scratch, level by level (seeding, benchmarks, after a bulk import with the
 * triggers off): pupil facts in bulk per school, then classes, schools, Ambiti and Region. `schoolIds` limits the pupils and classes rebuilt; Ambiti and Region follow.
 */
export async function recomputeAllMonitoring(
  options: { asOf?: Date; schoolIds?: readonly string[] } = {},
): Promise<{ pupils: number; classes: number; schools: number; periods: number }> {
  const asOf = options.asOf ?? new Date();
  const all = await db.collection(paths.schools()).get();
  const schools = all.docs.filter((s) => !options.schoolIds || options.schoolIds.includes(s.id));
  let pupils = 0;
  let classes = 0;
  const periods = new Set<PeriodKey>();
  for (const school of schools) {
    const pupilRefs = await db.collection(paths.pupils(school.id)).select('classId').get();
    const classIds = new Set<string>();
    for (const p of pupilRefs.docs) {
      const classId: unknown = p.get('classId');
      if (typeof classId === 'string') classIds.add(classId);
    }
    await rebuildSchoolFacts(school.id, asOf);
    pupils += pupilRefs.size;
    const existing = await db
      .collection(paths.schoolMonitoring(school.id))
      .where('kind', '==', 'class')
      .select('classId')
      .get();
    for (const d of existing.docs) classIds.add(d.id.slice(MONITORING_CLASS_PREFIX.length));
    await runPool([...classIds], 8, (c) => recomputeClassMonitoring(school.id, c, asOf));
    classes += classIds.size;
    const statuses = await recomputeSchoolMonitoring(school.id, asOf);
    for (const p of Object.keys(statuses)) periods.add(p);
  }
  const districts = await db.collection(paths.districts()).get();
  const regions = new Set<string>();
  for (const d of districts.docs) {
    const parsed = readDoc(districtSchema, d);
    if (!parsed) continue;
    regions.add(regionOfDistrict(parsed));
    // Every Ambito of the periods found: some carry aggregate-only schools (no pupils here).
    for (const p of periods) await recomputeDistrictMonitoring(d.id, p, asOf);
  }
  for (const r of regions) for (const p of periods) await recomputeRegionMonitoring(r, p, asOf);
  return { pupils, classes, schools: schools.length, periods: periods.size };
}

async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
