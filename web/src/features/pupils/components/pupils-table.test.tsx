import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { day, makeClass, makePupil } from '@/testing/pupil-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { PupilsTable } from './pupils-table';

const classes = [makeClass('c-2b', '2B'), makeClass('c-3a', '3A')];
const pupils = [
  makePupil('p1'),
  makePupil('p2', {
    firstName: 'Wei',
    lastName: 'Chen',
    countryOfBirth: 'CN',
    citizenships: ['CN'],
    homeLanguages: ['zh'],
    arrivalDate: day('2019-01-07'),
    firstItalianSchoolDate: day('2019-01-14'),
    classId: 'c-3a',
    pdp: false,
    pdpDate: null,
  }),
  makePupil('p3', {
    firstName: 'Luca',
    lastName: 'Popescu',
    countryOfBirth: 'IT',
    citizenships: ['RO'],
    homeLanguages: ['ro'],
    arrivalDate: null,
    firstItalianSchoolDate: day('2018-09-12'),
    birthDate: day('2012-05-02'),
    pdp: false,
    pdpDate: null,
  }),
];

function renderTable() {
  renderWithProviders(
    <PupilsTable pupils={pupils} classes={classes} naiMonths={24} asOf={day('2025-01-15')} />,
  );
}

function bodyRows() {
  const [, body] = screen.getAllByRole('rowgroup');
  if (!body) throw new Error('table body not rendered');
  return within(body).getAllByRole('row');
}

describe('PupilsTable', () => {
  it('renders one row per pupil with Italian dates, country names and the NAI badge', () => {
    renderTable();

    expect(
      screen.getByRole('table', { name: 'Alunni che puoi consultare con il tuo ruolo' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 alunni')).toBeInTheDocument();
    const amina = screen.getByRole('row', { name: /El Idrissi Amina/ });
    expect(within(amina).getByRole('link', { name: 'El Idrissi Amina' })).toHaveAttribute(
      'href',
      '/alunni/p1',
    );
    expect(within(amina).getByText('04/09/2023')).toBeInTheDocument();
    expect(within(amina).getByText('Marocco')).toBeInTheDocument();
    expect(within(amina).getByText('2B')).toBeInTheDocument();
    // First Italian school 2023-09-18, 16 months before asOf: still NAI with 24 months.
    expect(within(amina).getByText('NAI')).toBeInTheDocument();

    const chen = screen.getByRole('row', { name: /Chen Wei/ });
    expect(within(chen).getByText('07/01/2019')).toBeInTheDocument();
    expect(within(chen).getByText('Cina')).toBeInTheDocument();
    expect(within(chen).queryByText('NAI')).not.toBeInTheDocument();

    const luca = screen.getByRole('row', { name: /Popescu Luca/ });
    expect(within(luca).getByText('Nato/a in Italia')).toBeInTheDocument();
  });

  it('filters by the search box, ignoring case and accents, and updates the count', async () => {
    renderTable();
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Cerca alunno'), 'chén');

    const rows = bodyRows();
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('link')).toHaveTextContent('Chen Wei');
    expect(screen.getByText('1 alunno')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Cerca alunno'));
    await user.type(screen.getByLabelText('Cerca alunno'), 'zzz');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Nessun alunno corrisponde alla ricerca.')).toBeInTheDocument();
  });

  it('filters by class', async () => {
    renderTable();

    await userEvent.setup().selectOptions(screen.getByLabelText('Filtra per classe'), '2B');

    const names = bodyRows().map((row) => within(row).getByRole('link').textContent);
    expect(names).toEqual(['El Idrissi Amina', 'Popescu Luca']);
  });

  it('orders rows and adds columns as the page composes them (e.g. by need)', () => {
    const level: Record<string, number> = { p1: 1, p2: 2, p3: 0 };
    renderWithProviders(
      <PupilsTable
        pupils={pupils}
        classes={classes}
        naiMonths={24}
        asOf={day('2025-01-15')}
        extras={{
          columns: [{ id: 'level', header: 'Livello', cell: (p) => `L${level[p.id]}` }],
          compare: (a, b) => (level[b.id] ?? 0) - (level[a.id] ?? 0),
          note: 'Ordinati per bisogno',
        }}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Livello' })).toBeInTheDocument();
    expect(screen.getByText('Ordinati per bisogno')).toBeInTheDocument();
    expect(bodyRows().map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Chen Wei',
      'El Idrissi Amina',
      'Popescu Luca',
    ]);
    expect(within(bodyRows()[0]!).getByText('L2')).toBeInTheDocument();
  });
});
