import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { PupilExport } from '../lib/pupil-export';
import { PupilExportDocument } from './pupil-export-print';

const data: PupilExport = {
  exportedAt: '2026-11-20T10:15:00.000Z',
  schoolId: 'ic-manzoni',
  pupilId: 'p-1',
  pupil: {
    firstName: 'Amina',
    lastName: 'El Idrissi',
    birthDate: '2012-03-15T00:00:00.000Z',
    pdp: true,
    homeLanguages: ['ar', 'fr'],
  },
  collections: {
    familyMeetings: [
      { id: 'fm-1', data: { date: '2026-10-02T00:00:00.000Z', held: false, outcome: null } },
      { id: 'fm-2', data: { date: '2026-11-02T00:00:00.000Z', held: true, outcome: 'positive' } },
    ],
    l2Assessments: [],
  },
};

describe('PupilExportDocument', () => {
  it('lists every record with Italian labels and readable values', () => {
    renderWithProviders(<PupilExportDocument data={data} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Dati personali dell'alunno – esportazione GDPR",
    );
    const profile = screen.getByRole('region', { name: 'Scheda anagrafica' });
    expect(within(profile).getByText('Data di nascita').nextSibling).toHaveTextContent(
      '15/03/2012',
    );
    expect(within(profile).getByText('Lingue parlate in famiglia').nextSibling).toHaveTextContent(
      'ar, fr',
    );
    expect(within(profile).getByText('PDP').nextSibling).toHaveTextContent('Sì');

    const meetings = screen.getByRole('region', { name: /Incontri con la famiglia/ });
    expect(within(meetings).getByText('(2 registrazioni)')).toBeInTheDocument();
    expect(within(meetings).getByText('Registrazione fm-1')).toBeInTheDocument();
    expect(within(meetings).getByText('Registrazione fm-2')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Valutazioni di italiano L2/ })).toHaveTextContent(
      'Nessuna registrazione.',
    );
  });
});
