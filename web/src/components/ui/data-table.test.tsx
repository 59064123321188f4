import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import '@/lib/i18n';
import { countColumn, textColumn } from './columns';
import { DataTable } from './data-table';

type Row = { name: string; pupils: number };
const rows: Row[] = [
  { name: 'Zeta', pupils: 3 },
  { name: 'Àlfa', pupils: 12 },
  { name: 'Beta', pupils: 7 },
];
const columns = [
  textColumn<Row>('name', 'Classe', (r) => r.name),
  countColumn<Row>('pupils', 'Alunni', (r) => r.pupils),
];

const firstCells = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('th, td')?.textContent);

function renderTable({ sortable = false } = {}) {
  render(
    <DataTable
      caption="Classi"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.name}
      fileName="classi"
      sortable={sortable}
    />,
  );
}

describe('DataTable', () => {
  it('keeps the given order until a column is chosen, then sorts both ways with aria-sort', async () => {
    renderTable({ sortable: true });
    expect(firstCells()).toEqual(['Zeta', 'Àlfa', 'Beta']);
    await userEvent.click(screen.getByRole('button', { name: /^Alunni/ }));
    expect(firstCells()).toEqual(['Zeta', 'Beta', 'Àlfa']);
    expect(screen.getByRole('columnheader', { name: /Alunni/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Alunni/ }));
    expect(firstCells()).toEqual(['Àlfa', 'Beta', 'Zeta']);
    await userEvent.click(screen.getByRole('button', { name: /^Classe/ }));
    // Italian collation: accents do not push a name to the end.
    expect(firstCells()).toEqual(['Àlfa', 'Beta', 'Zeta']);
  });

  it('is a plain table when not sortable, with the Italian export button', () => {
    renderTable();
    expect(screen.queryByRole('button', { name: /^Alunni/ })).toBeNull();
    expect(screen.getByRole('button', { name: /^Esporta CSV\s*: Classi$/ })).toBeInTheDocument();
  });
});
