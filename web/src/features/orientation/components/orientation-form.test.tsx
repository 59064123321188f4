import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyOrientationRecord, type OrientationRecord } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveOrientationInput } from '../api/orientation';
import { OrientationForm } from './orientation-form';

const save = vi.fn((_input: SaveOrientationInput) => Promise.resolve());
vi.mock('../api/orientation', () => ({
  useSaveOrientation: () => ({ mutateAsync: save, isPending: false }),
}));

function renderForm(initial: OrientationRecord, exists: boolean) {
  renderWithProviders(
    <OrientationForm
      schoolId="ic-manzoni"
      pupilId="p1"
      uid="u1"
      initial={initial}
      exists={exists}
    />,
  );
}

describe('OrientationForm', () => {
  it('records hours, a skills review and a consiglio in one save', async () => {
    const user = userEvent.setup();
    renderForm(emptyOrientationRecord('2026/27'), false);
    const hours = screen.getByLabelText('Ore di moduli di orientamento frequentate quest’anno');
    await user.clear(hours);
    await user.type(hours, '14');
    await user.click(screen.getByRole('button', { name: 'Compila il bilancio di competenze' }));
    await user.type(screen.getByLabelText('Interessi'), 'Robotica');
    await user.click(screen.getByRole('button', { name: 'Aggiungi una lingua' }));
    await user.type(screen.getByLabelText('Lingua'), 'ar');
    await user.selectOptions(screen.getByLabelText('Livello'), 'native');
    await user.click(screen.getByRole('checkbox', { name: 'Matematica' }));
    await user.click(screen.getByRole('button', { name: 'Compila il consiglio di orientamento' }));
    await user.selectOptions(screen.getByLabelText('Percorso consigliato'), 'liceo');
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Salvato.');
    const input = save.mock.calls[0]?.[0];
    expect(input?.exists).toBe(false);
    expect(input?.record).toMatchObject({
      schoolYear: '2026/27',
      orientationHours: 14,
      review: {
        interests: 'Robotica',
        languages: [{ language: 'ar', level: 'native' }],
        strengthSubjects: ['matematica'],
      },
      advice: { recommendedTrack: 'liceo', familyTrack: null },
      exam: null,
    });
  });

  it('lists the exam items still missing and refuses an invalid language code', async () => {
    const user = userEvent.setup();
    save.mockClear();
    const initial: OrientationRecord = {
      ...emptyOrientationRecord('2026/27'),
      exam: {
        invalsiTaken: true,
        l2InsteadOfSecondLanguage: false,
        pdpInForce: true,
        pdpInExam: false,
        italianEntryTest: true,
        usedSecondLanguageHoursForL2: true,
      },
    };
    renderForm(initial, true);
    expect(screen.getByText(/^Mancano:/)).toHaveTextContent(
      'Italiano L2 al posto della seconda lingua',
    );
    expect(screen.getByText(/^Mancano:/)).toHaveTextContent('PDP recepito nelle prove d’esame');
    await user.click(screen.getByRole('checkbox', { name: /Le ore della seconda lingua/ }));
    expect(screen.getByText(/^Mancano:/)).not.toHaveTextContent('Italiano L2 al posto');

    await user.click(screen.getByRole('button', { name: 'Compila il bilancio di competenze' }));
    await user.click(screen.getByRole('button', { name: 'Aggiungi una lingua' }));
    await user.type(screen.getByLabelText('Lingua'), 'arabic');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('review.languages.0.language');
    expect(save).not.toHaveBeenCalled();
  });
});
