import type { StoredRisk } from '@domain';
import type { LiveQueryResult } from '@/lib/live-query';
import type { NotificationsState } from '../api/get-notifications';
import type { RiskHistoryEntryWithId } from '../api/get-risk-history';

const noop = () => undefined;

export function success<T>(data: T): LiveQueryResult<T> {
  return { status: 'success', data, error: null, retry: noop };
}

export function pending<T>(): LiveQueryResult<T> {
  return { status: 'pending', data: undefined, error: null, retry: noop };
}

/**
 * An amber pupil: a mean mark below 6 (the level), absences to watch (context) and failing
 * subjects (detail, dismissed); one protective signal; a family meeting overdue on 2026-11-20
 * and a PDP due later.
 */
export function storedRiskFixture(overrides: Partial<StoredRisk> = {}): StoredRisk {
  return {
    level: 'amber',
    levelReason: { it: 'Giallo per: media dei voti.', en: 'Amber because of: mean mark.' },
    reviewedLevel: 'amber',
    score: 13,
    engineVersion: '2.0.0',
    computedAt: new Date('2026-11-20T00:00:00Z'),
    classId: '2b-sec1',
    schoolId: 'ic-manzoni',
    pendingReview: ['meanMark', 'absences'],
    followUpOwnerUids: ['demo-coordinator'],
    summary: {
      schoolYear: '2026/27',
      term: 1,
      l2Latest: null,
      l2YearStart: null,
      activeIntervention: false,
      familyContactThisTerm: false,
      tutoringMinutesThisYear: 240,
      nai: true,
      pdp: false,
    },
    followUps: [
      {
        code: 'familyMeeting',
        owner: 'coordinator',
        ownerUids: ['demo-coordinator'],
        due: new Date('2026-10-13T00:00:00Z'),
        evidence: { termStart: '2026-09-01', heldMeetings: 0 },
        sentence: {
          it: 'Nessun colloquio con la famiglia in questo quadrimestre',
          en: 'No meeting with the family this term',
        },
      },
      {
        code: 'naiPdp',
        owner: 'coordinator',
        ownerUids: ['demo-coordinator'],
        due: new Date('2027-01-31T00:00:00Z'),
        evidence: { monthsInSchool: 3, naiMonths: 24, scrutinioDate: '2027-01-31' },
        sentence: {
          it: 'Alunno NAI senza PDP: il consiglio di classe lo decide entro il primo scrutinio (31/01/2027)',
          en: 'Newly arrived pupil (NAI) without a PDP: the class council decides one by the first scrutinio (31/01/2027)',
        },
      },
    ],
    flags: [
      {
        code: 'meanMark',
        level: 'amber',
        role: 'academic',
        evidence: { mean: 5.6, markCount: 9, threshold: 6 },
        sentence: {
          it: 'Media dei voti 5,6: sotto la sufficienza',
          en: 'Mean mark 5.6: below pass',
        },
      },
      {
        code: 'absences',
        level: 'amber',
        role: 'context',
        evidence: { absenceHours: 24, lessonHours: 200, annualHours: 990, absencePct: 12 },
        sentence: {
          it: 'Assenze al 12% delle ore: soglia 10%',
          en: 'Absences at 12% of hours: threshold 10%',
        },
      },
      {
        code: 'failingSubjects',
        level: 'amber',
        role: 'detail',
        evidence: { failingCount: 2, subjects: 'matematica,scienze', coreBothFailing: false },
        sentence: {
          it: 'Insufficienze in 2 materie (matematica, scienze): soglia 2',
          en: 'Failing marks in 2 subjects (matematica, scienze): threshold 2',
        },
      },
    ],
    protective: [
      {
        code: 'tutoringRegular',
        sentence: {
          it: 'Tutoraggio regolare: 4 incontri nelle ultime 6 settimane',
          en: 'Regular tutoring: 4 sessions in the last 6 weeks',
        },
      },
    ],
    reviews: {
      failingSubjects: {
        decision: 'dismissed',
        reason: 'Insufficienze già recuperate a novembre',
        byUid: 'demo-coordinator',
        byName: 'Paolo Galli',
        at: new Date('2026-11-21T10:00:00Z'),
        evidenceKey: 'k',
      },
    },
    ...overrides,
  };
}

export function riskHistoryFixture(): RiskHistoryEntryWithId[] {
  return [
    {
      id: 'h1',
      at: new Date('2026-10-01T00:00:00Z'),
      cause: 'recompute',
      level: 'green',
      previousLevel: null,
      flags: [],
      engineVersion: '2.0.0',
    },
    {
      id: 'h2',
      at: new Date('2026-11-20T00:00:00Z'),
      cause: 'recompute',
      level: 'amber',
      previousLevel: 'green',
      flags: [
        { code: 'absences', level: 'amber' },
        { code: 'failingSubjects', level: 'amber' },
      ],
      engineVersion: '2.0.0',
    },
    {
      id: 'h3',
      at: new Date('2026-11-21T10:00:00Z'),
      cause: 'review',
      code: 'failingSubjects',
      decision: 'dismissed',
      reason: 'Insufficienze già recuperate a novembre',
      byName: 'Paolo Galli',
      level: 'amber',
      reviewedLevel: 'amber',
    },
  ];
}

/** One daily notification per day with rises, newest first; the first `unread` are unread. */
export function notificationsFixture(unread: number): NotificationsState {
  const recent = Array.from({ length: Math.max(unread, 1) }, (_, i) => ({
    id: `riskRaised-2026-11-${20 - i}`,
    type: 'riskRaisedDaily' as const,
    schoolId: 'ic-manzoni',
    day: `2026-11-${20 - i}`,
    pupils: [
      {
        pupilId: `p${i + 1}`,
        pupilName: `Rossi Amina${i + 1}`,
        className: '2B',
        level: 'red' as const,
        previousLevel: 'amber' as const,
      },
    ],
    pupilIds: [`p${i + 1}`],
    total: 1,
    createdAt: new Date(`2026-11-${20 - i}T06:00:00Z`),
    updatedAt: new Date(`2026-11-${20 - i}T06:00:00Z`),
    read: i >= unread,
  }));
  return { recent, unreadCount: unread };
}
