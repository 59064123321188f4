import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { PupilGdprPanel } from './pupil-gdpr-actions';

function renderPanel() {
  const onExport = vi.fn(() => Promise.resolve());
  const onErase = vi.fn(() => Promise.resolve());
  const onTransfer = vi.fn((_to: { toSchoolId: string; toClassId: string }) => Promise.resolve());
  renderWithProviders(
    <PupilGdprPanel
      pupil={{ firstName: 'Amina', lastName: 'El Idrissi' }}
      onExport={onExport}
      onErase={onErase}
      onTransfer={onTransfer}
    />,
  );
  return { onExport, onErase, onTransfer };
}

describe('PupilGdprPanel', () => {
  it("erases only after the pupil's surname is typed", async () => {
    const user = userEvent.setup();
    const { onErase } = renderPanel();

    await user.click(screen.getByRole('button', { name: 'Cancella alunno' }));
    const dialog = screen.getByRole('alertdialog', {
      name: "Cancellare definitivamente l'alunno?",
    });
    const confirm = within(dialog).getByRole('button', { name: 'Cancella definitivamente' });
    const surname = within(dialog).getByLabelText(/scrivi il cognome dell'alunno: El Idrissi/);
    expect(surname).toHaveFocus();
    expect(confirm).toBeDisabled();

    await user.type(surname, 'Rossi{Enter}');
    expect(surname).toHaveAccessibleDescription('Il cognome non corrisponde.');
    expect(confirm).toBeDisabled();
    expect(onErase).not.toHaveBeenCalled();

    await user.clear(surname);
    await user.type(surname, 'el idrissi');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(onErase).toHaveBeenCalledTimes(1);
  });

  it('shows the refusal of the erasure and keeps the dialog open', async () => {
    const user = userEvent.setup();
    const { onErase } = renderPanel();
    onErase.mockRejectedValue(
      Object.assign(new Error('Alunno non trovato.'), {
        code: 'functions/not-found',
        details: { en: 'Pupil not found.' },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancella alunno' }));
    await user.type(screen.getByLabelText(/scrivi il cognome/), 'El Idrissi');
    await user.click(screen.getByRole('button', { name: 'Cancella definitivamente' }));
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent(
      'Alunno non trovato.',
    );
  });

  it('asks for a transfer only with a destination school and class', async () => {
    const user = userEvent.setup();
    const { onTransfer } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Trasferisci' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Invia la richiesta' }));
    expect(within(dialog).getByLabelText(/Codice della scuola di destinazione/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(onTransfer).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/scuola di destinazione/), 'iis-volta');
    await user.type(within(dialog).getByLabelText(/classe di destinazione/), '1a-sec2');
    await user.click(within(dialog).getByRole('button', { name: 'Invia la richiesta' }));
    expect(onTransfer).toHaveBeenCalledWith({ toSchoolId: 'iis-volta', toClassId: '1a-sec2' });
    // Nothing moved yet: the panel says the request is with the other school.
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Richiesta di trasferimento inviata',
    );
  });
});
