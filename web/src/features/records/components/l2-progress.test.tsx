import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { L2Progress } from './l2-progress';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const assessment = (date: string, lettura: 'A1' | 'A2') => ({
  schoolId: 's',
  pupilId: 'p',
  createdBy: 'u',
  createdAt: day(date),
  updatedAt: day(date),
  date: day(date),
  tool: 'entryTest' as const,
  domain: 'communication' as const,
  levels: {
    ascolto: 'A2' as const,
    lettura,
    parlato: 'PreA1' as const,
    interazione: 'A2+' as const,
    scrittura: 'A1' as const,
  },
  assessorName: 'Marco Ferri',
  notes: '',
});

describe('L2Progress', () => {
  it('gives the chart a text alternative and the same data as a table, oldest first', () => {
    renderWithProviders(
      <L2Progress assessments={[assessment('2026-10-05', 'A2'), assessment('2026-03-02', 'A1')]} />,
    );
    expect(screen.getByRole('img', { name: /Grafico dei livelli QCER/ })).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Livelli QCER per abilità a ogni valutazione',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '02/03/2026Lingua della comunicazioneA2A1Pre-A1A2+A1',
      '05/10/2026Lingua della comunicazioneA2A2Pre-A1A2+A1',
    ]);
  });
});
