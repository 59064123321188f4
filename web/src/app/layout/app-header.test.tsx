import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { AppHeader } from './app-header';

const user = { name: 'Maria Rossi', roleLabel: 'Docente' };

describe('AppHeader sign-out', () => {
  it('signs out on "Esci"', async () => {
    const onSignOut = vi.fn();
    renderWithProviders(<AppHeader user={user} onSignOut={onSignOut} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Esci' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('shows that sign-out is running and cannot be pressed twice', () => {
    renderWithProviders(<AppHeader user={user} onSignOut={vi.fn()} signingOut />);
    expect(screen.getByRole('button', { name: 'Uscita in corso…' })).toBeDisabled();
  });
});
