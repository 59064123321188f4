import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { ClassOverviewRow } from '../api/get-class-overview';
import { ClassOverviewTable } from './class-overview-table';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const row = (
  pupilId: string,
  lastName: string,
  absencePct: number | null,
  level: 'A1' | 'B1' | null,
): ClassOverviewRow => ({
  pupilId,
  lastName,
  firstName: 'X',
  summary: {
    lastL2: level ? { level, date: day('2026-10-01') } : null,
    absencePct,
    belowPass: 1,
    lastFamilyContact: day('2026-10-15'),
    nextFollowUp: { due: day('2026-12-01'), overdue: false },
  },
});

const rows = [
  row('a', 'Zhou', 12.5, 'B1'),
  row('b', 'Ahmed', null, 'A1'),
  row('c', 'Lin', 3, null),
];
const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('ClassOverviewTable', () => {
  it('sorts by a column with aria-sort, no data last', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClassOverviewTable rows={rows} />);
    expect(names()).toEqual(['Ahmed X', 'Lin X', 'Zhou X']);
    expect(screen.getByRole('columnheader', { name: /Alunno/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('button', { name: 'Assenze' }));
    expect(names()).toEqual(['Lin X', 'Zhou X', 'Ahmed X']);
    expect(screen.getByRole('columnheader', { name: 'Assenze' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Alunno/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );

    await user.click(screen.getByRole('button', { name: 'Assenze' }));
    expect(names()).toEqual(['Zhou X', 'Lin X', 'Ahmed X']);
    expect(screen.getByRole('row', { name: /Zhou/ })).toHaveTextContent('12,5%');
  });

  it('filters by name, ignoring accents and case', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClassOverviewTable rows={rows} />);
    await user.type(screen.getByLabelText('Cerca alunno'), 'ZHÓU');
    expect(names()).toEqual(['Zhou X']);
    expect(screen.getByText('1 alunno')).toBeInTheDocument();
  });
});
