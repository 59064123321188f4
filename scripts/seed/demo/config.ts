/** Public constants of the demo: password, ids of the Ambito, Region, organisations and accounts. */

export const DEMO_PASSWORD = 'Percorsi2026!';
export const DEMO_EMAIL_DOMAIN = 'demo.percorsi.it';
export const DEMO_DISTRICT_ID = 'ambito-mi-1';
export const DEFAULT_AS_OF = '2026-11-20T00:00:00Z';
export const DEFAULT_PUPILS = 250;
export const DEFAULT_SEED = 20261120;
/** Pupils per class aimed at when `pupils` grows beyond the 12 base classes. */
export const PUPILS_PER_CLASS = 21;

/** Uids of the demo accounts (stable: tests and e2e may use them). */
export const DEMO_UIDS = {
  teacher: 'demo-teacher',
  l2teacher: 'demo-l2teacher',
  educator: 'demo-educator',
  mediator: 'demo-mediator',
  coordinator: 'demo-coordinator',
  referent: 'demo-referent',
  head: 'demo-head',
  voltaHead: 'demo-volta-head',
  voltaReferent: 'demo-volta-referent',
  voltaTeacher: 'demo-volta-teacher',
  voltaL2teacher: 'demo-volta-l2teacher',
  voltaEducator: 'demo-volta-educator',
  district: 'demo-district',
  /** Operatore of the Comune's social service (issue 13's directory organisation below). */
  operatorSocial: 'demo-operator-social',
  /** Operatore of the ASST's NPIA. */
  operatorNpia: 'demo-operator-npia',
  region: 'demo-region',
  admin: 'demo-admin',
} as const;

/** Organisations of the demo Ambito's services directory that have an operator account. */
export const DEMO_ORGANIZATION_IDS = {
  socialService: 'org-comune-milano-servizi-sociali',
  npia: 'org-asst-npia',
} as const;

/** The Region of the demo (role `region`). */
export const DEMO_REGION_ID = 'lombardia';

/** The demo teacher's classes (school `ic-manzoni`). */
export const DEMO_TEACHER_CLASS_IDS = ['2b-sec1', '3c-sec1'] as const;
