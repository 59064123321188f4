import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS, type School } from '@domain';
import { optionTexts } from '@/testing/select-options';
import { schoolFixture } from '@/testing/staff-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { SchoolForm } from './school-form';

const districts = [
  { id: 'ambito-mi-1', name: 'Ambito territoriale 1 – Milano Città' },
  { id: 'ambito-mi-2', name: 'Ambito territoriale 2 – Rho' },
];
const today = new Date('2026-10-01T00:00:00Z');

function renderForm(onSave = vi.fn(async () => {}), school: School | null = null) {
  renderWithProviders(
    <SchoolForm
      school={school}
      districts={districts}
      onSave={onSave}
      onCancel={vi.fn()}
      today={today}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

describe('SchoolForm', () => {
  it('starts a new school from the domain defaults', () => {
    renderForm();
    expect(screen.getByLabelText(/Anno scolastico/)).toHaveValue('2026/27');
    expect(screen.getByLabelText(/Suddivisione dell'anno/)).toHaveValue('quadrimestri');
    expect(screen.getByLabelText(/Mesi come neo-arrivato/)).toHaveValue(24);
  });

  it('refuses an empty form and a wrong codice meccanografico with Italian messages', async () => {
    const { onSave, user } = renderForm();
    await user.type(screen.getByLabelText(/Codice meccanografico/), 'MI12');
    await user.clear(screen.getByLabelText(/Mesi come neo-arrivato/));
    await user.type(screen.getByLabelText(/Mesi come neo-arrivato/), '40');
    await user.click(screen.getByRole('button', { name: 'Salva la scuola' }));

    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Correggi i campi segnalati.')).toBeInTheDocument();
    const code = screen.getByLabelText(/Codice meccanografico/);
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(
      expect.stringContaining('Codice meccanografico non valido (10 caratteri, es. MIIC8AB00X)'),
    );
    expect(screen.getByLabelText(/Nome della scuola/)).toHaveAccessibleDescription(
      'Campo obbligatorio',
    );
    expect(screen.getByLabelText(/Tipo di scuola/)).toHaveAccessibleDescription(
      "Scegli un tipo di scuola dall'elenco",
    );
    expect(screen.getByLabelText(/Ambito territoriale/)).toHaveAccessibleDescription(
      'Campo obbligatorio',
    );
    expect(screen.getByLabelText(/Mesi come neo-arrivato/)).toHaveAccessibleDescription(
      expect.stringContaining('Indica un numero intero di mesi tra 12 e 36'),
    );
  });

  it('picks the Ambito from a list and saves a valid school, code upper-cased', async () => {
    const { onSave, user } = renderForm();
    const ambito = screen.getByLabelText(/Ambito territoriale/);
    expect(optionTexts(ambito)).toEqual(["Scegli l'Ambito", ...districts.map((d) => d.name)]);
    await user.type(screen.getByLabelText(/Nome della scuola/), 'IC Rodari');
    await user.type(screen.getByLabelText(/Codice meccanografico/), 'miic8cd00z');
    await user.selectOptions(screen.getByLabelText(/Tipo di scuola/), 'IC');
    await user.type(screen.getByLabelText(/Comune/), 'Milano');
    await user.selectOptions(ambito, 'ambito-mi-2');
    await user.click(screen.getByRole('button', { name: 'Salva la scuola' }));

    // An IC with the domain defaults (2026/27, quadrimestri, 24 months, default thresholds).
    expect(onSave).toHaveBeenCalledWith({
      ...schoolFixture({ name: 'IC Rodari', code: 'MIIC8CD00Z', city: 'Milano' }),
      districtId: 'ambito-mi-2',
    } satisfies School);
  });

  it('shows the function’s refusal in Italian', async () => {
    const refusal = Object.assign(new Error('Esiste già una scuola con il codice MIIC8CD00Z.'), {
      code: 'functions/failed-precondition',
      details: { en: 'A school with the code MIIC8CD00Z already exists.' },
    });
    const school: School = {
      name: 'IC Rodari',
      code: 'MIIC8CD00Z',
      kind: 'IC',
      city: 'Milano',
      districtId: 'ambito-mi-1',
      settings: {
        schoolYear: '2025/26',
        termSystem: 'trimestri',
        naiMonths: 18,
        thresholds: { ...DEFAULT_THRESHOLDS, meanMarkAmber: 5.5 },
      },
    };
    const onSave = vi.fn(async () => {
      throw refusal;
    });
    const { user } = renderForm(onSave, school);
    expect(screen.getByRole('heading', { name: 'Modifica IC Rodari' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Salva la scuola' }));
    // Editing keeps the school's own thresholds.
    expect(onSave).toHaveBeenCalledWith(school);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Esiste già una scuola con il codice MIIC8CD00Z.',
    );
  });
});
