import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BASELINE_RULES,
  DEFAULT_THRESHOLDS,
  RISK_ENGINE_VERSION,
  compareThresholds,
  prepareRows,
  thresholdCandidates,
  EVALUATION_COLUMNS,
  type EvaluationFigures,
  type EvaluationReport,
  OUTCOMES,
  evaluateFlags,
  parseEvaluationCsv,
} from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import { useLastCalibration } from '../api/get-last-calibration';
import type { EvaluationSettings } from '../lib/evaluation-file';
import type { EvaluationViewer } from './calibration-section';
import { EvaluationPage } from './evaluation-page';

// Only the Firebase modules are replaced: the callable (behind a real mutation) and the listener.
const saveThresholdsCallable = vi.hoisted(() => vi.fn());
vi.mock('../api/save-thresholds', async () => {
  const { useMutation } = await import('@tanstack/react-query');
  return {
    useSaveThresholds: () => useMutation({ mutationFn: saveThresholdsCallable }),
  };
});
vi.mock('../api/get-last-calibration', () => ({ useLastCalibration: vi.fn() }));

const HEAD: EvaluationViewer = { schoolId: 'school-1', role: 'head' };
const REFERENT: EvaluationViewer = { schoolId: 'school-1', role: 'referent' };

beforeEach(() => {
  saveThresholdsCallable.mockReset();
  vi.mocked(useLastCalibration).mockReturnValue({
    status: 'success',
    data: null,
    error: null,
    retry: () => undefined,
  });
});

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
    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
    expect(screen.getByText(/non viene caricato su alcun server né salvato/)).toBeInTheDocument();
    expect(screen.getByText(/i valori predefiniti \(quadrimestri\)/)).toBeInTheDocument();
    expect(screen.getByText(/Colonne richieste.*pupil_id, as_of/)).toBeInTheDocument();
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

    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
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
    const { container } = renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
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
      thresholds: { ...DEFAULT_THRESHOLDS, meanMarkRed: 6 },
    };
    const csv = csvOf(SIX_PUPILS);
    const withSchool = expectedReport(csv, 12, settings);
    // Preconditions: the school's thresholds and span change the figures the page must show.
    expect(withSchool.all.red).not.toEqual(expectedReport(csv, 12).all.red);
    expect(withSchool.newlyArrived.pupils).toBe(0);

    renderWithProviders(<EvaluationPage settings={settings} viewer={HEAD} />);
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
    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
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
    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
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
    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
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

  it('shows the single rules and every group with the figures the domain computes', async () => {
    const csv = csvOf(SIX_PUPILS);
    const report = expectedReport(csv, 24);
    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
    await upload(csv);

    const baselines = await screen.findByRole('table', {
      name: 'Motore e regole singole sullo stesso file – Tutti gli alunni',
    });
    const labels = {
      meanMarkBelow6: 'Media sotto 6',
      failingTwoOrMore: '2 o più insufficienze',
      absencesTenPct: 'Assenze dal 10% delle ore',
      oneYearBehind: 'Ritardo di almeno un anno',
    } as const;
    const rows = [
      ['Motore: Rosso + Giallo', report.all.redOrAmber],
      ['Motore: Rosso', report.all.red],
      ...BASELINE_RULES.map((rule) => [labels[rule], report.all.baselines[rule]] as const),
    ] as const;
    for (const [name, band] of rows) {
      expect(cellsOf(baselines, name)).toEqual([
        pct(band.flaggedShare),
        pct(band.sensitivity),
        pct(band.falseAlarmRate),
        pct(band.specificity),
        pct(band.precision),
      ]);
    }

    const groupNames: Record<string, string> = {
      nai: 'NAI',
      notNai: 'Non NAI',
      noTest: 'Nessun test L2',
      belowA2: 'Sotto A2',
      A2: 'A2',
      B1orAbove: 'B1 o oltre',
      F: 'Femmine',
      M: 'Maschi',
      unknown: 'Non indicato',
    };
    const captions = {
      nai: 'Segnalazioni per gruppo – neo-arrivati (NAI) o no',
      l2Band: "Segnalazioni per gruppo – livello di italiano L2 all'ultimo test",
      sex: 'Segnalazioni per gruppo – sesso',
    };
    // Every dimension appears: the file has NAI and others, L2 tests or none, no sex column.
    expect(new Set(report.groups.map((g) => g.dimension))).toEqual(
      new Set(['nai', 'l2Band', 'sex']),
    );
    for (const { dimension, group, figures } of report.groups) {
      const table = screen.getByRole('table', { name: captions[dimension] });
      const { redOrAmber: b, failureRateByLevel: f } = figures;
      expect(cellsOf(table, groupNames[group] ?? group)).toEqual([
        String(figures.pupils),
        pct(b.flaggedShare),
        pct(b.sensitivity),
        pct(b.falseAlarmRate),
        pct(b.precision),
        pct(f.green.failureRate),
        pct(f.amber.failureRate),
        pct(f.red.failureRate),
      ]);
    }
  });

  it('lets the head pick a threshold set by keyboard and saves it with its figures', async () => {
    const csv = csvOf(SIX_PUPILS);
    const { rows } = parseEvaluationCsv(csv);
    const report = expectedReport(csv, 24);
    const points = compareThresholds(prepareRows(rows), thresholdCandidates(DEFAULT_THRESHOLDS), {
      naiMonths: 24,
    });
    const chosen = points.find((p) => p.id === 'm5.75-r5-a25');
    if (!chosen) throw new Error('no candidate m5.75-r5-a25');
    saveThresholdsCallable.mockResolvedValue({ calibrationId: 'cal-1' });

    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
    const user = await upload(csv);
    const table = await screen.findByRole(
      'table',
      { name: 'Insiemi di soglie confrontati sul file' },
      { timeout: 5000 },
    );
    expect(within(table).getAllByRole('radio')).toHaveLength(points.length);
    const save = screen.getByRole('button', { name: 'Salva come soglie della scuola' });
    expect(save).toBeDisabled();

    // The current set is checked first; its row shows the domain's figures.
    const currentRadio = within(table).getByRole('radio', { name: 'Soglie attuali' });
    expect(currentRadio).toBeChecked();
    const current = points.find((p) => p.id === 'current');
    expect(cellsOf(table, 'Soglie attuali')).toEqual([
      '6',
      '5',
      '20%',
      pct(current?.flaggedShare ?? null),
      pct(current?.sensitivity ?? null),
      pct(current?.redPrecision ?? null),
      pct(current?.greenFailureRate ?? null),
    ]);

    // Arrow keys move through the radios, as in any radio group, until the wanted row.
    currentRadio.focus();
    const radios = within(table).getAllByRole('radio');
    const target = radios.find((r) => {
      const cells = within(r.closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      return cells.slice(0, 3).join('|') === '5,75|5|25%';
    });
    if (!target) throw new Error('no row for 5,75 / 5 / 25%');
    for (let i = 0; i < radios.indexOf(target); i += 1) await user.keyboard('{ArrowDown}');
    expect(target).toBeChecked();
    const targetCells = within(target.closest('tr') as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(targetCells.slice(3)).toEqual([
      pct(chosen.flaggedShare),
      pct(chosen.sensitivity),
      pct(chosen.redPrecision),
      pct(chosen.greenFailureRate),
    ]);

    await user.click(save);
    expect(saveThresholdsCallable).toHaveBeenCalledTimes(1);
    expect(saveThresholdsCallable.mock.calls[0]?.[0]).toEqual({
      schoolId: 'school-1',
      thresholds: chosen.thresholds,
      figures: {
        pupils: report.all.pupils,
        failures: report.all.failures,
        flaggedShare: chosen.flaggedShare,
        sensitivity: chosen.sensitivity,
        specificity: chosen.specificity,
        redPrecision: chosen.redPrecision,
        greenFailureRate: chosen.greenFailureRate,
      },
      fileRows: SIX_PUPILS.length,
    });
    expect(
      await screen.findByText(
        'Soglie salvate: il rischio degli alunni della scuola viene ricalcolato.',
      ),
    ).toBeInTheDocument();
  }, 20_000);

  it('shows a refusal of the save in Italian', async () => {
    saveThresholdsCallable.mockRejectedValue(
      Object.assign(new Error('Non hai i permessi per questa operazione.'), {
        code: 'functions/permission-denied',
        details: { en: 'You are not allowed to do this.' },
      }),
    );
    renderWithProviders(<EvaluationPage settings={null} viewer={HEAD} />);
    const user = await upload(csvOf(SIX_PUPILS));
    const table = await screen.findByRole(
      'table',
      { name: 'Insiemi di soglie confrontati sul file' },
      { timeout: 5000 },
    );
    const other = within(table).getAllByRole('radio')[1];
    if (!other) throw new Error('one candidate only');
    await user.click(other);
    await user.click(screen.getByRole('button', { name: 'Salva come soglie della scuola' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Non hai i permessi per questa operazione.',
    );
  }, 20_000);

  it('shows the last saved calibration; the referent sees the figures but cannot save', async () => {
    vi.mocked(useLastCalibration).mockReturnValue({
      status: 'success',
      data: {
        id: 'cal-1',
        thresholds: { ...DEFAULT_THRESHOLDS, meanMarkAmber: 5.75 },
        previousThresholds: DEFAULT_THRESHOLDS,
        figures: {
          pupils: 2000,
          failures: 314,
          flaggedShare: 0.142,
          sensitivity: 0.5,
          specificity: 0.92,
          redPrecision: 0.87,
          greenFailureRate: 0.09,
        },
        fileRows: 2000,
        byUid: 'head-1',
        byName: 'Maria Rossi',
        at: new Date('2026-06-20T10:00:00Z'),
        engineVersion: RISK_ENGINE_VERSION,
      },
      error: null,
      retry: () => undefined,
    });
    renderWithProviders(<EvaluationPage settings={null} viewer={REFERENT} />);
    await upload(csvOf(SIX_PUPILS));
    await screen.findByRole(
      'table',
      { name: 'Insiemi di soglie confrontati sul file' },
      { timeout: 5000 },
    );
    const last = screen.getByRole('region', { name: 'Ultima taratura salvata' });
    expect(last).toHaveTextContent('Salvata da:Maria Rossi');
    expect(last).toHaveTextContent('giallo con media sotto 5,75, rosso sotto 5');
    expect(last).toHaveTextContent('Quota segnalati:14,2%');
    expect(last).toHaveTextContent('2000 alunni, 314 con insuccesso');
    expect(vi.mocked(useLastCalibration)).toHaveBeenCalledWith('school-1', true);
    expect(screen.queryByRole('button', { name: 'Salva come soglie della scuola' })).toBeNull();
    expect(
      screen.getByText(
        'Solo il dirigente scolastico può salvare un insieme di soglie come soglie della scuola.',
      ),
    ).toBeInTheDocument();
  }, 20_000);
});
