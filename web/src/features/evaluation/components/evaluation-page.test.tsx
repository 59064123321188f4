import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  EVALUATION_COLUMNS,
  type EvaluationFigures,
  type EvaluationReport,
  OUTCOMES,
  evaluateFlags,
  parseEvaluationCsv,
} from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import type { EvaluationSettings } from '../lib/evaluation-file';
import { EvaluationPage } from './evaluation-page';

// The file is built from the documented columns (README.md, "Measuring the flags"); every
// expected figure is computed by the domain on the same text, never copied from the page.

const MARK_COLUMNS = ['mark_italiano', 'mark_matematica', 'mark_inglese'];
const HEADER = [...EVALUATION_COLUMNS, ...MARK_COLUMNS];

type Cells = Partial<Record<string, string>>;

// A pupil in 1st secondaria II, born 2011, schooled in Italy since 2017, good marks.
const BASE: Cells = {
  as_of: '2026-02-15',
  birth_date: '2011-05-10',
  level: 'secondaria2',
  class_year: '1',
  arrival_date: '',
  first_italian_school_date: '2017-09-12',
  pdp: '0',
  term: '1',
  lesson_hours: '600',
  absence_hours: '30',
  annual_hours: '1056',
  conduct: '8',
  l2_first_level: '',
  l2_first_date: '',
  l2_last_level: '',
  l2_last_date: '',
  tutoring_sessions_4w: '0',
  tutoring_sessions_6w: '0',
  family_meetings_term: '1',
  mediator_missing: '0',
  active_intervention: '0',
  mark_italiano: '7',
  mark_matematica: '7',
  mark_inglese: '8',
};
const FAILING: Cells = { mark_italiano: '4', mark_matematica: '5', mark_inglese: '5' };
// Two fails, Italian not among them: amber with the default thresholds.
const TWO_FAILS: Cells = { mark_matematica: '5', mark_inglese: '5' };
// Arrived in Italy in January 2025: 13 months before the snapshot, low Italian L2.
const NEWLY_ARRIVED: Cells = {
  arrival_date: '2025-01-02',
  first_italian_school_date: '2025-01-15',
  l2_first_level: 'PreA1',
  l2_first_date: '2025-02-01',
  l2_last_level: 'A1',
  l2_last_date: '2026-01-20',
  mark_inglese: '6',
};

function csvOf(pupils: Cells[]): string {
  const line = (cells: Cells) => HEADER.map((c) => cells[c] ?? '').join(';');
  return [HEADER.join(';'), ...pupils.map(line)].join('\n');
}

const pupil = (id: string, outcome: string, ...changes: Cells[]): Cells =>
  Object.assign({}, BASE, ...changes, { pupil_id: id, outcome });

const SIX_PUPILS = [
  pupil('a', 'promoted'),
  pupil('b', 'not_promoted', FAILING),
  pupil('c', 'promoted', FAILING),
  pupil('d', 'left', NEWLY_ARRIVED),
  pupil('e', 'not_promoted'),
  pupil('f', 'promoted', TWO_FAILS),
];

function expectedReport(csv: string, naiMonths: number, settings?: EvaluationSettings) {
  const { rows } = parseEvaluationCsv(csv);
  return evaluateFlags(rows, {
    naiMonths,
    thresholds: settings?.thresholds ?? DEFAULT_THRESHOLDS,
    termSystem: settings?.termSystem ?? 'quadrimestri',
  });
}

