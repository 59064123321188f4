/** The two demo schools: staff, base classes and the extra sections of large data sets. */
import { DEMO_UIDS, PUPILS_PER_CLASS } from './config';

export type SchoolId = 'ic-manzoni' | 'iis-volta';
export type Level = 'primaria' | 'secondaria1' | 'secondaria2';

const LEVEL_SHORT: Record<Level, string> = {
  primaria: 'prim',
  secondaria1: 'sec1',
  secondaria2: 'sec2',
};
export const WEEKLY_HOURS: Record<Level, number> = {
  primaria: 40,
  secondaria1: 30,
  secondaria2: 32,
};
export const LEVEL_OFFSET: Record<Level, number> = { primaria: 0, secondaria1: 5, secondaria2: 8 };

export interface Staff {
  referent: string;
  head: string;
  l2teacher: string;
  educator: string;
  /** The school's demo mediator, if any, and the family languages they cover. */
  mediator: string | null;
  mediatorLanguages: string[];
  shortId: string;
  pupilCodePrefix: string;
}

export const STAFF: Record<SchoolId, Staff> = {
  'ic-manzoni': {
    referent: DEMO_UIDS.referent,
    head: DEMO_UIDS.head,
    l2teacher: DEMO_UIDS.l2teacher,
    educator: DEMO_UIDS.educator,
    mediator: DEMO_UIDS.mediator,
    mediatorLanguages: ['ar', 'fr', 'ber'],
    shortId: 'mz',
    pupilCodePrefix: '',
  },
  'iis-volta': {
    referent: DEMO_UIDS.voltaReferent,
    head: DEMO_UIDS.voltaHead,
    l2teacher: DEMO_UIDS.voltaL2teacher,
    educator: DEMO_UIDS.voltaEducator,
    mediator: null,
    mediatorLanguages: [],
    shortId: 'vt',
    pupilCodePrefix: 'S',
  },
};

export interface ClassPlan {
  schoolId: SchoolId;
  id: string;
  level: Level;
  year: number;
  section: string;
  site: string;
  teacherUids: string[];
  coordinatorUid: string | null;
  weight: number;
}

function classId(year: number, section: string, level: Level): string {
  return `${year}${section.toLowerCase()}-${LEVEL_SHORT[level]}`;
}

const SITES: Record<Level, string[]> = {
  primaria: ['Plesso Via Padova', 'Plesso Via Crescenzago'],
  secondaria1: ['Plesso Via Russo'],
  secondaria2: ['Sede centrale Via Adige', 'Succursale Via Varanini'],
};

function baseClass(
  schoolId: SchoolId,
  level: Level,
  year: number,
  section: string,
  weight: number,
  teacherUids: string[] = [],
  coordinatorUid: string | null = null,
): ClassPlan {
  return {
    schoolId,
    id: classId(year, section, level),
    level,
    year,
    section,
    site: SITES[level][0] ?? 'Sede',
    teacherUids,
    coordinatorUid,
    weight,
  };
}

const BASE_CLASSES: ClassPlan[] = [
  baseClass('ic-manzoni', 'primaria', 3, 'A', 0.85),
  baseClass('ic-manzoni', 'primaria', 4, 'A', 0.9),
  baseClass('ic-manzoni', 'primaria', 5, 'B', 0.9),
  baseClass('ic-manzoni', 'secondaria1', 1, 'A', 1.0),
  baseClass(
    'ic-manzoni',
    'secondaria1',
    2,
    'B',
    1.05,
    [DEMO_UIDS.teacher, DEMO_UIDS.coordinator],
    DEMO_UIDS.coordinator,
  ),
  baseClass('ic-manzoni', 'secondaria1', 3, 'C', 0.95, [DEMO_UIDS.teacher]),
  baseClass('iis-volta', 'secondaria2', 1, 'A', 1.25, [DEMO_UIDS.voltaTeacher]),
  baseClass('iis-volta', 'secondaria2', 1, 'B', 1.2, [DEMO_UIDS.voltaTeacher]),
  baseClass('iis-volta', 'secondaria2', 2, 'A', 1.1),
  baseClass('iis-volta', 'secondaria2', 3, 'A', 1.0),
  baseClass('iis-volta', 'secondaria2', 4, 'A', 0.9),
  baseClass('iis-volta', 'secondaria2', 5, 'A', 0.8),
];

function sectionName(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  let n = i;
  do {
    s = letters.charAt(n % 26) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** The 12 base classes plus, for large data sets, extra sections of ~21 pupils each. */
export function planClasses(pupils: number): ClassPlan[] {
  const classes = BASE_CLASSES.map((c) => ({ ...c, teacherUids: [...c.teacherUids] }));
  const wanted = Math.max(BASE_CLASSES.length, Math.ceil(pupils / PUPILS_PER_CLASS));
  const combos: [SchoolId, Level, number][] = [
    ...[1, 2, 3, 4, 5].map((y): [SchoolId, Level, number] => ['ic-manzoni', 'primaria', y]),
    ...[1, 2, 3].map((y): [SchoolId, Level, number] => ['ic-manzoni', 'secondaria1', y]),
    ...[1, 2, 3, 4, 5].map((y): [SchoolId, Level, number] => ['iis-volta', 'secondaria2', y]),
  ];
  const used = new Set(classes.map((c) => `${c.schoolId}/${c.id}`));
  for (let i = 0; classes.length < wanted; i++) {
    const combo = combos[i % combos.length];
    if (!combo) break;
    const [schoolId, level, year] = combo;
    let s = 0;
    while (used.has(`${schoolId}/${classId(year, sectionName(s), level)}`)) s++;
    const section = sectionName(s);
    const sites = SITES[level];
    const plan: ClassPlan = {
      schoolId,
      id: classId(year, section, level),
      level,
      year,
      section,
      site: sites[s % sites.length] ?? 'Sede',
      teacherUids: [],
      coordinatorUid: null,
      weight: 1,
    };
    used.add(`${schoolId}/${plan.id}`);
    classes.push(plan);
  }
  return classes;
}

/** Largest-remainder apportionment of `total` over the weights (ties by position). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map((x) => Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}
