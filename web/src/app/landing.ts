import type { Role, RoleClaims } from '@domain';

/**
 * Where each role starts (after sign-in and at "/"): the page that answers "what needs me
 * today". Class and assigned staff: their pupils, with level and open follow-ups. Coordinators
 * and referents: the flags waiting for their decision. The head: the school's dashboard. The
 * Ambito coordinator: the Ambito's aggregates (never a pupil). A service operator: the referrals addressed to their organisation.
 * The Region: every Ambito side by side. The admin: the schools.
 */
export const LANDING_BY_ROLE = {
  teacher: '/alunni',
  l2teacher: '/alunni',
  educator: '/alunni',
  mediator: '/alunni',
  coordinator: '/da-rivedere',
  referent: '/da-rivedere',
  head: '/cruscotto',
  district: '/ambito',
  operator: '/servizi/invii',
  region: '/regione',
  admin: '/scuole',
} as const satisfies Record<Role, string>;

/** The landing page of a session; without a role, the pupils page says why nothing is shown. */
export function landingPath(claims: RoleClaims | null): string {
  return claims ? LANDING_BY_ROLE[claims.role] : '/alunni';
}
