import { screen, within } from '@testing-library/react';
import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@/lib/errors';
import { day, makeClass, makePupil } from '@/testing/pupil-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { PupilDetailsView } from './pupil-details-view';

const DENIED = "Non hai accesso a questo alunno o l'alunno non esiste.";

describe('PupilDetailsView', () => {
  it('shows the access-denied message when the rules deny the read', () => {
    const error = new FirebaseError('permission-denied', 'Missing or insufficient permissions.');
    renderWithProviders(<PupilDetailsView state={{ status: 'error', error }} />);

    expect(screen.getByRole('alert')).toHaveTextContent(DENIED);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Scheda alunno');
    expect(screen.getByRole('link', { name: 'Torna a I miei alunni' })).toHaveAttribute(
      'href',
      '/alunni',
    );
    expect(screen.queryByRole('button', { name: 'Riprova' })).not.toBeInTheDocument();
  });

  it('gives a missing pupil the same message', () => {
    const error = new NotFoundError('schools/s/pupils/nope');
    renderWithProviders(<PupilDetailsView state={{ status: 'error', error }} />);

    expect(screen.getByRole('alert')).toHaveTextContent(DENIED);
  });

  it('offers a retry, not the access message, for other failures', () => {
    const error = new FirebaseError('unavailable', 'offline');
    renderWithProviders(
      <PupilDetailsView state={{ status: 'error', error, onRetry: () => undefined }} />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      "Non è stato possibile caricare la scheda dell'alunno.",
    );
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
  });

  it('shows the profile with Italian dates and the derived NAI status', () => {
    renderWithProviders(
      <PupilDetailsView
        state={{
          status: 'success',
          data: { pupil: makePupil('p1'), schoolClass: makeClass('c-2b', '2B') },
          naiMonths: 24,
          asOf: day('2025-01-15'),
        }}
      />,
    );

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('El Idrissi Amina');
    const profile = screen.getByRole('region', { name: 'Profilo e percorso' });
    const value = (label: string) => {
      const term = within(profile).getByText(label, { selector: 'dt' });
      return term.nextElementSibling?.textContent;
    };
    expect(value('Data di nascita')).toBe('15/03/2012');
    expect(value('Età')).toBe('12 anni');
    expect(value('Paese di nascita')).toBe('Marocco');
    expect(value('Lingue parlate in famiglia')).toBe('arabo, francese');
    expect(value('Tempo nella scuola italiana')).toBe('15 mesi');
    expect(value('NAI (neo-arrivato in Italia)')).toBe('Sì (primo ingresso da meno di 24 mesi)');
    expect(value('PDP (Piano didattico personalizzato)')).toBe('Sì, dal 20/11/2023');
    expect(value('Inserimento in classe')).toBe("Un anno sotto la classe corrispondente all'età");
  });
});
