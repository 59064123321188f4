/**
 * Programme monitoring in the demo (issue 15): every Ambito reports to the demo Region, and a
 * few other Ambiti of Lombardy stand beside the demo one with aggregate-only schools (figures,
 * no pupils), so the Region's view compares Ambiti from the first start. The demo's own figures
 * are computed from its records by the functions' code in `computeDemoMonitoring` (seedDemo
 * calls it while the triggers are paused), which also freezes one report.
 */
// File by file, not the barrel: see the note in generate.ts.
import { paths } from '../../functions/src/domain/paths';
import { periodsOfDate, quarterKeyOf } from '../../functions/src/domain/monitoring-periods';
import {
  LOMBARDY_AMBITI,
  syntheticSchoolMonitoring,
  syntheticSchools,
} from '../monitoring/region-data';
import type { SeedDocument } from './features';
import { DEMO_DISTRICT_ID, DEMO_REGION_ID, DEMO_UIDS, type DemoData } from './generate';

/** The other Ambiti of the demo Region, with aggregate-only schools. */
export const DEMO_OTHER_AMBITI = LOMBARDY_AMBITI.filter((a) =>
  ['Bergamo', 'Brescia', 'Como', 'Monza', 'Varese'].some((n) => a.name.endsWith(n)),
);

/** The periods the demo shows: the quarter and school year of the demo day, and last quarter. */
export function demoPeriods(asOf: Date): string[] {
  const lastQuarter = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - 3, 1));
  return [...periodsOfDate(asOf), quarterKeyOf(lastQuarter)];
}

export function monitoringDocuments(demo: DemoData): SeedDocument[] {
  const docs: SeedDocument[] = demo.districts.map((d) => ({
    path: paths.district(d.id),
    data: { name: d.name, regionId: DEMO_REGION_ID },
  }));
  DEMO_OTHER_AMBITI.forEach((ambito, i) => {
    docs.push({
      path: paths.district(ambito.id),
      data: { name: ambito.name, regionId: DEMO_REGION_ID },
    });
    const schools = syntheticSchools(ambito, 3 + (i % 3), 2500 + 900 * i, 1500 + i);
    schools.forEach((school, j) => {
      for (const period of demoPeriods(demo.meta.asOf)) {
        docs.push({
          path: `${paths.schoolMonitoring(school.id)}/${period}`,
          data: syntheticSchoolMonitoring({
            schoolId: school.id,
            schoolName: school.name,
            districtId: ambito.id,
            period,
            pupils: school.pupils,
            seed: 7000 + 100 * i + j + period.length,
            computedAt: demo.meta.asOf,
          }),
        });
      }
    });
  });
  return docs;
}

/**
 * The demo's monitoring from its records (facts, classes, schools, Ambiti, Region), then one
 * frozen report: the demo Ambito's last quarter, frozen by its coordinator.
 */
export async function computeDemoMonitoring(demo: DemoData): Promise<void> {
  const { recomputeAllMonitoring } =
    await import('../../functions/src/monitoring/recompute-monitoring');
  const { freezeMonitoringReport } = await import('../../functions/src/monitoring/freeze');
  await recomputeAllMonitoring();
  const [, , lastQuarter] = demoPeriods(demo.meta.asOf);
  const coordinator = demo.accounts.find((a) => a.uid === DEMO_UIDS.district);
  await freezeMonitoringReport(
    { scope: 'district', scopeId: DEMO_DISTRICT_ID, period: lastQuarter! },
    { uid: DEMO_UIDS.district, name: coordinator?.displayName ?? DEMO_UIDS.district },
  );
}
