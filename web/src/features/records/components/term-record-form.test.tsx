import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { schoolYearOf, type Mark } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveStatus } from '../lib/save-outcome';
import type { TermRecordEntry } from '../lib/term-period';
import { TermRecordForm } from './term-record-form';

type FormOptions = {
  level?: 'secondaria1' | 'primaria';
  stored?: TermRecordEntry[];
  recordId?: string | null;
  canEdit?: boolean;
};

function renderForm(options: FormOptions = {}) {
  const { level = 'secondaria1', stored = [], recordId = null, canEdit = true } = options;
  const onSave = vi.fn((): Promise<SaveStatus> => Promise.resolve('saved'));
  const initial = recordId ? (stored.find((e) => e.id === recordId)?.data ?? null) : null;
  renderWithProviders(
    <TermRecordForm
      initial={initial}
      level={level}
      termCount={2}
      lastAnnualHours={990}
      recordId={recordId}
      stored={stored}
      canEdit={() => canEdit}
      onSave={onSave}
      onSaved={() => undefined}
      onCancel={() => undefined}
    />,
  );
  return onSave;
}

/** A numeric mark as typed (`raw`) and as stored; a plain number by default. */
const numeric = (raw: string, value = Number(raw)): Mark => ({ kind: 'numeric', value, raw });

/** A stored first-term record of the school year the form opens on. */
function storedTerm(schoolYear = schoolYearOf(new Date()), term = 1): TermRecordEntry {
  return {
    kind: 'termRecords',
    id: `${schoolYear.replace('/', '-')}-t${term}`,
    pending: false,
    data: {
      schoolYear,
      term,
      lessonHours: 300,
      absenceHours: 12,
      annualHours: 990,
      marks: { italiano: numeric('6'), matematica: numeric('7'), latino: numeric('8') },
      conduct: numeric('9'),
      schoolId: 's',
      pupilId: 'p',
      createdBy: 'teacher',
      createdAt: new Date('2026-11-10T10:00:00Z'),
      updatedAt: new Date('2026-11-12T10:00:00Z'),
    },
  };
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
        italiano: numeric('5½', 5.5),
        matematica: numeric('6-', 5.75),
        inglese: numeric('7+', 7.25),
      },
      conduct: numeric('8'),
    });
  });

  it('offers giudizi sintetici for a primaria class', async () => {
    const onSave = renderForm({ level: 'primaria' });
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

  it('opens the record the chosen term already has, and saves its values with the changes', async () => {
    const onSave = renderForm({ stored: [storedTerm()] });
    expect(
      screen.getByText(/^Per questo periodo c'è già una registrazione, salvata il 12\/11\/2026/),
    ).toBeInTheDocument();
    expect(screen.getByRole('form')).toHaveAccessibleName('Modifica: Voti e assenze del periodo');
    expect(screen.getByLabelText(/Ore di lezione svolte finora/)).toHaveValue('300');
    // A subject outside the class level's list keeps its field, so its mark is not lost.
    expect(screen.getByLabelText('Latino')).toHaveValue('8');
    await typeInto('Matematica', '4');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        term: 1,
        lessonHours: 300,
        marks: { italiano: numeric('6'), matematica: numeric('4'), latino: numeric('8') },
      }),
    );
  });

  it('empties the fields for a term without a record, and loads them again on the way back', async () => {
    renderForm({ stored: [storedTerm()] });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^Periodo/), '2');
    expect(screen.queryByText(/c'è già una registrazione/)).not.toBeInTheDocument();
    expect(screen.getByRole('form')).toHaveAccessibleName(
      'Nuova registrazione: Voti e assenze del periodo',
    );
    expect(screen.getByLabelText(/Ore di lezione svolte finora/)).toHaveValue('');
    expect(screen.queryByLabelText('Latino')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/^Periodo/), '1');
    expect(screen.getByLabelText(/Ore di lezione svolte finora/)).toHaveValue('300');
  });

  it("says so and offers no save when the record of the term is not the user's to change", () => {
    renderForm({ stored: [storedTerm()], canEdit: false });
    expect(
      screen.getByText(/salvata il 12\/11\/2026 da un'altra persona: possono modificarla solo/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Salva' })).toBeDisabled();
  });

  it('keeps the term of a record opened for editing', () => {
    const entry = storedTerm('2025/26', 2);
    renderForm({ stored: [entry], recordId: entry.id });
    expect(screen.queryByLabelText(/^Periodo/)).not.toBeInTheDocument();
    expect(screen.getByText(/^2025\/26, 2° periodo/)).toBeInTheDocument();
    expect(screen.getByText(/Il periodo di una registrazione salvata non si cambia/)).toBeVisible();
  });
});
