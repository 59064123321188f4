import { describe, expect, it } from 'vitest';
import { markLabel } from './marks';

describe('markLabel', () => {
  it('shows the raw text teachers typed', () => {
    expect(markLabel({ kind: 'numeric', value: 5.5, raw: '5½' })).toBe('5½');
    expect(markLabel({ kind: 'numeric', value: 6.5, raw: '' })).toBe('6,5');
  });
});
