import { collection, getDocs, query, where } from 'firebase/firestore';
import { paths } from '@domain';
import { A, D, PUPIL, type Spec, functionOnlySpec } from './matrix-harness';

// Programme monitoring (issue 15): aggregates and frozen reports, written by functions only.
// The head reads the school's exact figures; the Ambito coordinator their Ambito's; the Region
// its own documents and the Ambito documents naming it (by get, or by a list filtered on it).

const REGION = 'lombardia';

const districtMonitoring: Spec = {
  ...functionOnlySpec('district monitoring', paths.districtMonitoring(D), ['district', 'region']),
  shared: [[`${paths.districtMonitoring(D)}/shared`, { regionId: REGION, level: 'amber' }]],
  seed: (key) => [
    [`${paths.districtMonitoring(D)}/t-${key}`, { regionId: REGION, level: 'amber' }],
  ],
  // A plain list cannot show the rules that every document names the Region: Ambito only.
  allowed: { get: ['district', 'region'], list: ['district'], create: [], update: [], delete: [] },
};

export const monitoringSpecs: Spec[] = [
  functionOnlySpec('school monitoring', paths.schoolMonitoring(A), ['head']),
  functionOnlySpec('school reports', paths.schoolReports(A), ['head']),
  functionOnlySpec('pupil monitoring facts', `${paths.pupil(A, PUPIL)}/monitoringFacts`, []),
  districtMonitoring,
  {
    ...districtMonitoring,
    name: 'district monitoring (listed by region)',
    list: (db) =>
      getDocs(query(collection(db, paths.districtMonitoring(D)), where('regionId', '==', REGION))),
    allowed: { ...districtMonitoring.allowed, list: ['district', 'region'] },
  },
  functionOnlySpec('district reports', paths.districtReports(D), ['district']),
  functionOnlySpec('region monitoring', paths.regionMonitoring(REGION), ['region']),
  functionOnlySpec('region reports', paths.regionReports(REGION), ['region']),
  functionOnlySpec('other region monitoring', paths.regionMonitoring('veneto'), []),
];
