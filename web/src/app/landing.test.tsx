import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role, type RoleClaims } from '@domain';
import type { AuthState } from '@/features/auth/lib/auth-context';
import { renderWithProviders } from '@/testing/test-utils';
import { LANDING_BY_ROLE } from './landing';
import { HomeRedirect } from './routes/home-redirect';
import { SignInRoute } from './routes/sign-in';

function claimsOf(role: Role): RoleClaims {
  if (role === 'admin') return { role, rv: 1 };
  if (role === 'district') return { role, districtId: 'ambito-mi-1', rv: 1 };
  if (role === 'operator')
    return { role, districtId: 'ambito-mi-1', organizationId: 'org-servizi-sociali', rv: 1 };
  if (role === 'region') return { role, regionId: 'lombardia', rv: 1 };
  return { role, schoolId: 'school-1', rv: 1 };
}

function signedIn(role: Role): AuthState {
  return {
    user: { uid: `u-${role}`, displayName: role, email: `${role}@example.it` },
    claims: claimsOf(role),
    loading: false,
  };
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

/** The expectation, stated once: each page with the roles that must land on it. */
const ROLES_BY_PAGE: Record<string, Role[]> = {
  '/alunni': ['teacher', 'l2teacher', 'educator', 'mediator'],
  '/da-rivedere': ['coordinator', 'referent'],
  '/cruscotto': ['head'],
  '/ambito': ['district'],
  '/servizi/invii': ['operator'],
  '/regione': ['region'],
  '/scuole': ['admin'],
};

/** The same grouping, read from the table under test. */
function rolesByPage(table: Record<Role, string>): Record<string, Role[]> {
  const grouped: Record<string, Role[]> = {};
  for (const role of ROLES) (grouped[table[role]] ??= []).push(role);
  return grouped;
}

const sorted = (byPage: Record<string, Role[]>) =>
  Object.fromEntries(Object.entries(byPage).map(([page, roles]) => [page, [...roles].sort()]));

describe('landing page per role', () => {
  it('names a landing page for every role', () => {
    expect(Object.keys(LANDING_BY_ROLE).sort()).toEqual([...ROLES].sort());
  });

  it('sends each role to the page expected for it', () => {
    expect(sorted(rolesByPage(LANDING_BY_ROLE))).toEqual(sorted(ROLES_BY_PAGE));
  });

  it.each(ROLES)('"/" takes a %s to their page', (role) => {
    renderWithProviders(
      <Routes>
        <Route path="/" element={<HomeRedirect />} />
        <Route path="*" element={<Where />} />
      </Routes>,
      { auth: signedIn(role) },
    );
    expect(screen.getByTestId('where')).toHaveTextContent(LANDING_BY_ROLE[role]);
  });

  it.each(ROLES)('after signing in a %s lands on their page', (role) => {
    renderWithProviders(
      <Routes>
        <Route path="/accedi" element={<SignInRoute />} />
        <Route path="*" element={<Where />} />
      </Routes>,
      { auth: signedIn(role), route: '/accedi' },
    );
    expect(screen.getByTestId('where')).toHaveTextContent(LANDING_BY_ROLE[role]);
  });

  it('signed out, "/" goes to the sign-in page', () => {
    renderWithProviders(
      <Routes>
        <Route path="/" element={<HomeRedirect />} />
        <Route path="*" element={<Where />} />
      </Routes>,
    );
    expect(screen.getByTestId('where')).toHaveTextContent('/accedi');
  });
});
