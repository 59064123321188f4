import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  type EvaluationRow,
  compareThresholds,
  csvRecords,
  evaluateFlags,
  evaluationRowSchema,
  parseEvaluationCsv,
  prepareRows,
  thresholdCandidates,
} from '@domain';

// A four-pupil file whose levels are known by construction, so every figure can be checked.

const HEADER =
  'pupil_id;as_of;birth_date;level;class_year;arrival_date;first_italian_school_date;pdp;term;' +
  'lesson_hours;absence_hours;annual_hours;conduct;l2_first_level;l2_first_date;l2_last_level;' +
  'l2_last_date;tutoring_sessions_4w;tutoring_sessions_6w;family_meetings_term;mediator_missing;' +
  'active_intervention;outcome;mark_italiano;mark_matematica;mark_inglese';
// Born 2013, 1st secondaria II in 2025/26: no ritardo. One family meeting: no contact flag.
const clean = (id: string, outcome: string) =>
  `${id};2026-02-15;2011-05-10;secondaria2;1;;2017-09-12;0;1;600;30;1056;8;;;;;0;0;1;0;0;${outcome};7;7;8`;
// Three fails including Italian and maths: red.
const failing = (id: string, outcome: string) =>
  `${id};2026-02-15;2011-05-10;secondaria2;1;;2017-09-12;0;1;600;30;1056;8;;;;;0;0;1;0;0;${outcome};4;5;5`;

function rowsOf(lines: string[]) {
  return csvRecords([HEADER, ...lines].join('\n')).map(({ values }) => ({
    row: evaluationRowSchema.parse(values) as EvaluationRow,
    markCells: {
      italiano: values.mark_italiano ?? '',
      matematica: values.mark_matematica ?? '',
      inglese: values.mark_inglese ?? '',
    },
  }));
}

describe('evaluateFlags', () => {
  it('scores flags against outcomes: sensitivity, specificity, precision, failure rate per band', () => {
    const report = evaluateFlags(
      rowsOf([
        failing('a', 'not_promoted'),
        failing('b', 'left'),
        failing('c', 'promoted'),
        clean('d', 'promoted'),
        clean('e', 'not_promoted'),
      ]),
    );
    expect(report.all.pupils).toBe(5);
    expect(report.all.failures).toBe(3);
    expect(report.all.failureRateByLevel.red).toEqual({ pupils: 3, failureRate: 2 / 3 });
    expect(report.all.failureRateByLevel.green).toEqual({ pupils: 2, failureRate: 1 / 2 });
    expect(report.all.red).toMatchObject({
      flagged: 3,
      truePositives: 2,
      sensitivity: 2 / 3,
      specificity: 1 / 2,
      precision: 2 / 3,
    });
    expect(report.newlyArrived.pupils).toBe(0);
    expect(report.newlyArrived.red.sensitivity).toBeNull();
  });

  it('counts a pupil as newly arrived from the first Italian school date and the NAI span', () => {
    const nai = clean('n', 'promoted').replace(';;2017-09-12;', ';2025-09-01;2025-09-15;');
    const report = evaluateFlags(rowsOf([nai, clean('m', 'promoted')]), { naiMonths: 24 });
    expect(report.newlyArrived.pupils).toBe(1);
    expect(report.others.pupils).toBe(1);
  });

  it('refuses a row with an unknown outcome or a bad date', () => {
    const [bad] = csvRecords([HEADER, clean('x', 'bocciato')].join('\n'));
    expect(evaluationRowSchema.safeParse(bad?.values).success).toBe(false);
    const [badDate] = csvRecords(
      [HEADER, clean('y', 'promoted').replace('2026-02-15', '15/02/2026')].join('\n'),
    );
    expect(evaluationRowSchema.safeParse(badDate?.values).success).toBe(false);
  });
});

describe('parseEvaluationCsv', () => {
  it('reads valid rows with their file line and their mark cells keyed by subject', () => {
    // A blank line between rows: lines are the file's, not the rows' index.
    const text = [HEADER, clean('a', 'promoted'), '', failing('b', 'left')].join('\r\n');
    const { rows, rowErrors, missingColumns } = parseEvaluationCsv(text);
    expect(missingColumns).toEqual([]);
    expect(rowErrors).toEqual([]);
    expect(rows.map((r) => [r.line, r.row.pupil_id, r.row.outcome])).toEqual([
      [2, 'a', 'promoted'],
      [4, 'b', 'left'],
    ]);
    expect(rows[1]?.markCells).toMatchObject({ italiano: '4', matematica: '5', inglese: '5' });
    // Subjects without a column read as "no mark".
    expect(rows[1]?.markCells.storia).toBe('');
    expect(rows[0]?.row.as_of).toEqual(new Date('2026-02-15T00:00:00Z'));
  });

  it('gives the same report as rows parsed one by one', () => {
    const lines = [failing('a', 'not_promoted'), clean('b', 'promoted'), clean('c', 'left')];
    const { rows } = parseEvaluationCsv([HEADER, ...lines].join('\n'));
    expect(evaluateFlags(rows)).toEqual(evaluateFlags(rowsOf(lines)));
  });

  it('sets apart rows that do not parse, with their line, the column at fault and the cells', () => {
    const text = [
      HEADER,
      clean('ok', 'promoted'),
      clean('x', 'bocciato'),
      clean('y', 'promoted').replace('2026-02-15', '15/02/2026'),
    ].join('\n');
    const { rows, rowErrors } = parseEvaluationCsv(text);
    expect(rows.map((r) => r.row.pupil_id)).toEqual(['ok']);
    expect(rowErrors.map((e) => [e.line, e.issues.map((i) => i.path.join('.'))])).toEqual([
      [3, ['outcome']],
      [4, ['as_of']],
    ]);
    expect(rowErrors[0]?.cells.outcome).toBe('bocciato');
  });

  it('lists the documented columns the header lacks and reads no row', () => {
    const header = HEADER.replace(';outcome', '').replace('pdp;', '');
    const parsed = parseEvaluationCsv([header, clean('a', 'promoted')].join('\n'));
    expect(parsed.missingColumns).toEqual(['pdp', 'outcome']);
    expect(parsed.rows).toEqual([]);
    expect(parsed.rowErrors).toEqual([]);
  });

  it('reads nothing from an empty file or a header without rows', () => {
    for (const text of ['', HEADER, 'not;a;header']) {
      expect(parseEvaluationCsv(text)).toEqual({ rows: [], rowErrors: [], missingColumns: [] });
    }
  });
});

