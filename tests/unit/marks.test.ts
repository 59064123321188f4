import { describe, expect, it } from 'vitest';
import {
  type Mark,
  isFailing,
  markValueOf,
  parseItalianMark,
  parseMarkCell,
} from '../../functions/src/domain';
import { parseMark as parseImportCell } from '../../web/src/features/imports/lib/values';
import { termFormSchema } from '../../web/src/features/records/lib/term-form-schema';

describe('markValueOf: marks as teachers write them', () => {
  it.each([
    ['7', 7],
    ['6,5', 6.5],
    ['6.5', 6.5],
    ['5½', 5.5],
    ['5 ½', 5.5],
    ['5 e mezzo', 5.5],
    ['6-', 5.75],
    ['6--', 5.5],
    ['7+', 7.25],
    ['7++', 7.5],
    ['6/7', 6.5],
    ['6-7', 6.5],
    [' 8 ', 8],
    ['10', 10],
    ['11', 11],
  ])('reads "%s" as %d', (raw, value) => {
    expect(markValueOf(raw)).toBe(value);
  });

  it.each(['', 'sei', '6/8', '5½½', '+6', '100'])('gives NaN for "%s"', (raw) => {
    expect(markValueOf(raw)).toBeNaN();
  });

  it('counts numeric marks under 6 and "Non sufficiente" as failing', () => {
    expect(isFailing({ kind: 'numeric', value: 5.75, raw: '6-' })).toBe(true);
    expect(isFailing({ kind: 'numeric', value: 6, raw: '6' })).toBe(false);
    expect(isFailing({ kind: 'judgement', value: 'Non sufficiente' })).toBe(true);
    expect(isFailing({ kind: 'judgement', value: 'Sufficiente' })).toBe(false);
  });
});

/** What each entry point makes of one cell: a value, "none" (empty) or "refused". */
type Outcome = number | 'none' | 'refused';

function viaDomain(cell: string): Outcome {
  const p = parseItalianMark(cell);
  if (!p.ok) return 'refused';
  return p.mark === null ? 'none' : p.mark.kind === 'numeric' ? p.mark.value : 'refused';
}

function viaImport(cell: string): Outcome {
  const p = parseImportCell(cell);
  if (!p.ok) return 'refused';
  return p.value === null ? 'none' : p.value.kind === 'numeric' ? p.value.value : 'refused';
}

function viaEvaluationFile(cell: string): Outcome {
  let mark: Mark | null;
  try {
    mark = parseMarkCell(cell);
  } catch {
    return 'refused';
  }
  return mark === null ? 'none' : mark.kind === 'numeric' ? mark.value : 'refused';
}

function viaForm(cell: string): Outcome {
  const parsed = termFormSchema('numeric').safeParse({
    schoolYear: '2025/26',
    term: '1',
    lessonHours: '300',
    absenceHours: '0',
    annualHours: '990',
    marks: { italiano: cell },
    conduct: '',
  });
  if (!parsed.success) return 'refused';
  const mark = parsed.data.marks.italiano;
  return mark === undefined ? 'none' : mark.kind === 'numeric' ? mark.value : 'refused';
}

describe('one Italian mark parser: form, CSV import, evaluation file and engine agree', () => {
  it.each([
    ['6', 6],
    ['5½', 5.5],
    ['5,5', 5.5],
    ['6-', 5.75],
    ['6+', 6.25],
    ['6/7', 6.5],
    ['6--', 5.5],
    ['sei', 'refused'],
    ['11', 'refused'],
    ['', 'none'],
  ] as const)('"%s" -> %s everywhere', (cell, expected) => {
    expect({
      domain: viaDomain(cell),
      form: viaForm(cell),
      import: viaImport(cell),
      evaluationFile: viaEvaluationFile(cell),
    }).toEqual({ domain: expected, form: expected, import: expected, evaluationFile: expected });
    if (typeof expected === 'number') {
      const mark: Mark = { kind: 'numeric', value: expected, raw: cell };
      expect(isFailing(mark)).toBe(expected < 6);
    }
  });
});
