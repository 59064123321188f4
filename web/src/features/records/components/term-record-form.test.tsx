import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveStatus } from '../lib/save-outcome';
import { TermRecordForm } from './term-record-form';

function renderForm(level: 'secondaria1' | 'primaria' = 'secondaria1') {
  const onSave = vi.fn((): Promise<SaveStatus> => Promise.resolve('saved'));
  renderWithProviders(
    <TermRecordForm
      initial={null}
      level={level}
      termCount={2}
      lastAnnualHours={990}
      onSave={onSave}
      onSaved={() => undefined}
      onCancel={() => undefined}
    />,
  );
  return onSave;
}

async function typeInto(label: RegExp | string, value: string) {
  const user = userEvent.setup();
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
}

describe('TermRecordForm', () => {
  it('refuses mark 11 and absences over the lesson hours with Italian messages', async () => {
    const onSave = renderForm();
    await typeInto(/Ore di lezione svolte finora/, '100');
    await typeInto(/Ore di assenza/, '120');
    await typeInto('Italiano', '11');
    await typeInto('Matematica', 'sei');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Salva' }));

    expect(screen.getByLabelText('Italiano')).toHaveAccessibleDescription(
      'Il voto deve essere tra 1 e 10',
    );
    expect(screen.getByLabelText('Matematica')).toHaveAccessibleDescription(
      'Il voto deve essere tra 1 e 10',
    );
    expect(screen.getByLabelText(/Ore di assenza/)).toHaveAccessibleDescription(
      'Le ore di assenza non possono superare le ore di lezione',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Il modulo contiene errori');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('turns raw marks into numbers and keeps the raw text', async () => {
    const onSave = renderForm();
    await typeInto(/Ore di lezione svolte finora/, '420');
    await typeInto(/Ore di assenza/, '30,5');
    await typeInto('Italiano', '5½');
    await typeInto('Matematica', '6-');
    await typeInto('Inglese', '7+');
    await typeInto('Comportamento', '8');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSave).toHaveBeenCalledWith({
      schoolYear: expect.stringMatching(/^\d{4}\/\d{2}$/),
      term: 1,
      lessonHours: 420,
      absenceHours: 30.5,
      annualHours: 990,
      marks: {
        italiano: { kind: 'numeric', value: 5.5, raw: '5½' },
        matematica: { kind: 'numeric', value: 5.75, raw: '6-' },
        inglese: { kind: 'numeric', value: 7.25, raw: '7+' },
      },
      conduct: { kind: 'numeric', value: 8, raw: '8' },
    });
  });

  it('offers giudizi sintetici for a primaria class', async () => {
    const onSave = renderForm('primaria');
    await typeInto(/Ore di lezione svolte finora/, '300');
    await typeInto(/Ore di assenza/, '12');
    await userEvent.setup().selectOptions(screen.getByLabelText('Italiano'), 'Non sufficiente');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        marks: { italiano: { kind: 'judgement', value: 'Non sufficiente' } },
        conduct: null,
      }),
    );
    expect(screen.queryByLabelText('Seconda lingua comunitaria')).not.toBeInTheDocument();
  });
});
