import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirebaseError } from 'firebase/app';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { SignInForm } from './sign-in-form';

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('SignInForm', () => {
  it('shows the Italian bad-credentials message when sign-in rejects with auth/invalid-credential', async () => {
    const onSignIn = vi.fn(() =>
      Promise.reject(new FirebaseError('auth/invalid-credential', 'Firebase: Error')),
    );
    renderWithProviders(<SignInForm onSignIn={onSignIn} />);

    await submit('docente@scuola.it', 'sbagliata');

    expect(onSignIn).toHaveBeenCalledWith('docente@scuola.it', 'sbagliata');
    expect(await screen.findByRole('alert')).toHaveTextContent('Email o password non corretti.');
  });

  it('gives throttling its own message', async () => {
    const onSignIn = vi.fn(() =>
      Promise.reject(new FirebaseError('auth/too-many-requests', 'Firebase: Error')),
    );
    renderWithProviders(<SignInForm onSignIn={onSignIn} />);

    await submit('docente@scuola.it', 'x');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Troppi tentativi di accesso. Attendi qualche minuto e riprova.',
    );
  });

  it('shows no alert and does not sign in when the fields are empty', async () => {
    const onSignIn = vi.fn(() => Promise.resolve());
    renderWithProviders(<SignInForm onSignIn={onSignIn} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Accedi' }));

    expect(await screen.findByText("Inserisci l'email.")).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(onSignIn).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('an email of spaces counts as empty; a typed email reaches sign-in trimmed', async () => {
    const onSignIn = vi.fn(() => Promise.resolve());
    renderWithProviders(<SignInForm onSignIn={onSignIn} />);
    await submit('   ', 'segreta');
    expect(await screen.findByText("Inserisci l'email.")).toBeInTheDocument();
    expect(onSignIn).not.toHaveBeenCalled();
    await userEvent.setup().type(screen.getByLabelText('Email'), ' docente@scuola.it ');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Accedi' }));
    expect(onSignIn).toHaveBeenCalledWith('docente@scuola.it', 'segreta');
  });
});
