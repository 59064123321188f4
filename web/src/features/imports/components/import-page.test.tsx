import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { ImportContext } from '../api/get-import-context';
import type { ImportSummary, RunImportInput } from '../api/run-import';
import type { StoredPupil } from '../lib/pupils';
import { ImportPage } from './import-page';

// The page with its two reads and its write replaced: the school's classes and pupils, and
// the import, which here refuses one row on the server.

const context: ImportContext = {
  schoolYear: '2026/27',
  classes: [{ id: '1a', name: '1A', schoolYear: '2026/27' }],
  pupils: [
    {
      id: 'p-khalil',
      codiceFiscale: 'KHLFTM13D45Z330Q',
      schoolPupilCode: null,
      lastName: 'Khalil',
      firstName: 'Fatima',
    } as unknown as StoredPupil,
  ],
};
const imported: RunImportInput[] = [];
let summary: ImportSummary;

vi.mock('../api/get-import-context', () => ({
  useImportContext: () => ({ data: context, isPending: false, isError: false }),
}));
vi.mock('../api/run-import', () => ({
  useRunImport: () => ({
    isPending: false,
    isError: false,
    mutate: (input: RunImportInput, { onSuccess }: { onSuccess: (s: ImportSummary) => void }) => {
      imported.push(input);
      onSuccess(summary);
    },
  }),
}));

const PUPILS = [
  'Codice fiscale;Cognome;Nome;Data di nascita;Sesso;Paese di nascita;Cittadinanza;Lingua madre;Classe',
  'KHLFTM13D45Z330Q;Khalil;Fatima;05/04/2013;F;MA;MA;ar;1A',
  'TRRMRC13B28Z600K;Torres;Marco;31/02/2013;M;PE;PE;es;1A',
  'LIXWEI12M20Z210P;Li;Wei;20/08/2012;M;CN;CN;zh;9Z',
  'SNCJSO12H10Z614Y;Sánchez;José;10/06/2012;M;EC;EC;es;1A',
].join('\n');

const TERMS = [
  'Codice fiscale;Anno scolastico;Periodo;Ore lezione;Ore assenza;Monte ore;Italiano',
  'KHLFTM13D45Z330Q;2026/27;1;400;20;990;sei',
  'ZZZZZZ13B28Z600K;2026/27;1;400;20;990;7',
].join('\n');

async function upload(kind: RegExp, text: string) {
  const user = userEvent.setup();
  renderWithProviders(<ImportPage schoolId="s1" uid="u1" />);
  await user.click(screen.getByLabelText(kind));
  const file = new File([text], 'file.csv', { type: 'text/csv' });
  // jsdom's File hands back an ArrayBuffer of its own realm, which Node's TextDecoder refuses:
  // give the bytes as the browser would.
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => Promise.resolve(Uint8Array.from(Buffer.from(text, 'utf8')).buffer),
  });
  await user.upload(screen.getByLabelText('File CSV'), file);
  await screen.findByRole('heading', { name: 'Anteprima' });
  return user;
}

const rowsAt = (line: number) =>
  screen.getAllByRole('row').filter((r) => r.getAttribute('data-line') === String(line));

describe('ImportPage: errors name the pupil', () => {
  beforeEach(() => {
    imported.length = 0;
    summary = { created: 1, updated: 0, unchanged: 0, failed: [] };
  });

  it('names the pupil of every refused row of a pupil file, with its line and the problem in Italian', async () => {
    await upload(/Anagrafica alunni/, PUPILS);
    expect(screen.getByText('2 righe valide, 2 righe con errori su 4.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Righe con errori/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Riga', 'Alunno', 'Colonna', 'Problema']);
    const [torres] = rowsAt(3);
    expect(within(torres!).getByRole('rowheader')).toHaveTextContent('3');
    expect(torres).toHaveTextContent('Torres Marco');
    expect(torres).toHaveTextContent('Data di nascita');
    expect(torres).toHaveTextContent('Questo giorno non esiste nel calendario');
    const [li] = rowsAt(4);
    expect(li).toHaveTextContent('Li Wei');
    expect(li).toHaveTextContent('Classe «9Z» non trovata tra le classi della scuola');
    expect(rowsAt(2)).toHaveLength(0);
  });

  it('names the pupil found for a term row, and the code of one not found', async () => {
    await upload(/Esiti di periodo/, TERMS);
    const [khalil] = rowsAt(2);
    expect(khalil).toHaveTextContent('Khalil Fatima');
    expect(khalil).toHaveTextContent('Italiano');
    const [unknown] = rowsAt(3);
    expect(unknown).toHaveTextContent('codice ZZZZZZ13B28Z600K');
    expect(unknown).toHaveTextContent('Alunno «ZZZZZZ13B28Z600K» non trovato');
  });

  it('imports the valid rows only, and names the pupil of a row the server refused', async () => {
    summary = {
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: [{ line: 5, code: 'permission-denied' }],
    };
    const user = await upload(/Anagrafica alunni/, PUPILS);
    await user.click(screen.getByRole('button', { name: 'Importa solo le righe valide (2)' }));

    expect(imported).toHaveLength(1);
    const sent = imported[0]!.rows.filter((r) => 'intake' in r && r.intake !== null);
    expect(sent.map((r) => r.line)).toEqual([2, 5]);
    const status = await screen.findByRole('status', { name: 'Importazione completata' });
    expect(status).toHaveTextContent('Righe con errori non importate: 2');
    expect(status).toHaveTextContent(
      'Riga 5, Sánchez José: non salvata, il server non lo ha permesso (permission-denied)',
    );
  });
});
