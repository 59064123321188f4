import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useTranslation } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { LanguageSwitch } from './language-switch';

afterEach(async () => {
  await i18n.changeLanguage('it');
});

/** A shared string that differs between the languages. */
function SignOutProbe() {
  const { t } = useTranslation();
  return <button type="button">{t('layout.signOut')}</button>;
}

describe('LanguageSwitch', () => {
  it('starts in Italian and switches visible strings to English', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <SignOutProbe />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Esci' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'IT' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.setup().click(screen.getByRole('button', { name: 'EN' }));

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Esci' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'IT' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('percorsi.language')).toBe('en');
  });
});
