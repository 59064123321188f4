import { describe, expect, it } from 'vitest';
import { isBelowPass, markLabel, parseMarkText } from './marks';

describe('parseMarkText', () => {
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
    expect(parseMarkText(raw)).toBe(value);
  });

  it.each(['', 'sei', '6/8', '5½½', '+6', '100'])('gives NaN for "%s"', (raw) => {
    expect(parseMarkText(raw)).toBeNaN();
  });
});

describe('isBelowPass and markLabel', () => {
  it('counts numeric marks under 6 and "Non sufficiente"', () => {
    expect(isBelowPass({ kind: 'numeric', value: 5.75, raw: '6-' })).toBe(true);
    expect(isBelowPass({ kind: 'numeric', value: 6, raw: '6' })).toBe(false);
    expect(isBelowPass({ kind: 'judgement', value: 'Non sufficiente' })).toBe(true);
    expect(isBelowPass({ kind: 'judgement', value: 'Sufficiente' })).toBe(false);
  });

  it('shows the raw text teachers typed', () => {
    expect(markLabel({ kind: 'numeric', value: 5.5, raw: '5½' })).toBe('5½');
    expect(markLabel({ kind: 'numeric', value: 6.5, raw: '' })).toBe('6,5');
  });
});
