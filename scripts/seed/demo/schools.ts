/** The demo Ambito, its two schools and their classes, as written to Firestore. */
import { DEFAULT_THRESHOLDS, type School } from '../../../functions/src/domain/school';
import type { ClassPlan } from './classes';
import { DEMO_DISTRICT_ID } from './config';
import type { DemoData } from './types';

export function demoDistricts(): DemoData['districts'] {
  return [{ id: DEMO_DISTRICT_ID, name: 'Ambito territoriale 1 – Milano Città' }];
}

export function demoSchools(schoolYear: string): DemoData['schools'] {
  const settings = (): School['settings'] => ({
    schoolYear,
    termSystem: 'quadrimestri',
    naiMonths: 24,
    thresholds: { ...DEFAULT_THRESHOLDS },
  });
  return [
    {
      id: 'ic-manzoni',
      data: {
        name: 'Istituto Comprensivo Alessandro Manzoni',
        code: 'MIIC8AB00X',
        kind: 'IC',
        city: 'Milano',
        districtId: DEMO_DISTRICT_ID,
        settings: settings(),
      },
    },
    {
      id: 'iis-volta',
      data: {
        name: 'IIS Alessandro Volta',
        code: 'MIIS01200T',
        kind: 'secondaria2',
        city: 'Milano',
        districtId: DEMO_DISTRICT_ID,
        settings: settings(),
      },
    },
  ];
}

export function demoClasses(plans: ClassPlan[], schoolYear: string): DemoData['classes'] {
  return plans.map((c) => ({
    schoolId: c.schoolId,
    id: c.id,
    data: {
      name: `${c.year}${c.section}`,
      level: c.level,
      year: c.year,
      section: c.section,
      site: c.site,
      schoolYear,
      teacherUids: [...c.teacherUids],
      coordinatorUid: c.coordinatorUid,
    },
  }));
}
