import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirebaseError } from 'firebase/app';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveStatus } from '../lib/save-outcome';
import { TutoringSessionForm } from './tutoring-session-form';

function renderForm(onSave = vi.fn((): Promise<SaveStatus> => Promise.resolve('saved'))) {
  const onSaved = vi.fn();
  renderWithProviders(
    <TutoringSessionForm
      initial={null}
      viewerUid="educator-1"
      onSave={onSave}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
  );
  return { onSave, onSaved };
}

describe('TutoringSessionForm', () => {
  it('shows the Italian messages next to the fields and writes nothing for bad values', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();

    await user.type(screen.getByLabelText(/Materia o attività/), 'Matematica');
    await user.clear(screen.getByLabelText(/Durata \(minuti\)/));
    await user.type(screen.getByLabelText(/Durata \(minuti\)/), '0');
    await user.click(screen.getByLabelText('Assente'));
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    const minutes = screen.getByLabelText(/Durata \(minuti\)/);
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription('La durata deve essere tra 5 e 480 minuti');
    expect(screen.getByLabelText(/Motivo dell'assenza/)).toHaveAccessibleDescription(
      "Obbligatorio se l'alunno era assente. Indicare il motivo dell’assenza",
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid session with the author as educator', async () => {
    const user = userEvent.setup();
    const { onSave, onSaved } = renderForm();

    await user.type(screen.getByLabelText(/Materia o attività/), 'Italiano per lo studio');
    await user.clear(screen.getByLabelText(/Durata \(minuti\)/));
    await user.type(screen.getByLabelText(/Durata \(minuti\)/), '45');
    await user.click(screen.getByLabelText('Piccolo gruppo'));
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        subject: 'Italiano per lo studio',
        minutes: 45,
        format: 'smallGroup',
        attended: true,
        absenceReason: '',
        educatorUid: 'educator-1',
        planId: null,
      }),
    );
    expect(onSaved).toHaveBeenCalledWith('saved');
  });

  it('keeps what was typed and says why when the rules refuse the save', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() =>
      Promise.reject(
        new FirebaseError('permission-denied', 'Missing or insufficient permissions.'),
      ),
    );
    const { onSaved } = renderForm(onSave);

    await user.type(screen.getByLabelText(/Materia o attività/), 'Storia');
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Salvataggio rifiutato: con il tuo ruolo non puoi registrare',
    );
    expect(screen.getByLabelText(/Materia o attività/)).toHaveValue('Storia');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows the messages in English after the language switch', async () => {
    await i18n.changeLanguage('en');
    try {
      const user = userEvent.setup();
      const { onSave } = renderForm();
      await user.clear(screen.getByLabelText(/Duration \(minutes\)/));
      await user.type(screen.getByLabelText(/Duration \(minutes\)/), '600');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(screen.getByLabelText(/Duration \(minutes\)/)).toHaveAccessibleDescription(
        'Duration must be between 5 and 480 minutes',
      );
      expect(screen.getByLabelText(/Subject or activity/)).toHaveAccessibleDescription(
        'Required field',
      );
      expect(onSave).not.toHaveBeenCalled();
    } finally {
      await i18n.changeLanguage('it');
    }
  });
});
