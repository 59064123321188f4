import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { LanguageSwitch } from './language-switch';

afterEach(async () => {
  await i18n.changeLanguage('it');
});

describe('LanguageSwitch', () => {
  it('starts in Italian and switches visible strings to English', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <SignInForm onSignIn={() => Promise.resolve()} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Accedi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'IT' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.setup().click(screen.getByRole('button', { name: 'EN' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accedi' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'IT' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('percorsi.language')).toBe('en');
  });
});
