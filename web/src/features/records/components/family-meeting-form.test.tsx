import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveStatus } from '../lib/save-outcome';
import { FamilyMeetingForm } from './family-meeting-form';

function renderForm() {
  const onSave = vi.fn((): Promise<SaveStatus> => Promise.resolve('pending'));
  const onSaved = vi.fn();
  renderWithProviders(
    <FamilyMeetingForm
      initial={null}
      homeLanguages={['ur', 'pa']}
      onSave={onSave}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
  );
  return { onSave, onSaved };
}

describe('FamilyMeetingForm', () => {
  it('asks for a participant and a valid date, and writes nothing', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.clear(screen.getByLabelText(/^Data/));
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    expect(screen.getByRole('group', { name: /Partecipanti/ })).toHaveAccessibleDescription(
      'Indicarne almeno uno',
    );
    expect(screen.getByLabelText(/^Data/)).toHaveAccessibleDescription(/Campo obbligatorio/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('offers the pupil’s home languages first, with ISO codes, and saves a missed meeting', async () => {
    const user = userEvent.setup();
    const { onSave, onSaved } = renderForm();
    const language = screen.getByLabelText(/Lingua del colloquio/);
    expect(language).toHaveValue('ur');
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('(pa)');

    await user.click(screen.getByLabelText('Padre'));
    await user.click(screen.getByLabelText('Serviva il mediatore'));
    await user.click(screen.getByLabelText(/Non si è svolto/));
    expect(screen.queryByLabelText('Esito')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Azioni concordate'), 'Nuovo invito con il mediatore');
    await user.type(screen.getByLabelText('Scadenza delle azioni'), '15/01/2027');
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        participants: ['father'],
        language: 'ur',
        mediatorNeeded: true,
        mediatorPresent: false,
        held: false,
        outcome: null,
        followUp: 'Nuovo invito con il mediatore',
        followUpDue: new Date('2027-01-15T00:00:00Z'),
      }),
    );
    expect(onSaved).toHaveBeenCalledWith('pending');
  });
});
