import { describe, expect, it } from 'vitest';
import {
  type PeerCandidate,
  occurrenceKey,
  planOccurrences,
  sessionPlanInputSchema,
  sessionPlanSchema,
  suggestPeerPairs,
  weekStart,
} from '@domain';

const day = (key: string) => new Date(`${key}T00:00:00Z`);

const input = (overrides: Record<string, unknown> = {}) => ({
  date: day('2026-11-23'),
  startTime: '14:30',
  minutes: 60,
  subject: 'Matematica',
  format: 'smallGroup',
  pupilIds: ['a', 'b'],
  educatorUid: 'edu',
  recurrence: { kind: 'weekly', until: day('2027-01-25') },
  peerPair: null,
  ...overrides,
});

describe('sessionPlanInputSchema', () => {
  it('accepts a weekly group plan and a single individual one', () => {
    expect(sessionPlanInputSchema.safeParse(input()).success).toBe(true);
    expect(
      sessionPlanInputSchema.safeParse(
        input({ format: 'individual', pupilIds: ['a'], recurrence: { kind: 'none' } }),
      ).success,
    ).toBe(true);
  });

  it.each([
    ['startTime', { startTime: '9:00' }, 'validation.startTime'],
    ['no pupils', { pupilIds: [] }, 'validation.atLeastOne'],
    ['seven pupils', { pupilIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'validation.tooManyPupils'],
    ['individual with two', { format: 'individual' }, 'validation.individualOnePupil'],
    ['same pupil twice', { pupilIds: ['a', 'a'] }, 'validation.duplicatePupil'],
    [
      'until before date',
      { recurrence: { kind: 'weekly', until: day('2026-11-01') } },
      'validation.recurrenceUntil',
    ],
    [
      'until beyond a year',
      { recurrence: { kind: 'weekly', until: day('2028-01-01') } },
      'validation.recurrenceUntil',
    ],
  ])('refuses %s with its message key', (_label, overrides, key) => {
    const result = sessionPlanInputSchema.safeParse(input(overrides));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(key);
  });

  it('requires attendance for every pupil of a held occurrence', () => {
    const stored = (attendance: Record<string, boolean>) => ({
      ...input(),
      outcomes: { '2026-11-23': { status: 'held', reason: '', attendance } },
      lastMarkedDate: '2026-11-23',
      schoolId: 's',
      createdBy: 'edu',
      createdAt: day('2026-11-01'),
      updatedAt: day('2026-11-01'),
    });
    expect(sessionPlanSchema.safeParse(stored({ a: true, b: false })).success).toBe(true);
    expect(sessionPlanSchema.safeParse(stored({ a: true })).success).toBe(false);
  });
});

describe('planOccurrences', () => {
  const weekly = {
    date: day('2026-11-23'),
    recurrence: { kind: 'weekly' as const, until: day('2027-01-25') },
  };

  it('lists the weekly dates within the window, up to the end date', () => {
    expect(planOccurrences(weekly, day('2026-11-23'), day('2026-11-27'))).toEqual(['2026-11-23']);
    expect(planOccurrences(weekly, day('2026-11-24'), day('2026-12-08'))).toEqual([
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(planOccurrences(weekly, day('2027-01-25'), day('2027-02-28'))).toEqual(['2027-01-25']);
    expect(planOccurrences(weekly, day('2026-11-01'), day('2026-11-22'))).toEqual([]);
  });

  it('gives a single plan once', () => {
    const single = { date: day('2026-11-25'), recurrence: { kind: 'none' as const } };
    expect(planOccurrences(single, day('2026-11-23'), day('2026-11-27'))).toEqual(['2026-11-25']);
    expect(planOccurrences(single, day('2026-11-30'), day('2026-12-04'))).toEqual([]);
  });

  it('weekStart gives the Monday of the week', () => {
    expect(occurrenceKey(weekStart(day('2026-11-29')))).toBe('2026-11-23');
    expect(occurrenceKey(weekStart(day('2026-11-23')))).toBe('2026-11-23');
  });
});

describe('suggestPeerPairs', () => {
  const pupil = (id: string, over: Partial<PeerCandidate> = {}): PeerCandidate => ({
    id,
    homeLanguages: ['ar'],
    l2Level: 'A1',
    bornInItaly: false,
    ...over,
  });

  it('pairs a tutee with a stronger pupil sharing a home language, closest level first', () => {
    const pairs = suggestPeerPairs([
      pupil('tutee', { l2Level: 'A1' }),
      pupil('b1', { l2Level: 'B1' }),
      pupil('a2', { l2Level: 'A2' }),
      pupil('born', { l2Level: null, bornInItaly: true, homeLanguages: ['ar', 'fr'] }),
    ]).filter((p) => p.tuteePupilId === 'tutee');
    expect(pairs.map((p) => p.tutorPupilId)).toEqual(['a2', 'b1', 'born']);
    expect(pairs[0]?.sharedLanguages).toEqual(['ar']);
  });

  it('never pairs pupils without a shared language, or of equal level', () => {
    expect(
      suggestPeerPairs([
        pupil('x', { l2Level: 'A1' }),
        pupil('y', { l2Level: 'B2', homeLanguages: ['zh'] }),
      ]),
    ).toEqual([]);
    expect(suggestPeerPairs([pupil('x'), pupil('y')])).toEqual([]);
  });

  it('a pupil born in Italy tutors but is not a tutee; an unassessed newcomer is neither', () => {
    const pairs = suggestPeerPairs([
      pupil('born', { bornInItaly: true, l2Level: null }),
      pupil('unknown', { l2Level: null }),
      pupil('b2', { l2Level: 'B2' }),
    ]);
    expect(pairs).toEqual([{ tutorPupilId: 'born', tuteePupilId: 'b2', sharedLanguages: ['ar'] }]);
  });

  it('is independent of the input order', () => {
    const list = [pupil('a', { l2Level: 'PreA1' }), pupil('b', { l2Level: 'A2' }), pupil('c')];
    expect(suggestPeerPairs([...list].reverse())).toEqual(suggestPeerPairs(list));
  });
});
