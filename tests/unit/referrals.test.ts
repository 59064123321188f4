import { describe, expect, it } from 'vitest';
import {
  REFERRAL_STATUSES,
  SHARED_FIELDS,
  buildReferralStats,
  buildSharedData,
  canTransition,
  isOverdue,
  median,
  nextStatuses,
  sendReferralInputSchema,
  updateReferralStatusInputSchema,
} from '@domain';
import { makeReferral } from '../rules/referrals-fixtures';

const NOW = new Date('2026-11-30T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('canTransition', () => {
  it('the receiver answers, the sender sends and cancels', () => {
    expect(nextStatuses('requested', 'receiver')).toEqual(['accepted', 'rejected']);
    expect(nextStatuses('requested', 'sender')).toEqual(['cancelled']);
    expect(nextStatuses('accepted', 'receiver')).toEqual(['in-progress', 'on-hold', 'completed']);
    expect(nextStatuses('on-hold', 'receiver')).toEqual(['in-progress', 'completed']);
    expect(nextStatuses('draft', 'sender')).toEqual(['requested', 'cancelled']);
    expect(canTransition('requested', 'accepted', 'sender')).toBe(false);
    expect(canTransition('requested', 'completed', 'receiver')).toBe(false);
  });

  it('closed referrals never change', () => {
    for (const from of ['rejected', 'completed', 'cancelled'] as const) {
      for (const to of REFERRAL_STATUSES) {
        expect(canTransition(from, to, 'sender')).toBe(false);
        expect(canTransition(from, to, 'receiver')).toBe(false);
      }
    }
  });
});

describe('isOverdue', () => {
  it('only a referral still waiting for its first answer after the deadline', () => {
    expect(isOverdue({ status: 'requested', dueDate: days(-1) }, NOW)).toBe(true);
    expect(isOverdue({ status: 'requested', dueDate: days(1) }, NOW)).toBe(false);
    expect(isOverdue({ status: 'accepted', dueDate: days(-1) }, NOW)).toBe(false);
  });
});

describe('buildSharedData', () => {
  const sources = {
    pupil: {
      firstName: 'Amina',
      lastName: 'El Idrissi',
      birthDate: new Date('2013-04-02T00:00:00Z'),
      homeLanguages: ['ar', 'fr'],
      countryOfBirth: 'MA',
      arrivalDate: new Date('2024-09-01T00:00:00Z'),
    },
    className: '2B',
    familyContact: 'Madre: 333 1234567',
    l2Assessments: [
      {
        date: new Date('2025-10-01T00:00:00Z'),
        levels: {
          ascolto: 'A1',
          lettura: 'A1',
          parlato: 'A1',
          interazione: 'A1',
          scrittura: 'PreA1',
        },
      },
      {
        date: new Date('2026-10-01T00:00:00Z'),
        levels: { ascolto: 'B1', lettura: 'A2', parlato: 'B1', interazione: 'B1', scrittura: 'A2' },
      },
    ],
    termRecords: [
      { schoolYear: '2025/26', term: 2, lessonHours: 900, absenceHours: 120 },
      { schoolYear: '2026/27', term: 1, lessonHours: 300, absenceHours: 40 },
    ],
    need: { level: 'amber' as const, flagCodes: ['attendance'] },
  } satisfies Parameters<typeof buildSharedData>[1];

  it('holds nothing when nothing is ticked', () => {
    expect(buildSharedData([], sources)).toEqual({});
  });

  it('holds the ticked fields only, from the latest test and term', () => {
    expect(buildSharedData(['name', 'l2Level', 'attendance'], sources)).toEqual({
      name: 'El Idrissi Amina',
      l2Level: 'A2',
      attendance: { schoolYear: '2026/27', term: 1, lessonHours: 300, absenceHours: 40 },
    });
    expect(Object.keys(buildSharedData(SHARED_FIELDS, sources)).sort()).toEqual(
      [...SHARED_FIELDS].sort(),
    );
  });
});

describe('the Ambito figures', () => {
  it('suppress counts of 3 or fewer and give rates only above 3 answers', () => {
    const few = [makeReferral({ createdAt: days(-10), dueDate: days(-2) })];
    const stats = buildReferralStats('d', few, NOW);
    expect(stats.total).toMatchObject({ sent: '<=3', overdue: '<=3', acceptanceRate: null });
  });

  it('count sent, accepted, completed, overdue, acceptance and median reply per service', () => {
    const answered = (status: 'accepted' | 'rejected' | 'completed', replyDays: number) =>
      makeReferral({
        status,
        createdAt: days(-20),
        respondedAt: days(-20 + replyDays),
        history: [
          { status: 'requested', at: days(-20), byUid: 'u', byName: 'U', reason: '' },
          {
            status: status === 'rejected' ? 'rejected' : 'accepted',
            at: days(-20 + replyDays),
            byUid: 'o',
            byName: 'O',
            reason: '',
          },
        ],
      });
    const referrals = [
      answered('accepted', 2),
      answered('completed', 4),
      answered('completed', 6),
      answered('completed', 8),
      answered('rejected', 10),
      ...[1, 2, 3, 4].map(() => makeReferral({ createdAt: days(-20), dueDate: days(-5) })),
      makeReferral({ status: 'draft' }),
    ];
    const { total, byService, byCategory } = buildReferralStats('d', referrals, NOW);
    expect(total).toEqual({
      sent: 9,
      accepted: 4,
      completed: '<=3',
      overdue: 4,
      acceptanceRate: 4 / 5,
      medianDaysToReply: 6,
    });
    expect(byService['svc-m']?.sent).toBe(9);
    expect(byCategory['contrasto-poverta']?.overdue).toBe(4);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('input schemas', () => {
  const valid = {
    schoolId: 's',
    pupilId: 'p',
    serviceId: 'svc',
    reason: 'Motivo',
    urgency: 'ordinaria',
    request: 'Richiesta',
    sharedFields: ['name'],
    familyContact: '',
    consent: {
      givenBy: 'mother',
      givenByName: 'Fatima',
      at: new Date().toISOString(),
      language: 'ar',
      mediatorPresent: false,
      mediatorName: '',
    },
    dueDate: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    familyMeetingId: null,
  };

  it('accept a valid referral and refuse a past deadline', () => {
    expect(sendReferralInputSchema.safeParse(valid).success).toBe(true);
    const past = sendReferralInputSchema.safeParse({
      ...valid,
      dueDate: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(past.error?.issues[0]?.message).toBe('validation.referralDueInPast');
  });

  it('ask for the family contact when it is ticked, and for an outcome to complete', () => {
    expect(
      sendReferralInputSchema.safeParse({ ...valid, sharedFields: ['familyContact'] }).success,
    ).toBe(false);
    expect(
      updateReferralStatusInputSchema.safeParse({
        referralId: 'r',
        status: 'completed',
        reason: '',
        outcome: null,
      }).success,
    ).toBe(false);
  });
});