describe('engine against single rules, per group, and calibration', () => {
  const FILES = [
    'tests/fixtures/risk-evaluation/synthetic-2025-26.csv',
    'tests/fixtures/risk-evaluation/synthetic-seed-12345.csv',
  ];

  it.each(FILES)(
    '%s: red+amber at least as good as "mean below 6", red precision >= 0.78, failure rate red > amber > green <= 10%%',
    (file) => {
      const parsed = parseEvaluationCsv(readFileSync(file, 'utf8'));
      expect(parsed.rowErrors).toEqual([]);
      const { all } = evaluateFlags(parsed.rows);
      const rule = all.baselines.meanMarkBelow6;
      expect(all.redOrAmber.sensitivity ?? 0).toBeGreaterThanOrEqual(rule.sensitivity ?? 1);
      expect(all.redOrAmber.specificity ?? 0).toBeGreaterThanOrEqual(rule.specificity ?? 1);
      expect(all.red.precision ?? 0).toBeGreaterThanOrEqual(0.78);
      const rate = (l: 'green' | 'amber' | 'red') => all.failureRateByLevel[l].failureRate ?? NaN;
      expect(rate('red')).toBeGreaterThan(rate('amber'));
      expect(rate('amber')).toBeGreaterThan(rate('green'));
      expect(rate('green')).toBeLessThanOrEqual(0.1);
    },
  );

  it('baselines and groups are counted on the same pupils', () => {
    const lines = [clean('a', 'promoted'), failing('b', 'not_promoted'), clean('c', 'left')];
    const report = evaluateFlags(rowsOf(lines));
    const mean = report.all.baselines.meanMarkBelow6;
    // b: marks 4, 5, 5 -> mean 4.67; a and c: 7, 7, 8.
    expect(mean).toMatchObject({ flagged: 1, truePositives: 1, failures: 2 });
    expect(mean.sensitivity).toBe(0.5);
    expect(mean.falseAlarmRate).toBe(0);
    expect(report.all.baselines.failingTwoOrMore.flagged).toBe(1);
    expect(report.all.baselines.absencesTenPct.flagged).toBe(0); // 30 of 600 hours = 5%
    expect(report.groups.map((g) => `${g.dimension}:${g.group}:${g.figures.pupils}`)).toEqual([
      'nai:notNai:3',
      'l2Band:noTest:3',
      'sex:unknown:3',
    ]);
  });

  it('reads the optional sex column into groups', () => {
    const text = [
      `${HEADER};sex`,
      `${clean('a', 'promoted')};F`,
      `${failing('b', 'not_promoted')};m`,
    ].join('\n');
    const parsed = parseEvaluationCsv(text);
    expect(parsed.missingColumns).toEqual([]);
    const groups = evaluateFlags(parsed.rows).groups.filter((g) => g.dimension === 'sex');
    expect(groups.map((g) => [g.group, g.figures.pupils, g.figures.failures])).toEqual([
      ['F', 1, 0],
      ['M', 1, 1],
    ]);
  });

  it('compares threshold sets on one file: the current set first, stricter bars flag fewer', () => {
    const parsed = parseEvaluationCsv(readFileSync(FILES[0] ?? '', 'utf8'));
    const prepared = prepareRows(parsed.rows);
    const candidates = thresholdCandidates(DEFAULT_THRESHOLDS);
    expect(candidates[0]).toEqual({ id: 'current', thresholds: DEFAULT_THRESHOLDS });
    expect(new Set(candidates.map((c) => c.id)).size).toBe(candidates.length);
    const points = compareThresholds(prepared, candidates);
    const current = points[0];
    expect(current?.flaggedShare).toBe(evaluateFlags(parsed.rows).all.redOrAmber.flaggedShare);
    const lower = points.find((p) => p.thresholds.meanMarkAmber === 5.5);
    expect(lower?.flaggedShare ?? 1).toBeLessThan(current?.flaggedShare ?? 0);
    expect(lower?.sensitivity ?? 1).toBeLessThanOrEqual(current?.sensitivity ?? 0);
  });
});
