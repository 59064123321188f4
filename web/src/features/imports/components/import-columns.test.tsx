import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { FIELDS_BY_KIND, guessMapping, templateHeaders } from '../lib/mapping';
import { ImportColumns } from './import-columns';

describe('ImportColumns', () => {
  it('lists each datum of the pupil file with its template column and whether it is required', () => {
    renderWithProviders(<ImportColumns kind="pupils" />);
    const table = screen.getByRole('table', { name: /Colonne per l'importazione/ });
    const row = within(table).getByRole('row', { name: /Codice fiscale/ });
    expect(within(row).getByText('codice_fiscale')).toBeInTheDocument();
    expect(within(row).getByText('sì')).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /^Note/ })).getByText('no'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scarica il modello CSV' })).toBeInTheDocument();
  });

  it.each(['pupils', 'termRecords'] as const)(
    'a %s template maps back to every field without choosing columns',
    (kind) => {
      const headers = templateHeaders(kind);
      const mapping = guessMapping(kind, headers);
      for (const field of FIELDS_BY_KIND[kind]) expect(mapping[field]).not.toBeNull();
    },
  );
});