const percent = new Intl.NumberFormat('it-IT', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const pct = (ratio: number | null) => (ratio === null ? '—' : percent.format(ratio));

function cellsOf(table: HTMLElement, rowHeader: string): (string | null)[] {
  const row = within(table).getByRole('rowheader', { name: rowHeader }).closest('tr');
  if (!row) throw new Error(`no row ${rowHeader}`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

const GROUPS = [
  ['all', 'Tutti gli alunni'],
  ['newlyArrived', 'Alunni neo-arrivati (NAI)'],
  ['others', 'Altri alunni'],
] as const;

/** Every figure of the three groups, as shown, against the domain's report. */
function expectFiguresOf(report: EvaluationReport) {
  for (const [key, title] of GROUPS) {
    const figures: EvaluationFigures = report[key];
    const group = within(screen.getByRole('region', { name: title }));
    const bands = group.getByRole('table', { name: `Segnalazioni ed esiti – ${title}` });
    for (const [name, band] of [
      ['Rosso', figures.red],
      ['Rosso + Giallo', figures.redOrAmber],
    ] as const) {
      expect(cellsOf(bands, name)).toEqual([
        String(band.flagged),
        String(band.truePositives),
        pct(band.sensitivity),
        pct(band.specificity),
        pct(band.precision),
      ]);
    }
    const levels = group.getByRole('table', {
      name: `Tasso di insuccesso osservato per livello – ${title}`,
    });
    for (const [name, level] of [
      ['Verde', 'green'],
      ['Giallo', 'amber'],
      ['Rosso', 'red'],
    ] as const) {
      const { pupils, failureRate } = figures.failureRateByLevel[level];
      expect(cellsOf(levels, name)).toEqual([String(pupils), pct(failureRate)]);
    }
    expect(
      group.getByText(`Alunni: ${figures.pupils}; con insuccesso: ${figures.failures}.`),
    ).toBeInTheDocument();
  }
}

async function upload(text: string, name = 'esiti-2024-25.csv') {
  const user = userEvent.setup();
  const input = screen.getByLabelText('File CSV con le fotografie e gli esiti dello scorso anno');
  await user.upload(input, new File([text], name, { type: 'text/csv' }));
  return user;
}

function countOf(term: string): string | null {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? null;
}

describe('EvaluationPage', () => {
  it('says the file stays in the browser and which thresholds it uses', () => {
    renderWithProviders(<EvaluationPage settings={null} />);
    expect(screen.getByText(/non viene caricato su alcun server né salvato/)).toBeInTheDocument();
    expect(screen.getByText(/i valori predefiniti \(DOMAIN\.md/)).toBeInTheDocument();
    expect(screen.getByLabelText('Mesi entro cui un alunno è neo-arrivato (NAI)')).toHaveValue(24);
  });

  it('shows, for all, NAI and other pupils, the figures the domain computes on the file', async () => {
    const csv = csvOf(SIX_PUPILS);
    const report = expectedReport(csv, 24);
    // The file must exercise what is shown: a NAI pupil, failures, flags of both bands.
    expect(report.newlyArrived.pupils).toBe(1);
    expect(report.all.failures).toBeGreaterThan(1);
    expect(report.all.red.flagged).toBeGreaterThan(0);
    expect(report.all.redOrAmber.flagged).toBeGreaterThan(report.all.red.flagged);

    renderWithProviders(<EvaluationPage settings={null} />);
    await upload(csv);

    await screen.findByRole('heading', { name: 'Risultati' });
    expect(countOf('Righe valutate')).toBe(String(SIX_PUPILS.length));
    expect(countOf('Righe scartate')).toBe('0');
    expectFiguresOf(report);
    // Italian formatting: a decimal comma, never a point.
    const bands = screen.getByRole('table', { name: 'Segnalazioni ed esiti – Tutti gli alunni' });
    expect(cellsOf(bands, 'Rosso').slice(2).join(' ')).not.toMatch(/\d\.\d/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has no accessibility violations axe can see without layout (captions, headers, labels)', async () => {
    const { container } = renderWithProviders(<EvaluationPage settings={null} />);
    await upload(csvOf([...SIX_PUPILS, pupil('x', 'bocciato')]));
    await screen.findByRole('heading', { name: 'Risultati' });
    // jsdom has no layout: contrast is checked by the end-to-end accessibility suite.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it("uses the school's NAI span and thresholds, and recomputes when the span changes", async () => {
    const settings: EvaluationSettings = {
      naiMonths: 12,
      termSystem: 'quadrimestri',
      thresholds: { ...DEFAULT_THRESHOLDS, failingSubjectsRed: 2 },
    };
    const csv = csvOf(SIX_PUPILS);
    const withSchool = expectedReport(csv, 12, settings);
    // Preconditions: the school's thresholds and span change the figures the page must show.
    expect(withSchool.all.red).not.toEqual(expectedReport(csv, 12).all.red);
    expect(withSchool.newlyArrived.pupils).toBe(0);

    renderWithProviders(<EvaluationPage settings={settings} />);
    expect(screen.getByText(/quelle impostate per la scuola/)).toBeInTheDocument();
    const naiInput = screen.getByLabelText('Mesi entro cui un alunno è neo-arrivato (NAI)');
    expect(naiInput).toHaveValue(12);
    const user = await upload(csv);
    await screen.findByRole('heading', { name: 'Risultati' });
    expectFiguresOf(withSchool);

    await user.clear(naiInput);
    await user.type(naiInput, '24');
    const wider = expectedReport(csv, 24, settings);
    expect(wider.newlyArrived.pupils).toBe(1);
    expectFiguresOf(wider);

    await user.clear(naiInput);
    await user.type(naiInput, '6');
    expect(screen.getByText('Indicare un numero intero di mesi tra 12 e 36.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the rows it skips with their line and the reason, and scores the others', async () => {
    const pupils = [
      pupil('a', 'promoted'),
      pupil('x', 'bocciato'),
      pupil('b', 'not_promoted', FAILING),
      pupil('y', 'promoted', { as_of: '15/02/2026', mark_italiano: 'xx' }),
      pupil('z', 'promoted', { mark_italiano: 'ottimo?' }),
      pupil('d', 'left', NEWLY_ARRIVED),
    ];
    const csv = csvOf(pupils);
    renderWithProviders(<EvaluationPage settings={null} />);
    await upload(csv);

    const skipped = await screen.findByRole('region', { name: 'Righe scartate' });
    const items = within(skipped)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Header on line 1: pupil x is on line 3, y on 5, z on 6.
    expect(items).toEqual([
      `Riga 3: outcome «bocciato»: esito non valido (ammessi: ${OUTCOMES.join(', ')})`,
      'Riga 5: as_of «15/02/2026»: serve una data AAAA-MM-GG',
      expect.stringMatching(/^Riga 6: mark_italiano «ottimo\?»: voto non valido/),
    ]);
    expect(countOf('Righe valutate')).toBe('3');
    expect(countOf('Righe scartate')).toBe('3');

    const valid = csvOf(pupils.filter((p) => ['a', 'b', 'd'].includes(p.pupil_id ?? '')));
    expectFiguresOf(expectedReport(valid, 24));
  });

  it('names the missing columns and shows no figures', async () => {
    const csv = csvOf([pupil('a', 'promoted')])
      .replace('outcome;', 'esito;')
      .replace(';pdp;', ';pdp_attivo;');
    renderWithProviders(<EvaluationPage settings={null} />);
    await upload(csv);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nel file mancano queste colonne obbligatorie:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['pdp', 'outcome']);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refuses an empty file and a file that is not the expected CSV', async () => {
    renderWithProviders(<EvaluationPage settings={null} />);
    await upload('\uFEFF\n', 'vuoto.csv');
    expect(await screen.findByRole('alert')).toHaveTextContent('Il file è vuoto.');

    await upload('Relazione finale\nclasse 1A;buona', 'relazione.csv');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Il file non sembra un CSV nel formato previsto',
    );

    await upload(HEADER.join(';'), 'solo-intestazione.csv');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Il file non contiene righe di dati',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});
