import type { Referral, ReferralShared } from '@domain';

// A referral as sendReferral writes it (domain values), for seeding rules and functions tests.

export function makeReferral(overrides: Partial<Referral> = {}): Referral {
  const at = new Date('2026-10-01T09:00:00Z');
  return {
    origin: 'school',
    schoolId: 'school-m',
    schoolName: 'IC Manzoni',
    districtId: 'ambito-m',
    pupilId: 'pupil-2b',
    classId: 'class-2b',
    serviceId: 'svc-m',
    serviceName: 'Segretariato sociale',
    organizationId: 'org-m',
    category: 'contrasto-poverta',
    reason: 'La famiglia fatica a sostenere le spese per i libri e la mensa.',
    urgency: 'ordinaria',
    request: 'Colloquio con la famiglia per il contributo scuola.',
    sharedFields: ['name', 'schoolClass'],
    consent: {
      givenBy: 'mother',
      givenByName: 'Fatima El Idrissi',
      at,
      language: 'ar',
      mediatorPresent: true,
      mediatorName: 'Samira B.',
      withdrawnAt: null,
    },
    dueDate: new Date('2026-10-15T00:00:00Z'),
    status: 'requested',
    history: [{ status: 'requested', at, byUid: 'm-ref', byName: 'Referente', reason: '' }],
    outcome: null,
    respondedAt: null,
    familyMeetingId: null,
    parentReferralId: null,
    createdBy: 'm-ref',
    createdByName: 'Referente',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export const SHARED_DATA: ReferralShared = { name: 'El Idrissi Amina', schoolClass: '2B' };
