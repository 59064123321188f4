import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { schoolFixture } from '@/testing/staff-fixtures';
import { optionTexts } from '@/testing/select-options';
import { renderWithProviders } from '@/testing/test-utils';
import type { SchoolOption } from '../api/get-school-directory';
import { PupilGdprPanel } from './pupil-gdpr-actions';
import { loadedQuery } from './test-utils';

const makeSchool = schoolFixture;

// The other schools of the head's Ambito, as the rules let the head list them.
const ambitoSchools: SchoolOption[] = [
  {
    ...makeSchool({ name: 'IIS Volta', code: 'MIIS01200T', city: 'Monza' }),
    id: 'iis-volta',
  },
  { ...makeSchool({ name: 'IC Pascoli', code: 'MIIC81100Q', city: 'Lissone' }), id: 'ic-pascoli' },
];
const useAmbitoSchools = vi.fn((_schoolId: string) => loadedQuery(ambitoSchools));
vi.mock('../api/get-school-directory', () => ({
  useAmbitoSchools: (schoolId: string) => useAmbitoSchools(schoolId),
}));

function renderPanel() {
  const onExport = vi.fn(() => Promise.resolve());
  const onErase = vi.fn(() => Promise.resolve());
  const onTransfer = vi.fn((_to: { toSchoolId: string }) => Promise.resolve());
  renderWithProviders(
    <PupilGdprPanel
      schoolId="ic-manzoni"
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

  it('asks for a transfer to a school picked from the other schools of the Ambito', async () => {
    const user = userEvent.setup();
    const { onTransfer } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Trasferisci' }));
    const dialog = screen.getByRole('alertdialog');
    expect(useAmbitoSchools).toHaveBeenCalledWith('ic-manzoni');
    const picker = within(dialog).getByRole('combobox', { name: /Scuola di destinazione/ });
    expect(optionTexts(picker)).toEqual([
      'Scegli una scuola',
      'IIS Volta – Monza (MIIS01200T)',
      'IC Pascoli – Lissone (MIIC81100Q)',
    ]);
    // No typed ids: neither the school nor the class (the receiving head chooses it).
    expect(within(dialog).queryByRole('textbox')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Invia la richiesta' }));
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(picker).toHaveAccessibleDescription(/Scegli la scuola di destinazione\./);
    expect(onTransfer).not.toHaveBeenCalled();

    await user.selectOptions(picker, 'IIS Volta – Monza (MIIS01200T)');
    await user.click(within(dialog).getByRole('button', { name: 'Invia la richiesta' }));
    expect(onTransfer).toHaveBeenCalledWith({ toSchoolId: 'iis-volta' });
    // Nothing moved yet: the panel says the request is with the other school.
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Richiesta di trasferimento inviata',
    );
  });

  it('says so when the Ambito has no other school, and sends nothing', async () => {
    useAmbitoSchools.mockReturnValueOnce({ isPending: false, isError: false, data: [] });
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Trasferisci' }));
    const dialog = screen.getByRole('alertdialog');
    expect(
      within(dialog).getByText(
        "Nel tuo Ambito non ci sono altre scuole a cui trasferire l'alunno.",
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Invia la richiesta' })).toBeDisabled();
  });
});
