import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { SignInRoute } from './sign-in';

vi.mock('@/features/auth/api/sign-in', () => ({ signIn: vi.fn() }));

const NOTICE = /non sono ancora stati inviati/;

describe('SignInRoute', () => {
  it('says that records saved offline stayed on the device after a sign-out that kept them', () => {
    renderWithProviders(<SignInRoute />, { route: '/accedi?dati-non-inviati=1' });
    expect(screen.getByRole('status')).toHaveTextContent(NOTICE);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('says nothing of the kind after an ordinary sign-out', () => {
    renderWithProviders(<SignInRoute />, { route: '/accedi' });
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});
