import { describe, expect, it } from 'vitest';
import { type EvaluationRow, csvRecords, evaluateFlags, evaluationRowSchema } from '@domain';

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
