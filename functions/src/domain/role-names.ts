// The role lists without zod: the app's first download reads them (menus, landing pages)
// and stays free of the schema library, which loads with the first page that needs it.

/** Staff roles of DOMAIN.md, stored as the `role` Firebase Auth custom claim. */
export const ROLES = [
  'teacher',
  'l2teacher',
  'educator',
  'mediator',
  'coordinator',
  'referent',
  'head',
  'district',
  /** Operatore dei servizi: an organisation of the Ambito's directory (issue 13). */
  'operator',
  /** Regione / ANCI Lombardia: every Ambito's aggregates, never below a school (issue 15). */
  'region',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that belong to one school and carry the `schoolId` claim. */
export const SCHOOL_ROLES = [
  'teacher',
  'l2teacher',
  'educator',
  'mediator',
  'coordinator',
  'referent',
  'head',
] as const satisfies readonly Role[];
