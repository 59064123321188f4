/**
 * Demo referrals (issue 13): pupils of the demo schools referred to services of the demo
 * Ambito's directory in every status (some overdue, several completed with the family's
 * outcome), most to the Comune's social service and to the NPIA so that the two demo operator
 * accounts see a meaningful list, and one referred back by a service to the school. Only the
 * ticked fields are copied to the shared document, by the domain's own `buildSharedData`.
 * Deterministic: dates are offsets from the demo's `asOf`. The Ambito's figures are computed in
 * seedDemo (`computeDemoReferralStats`) since triggers are paused while seeding.
 */
// File by file, not the barrel: see the note in generate.ts.
import { paths } from '../../functions/src/domain/paths';
import {
  type Referral,
  type ReferralHistoryEntry,
  type ReferralOutcome,
  type ReferralStatus,
  type SharedField,
} from '../../functions/src/domain/referrals';
import { buildSharedData } from '../../functions/src/domain/referral-shared';
import { referralSchema } from '../../functions/src/domain/referral-schemas';
import type { SeedDocument } from './features';
import { DEMO_DISTRICT_ID, DEMO_ORGANIZATION_IDS, DEMO_UIDS, type DemoData } from './generate';
import { demoServiceDirectory } from './services';

const DAY = 24 * 60 * 60 * 1000;

interface Spec {
  /** Index among the school's pupils that have family meetings (stable order by id). */
  pupil: number;
  school: 'ic-manzoni' | 'iis-volta';
  org: 'socialService' | 'npia' | 'other';
  /** Index among the organisation's active services that take referrals. */
  service: number;
  status: ReferralStatus;
  /** Days before the demo day the referral was sent. */
  sentDaysAgo: number;
  /** Reply deadline, in days after sending. */
  replyDays: number;
  reason: string;
  request: string;
  urgency?: Referral['urgency'];
  shared: SharedField[];
  outcome?: ReferralOutcome;
  /** Days after sending of each later status (and who: 'op' or 'school'), with a reason. */
  steps?: [ReferralStatus, number, 'op' | 'school', string][];
  consentWithdrawn?: boolean;
  fromMeeting?: boolean;
  sender?: 'referent' | 'head';
}

const SPECS: Spec[] = [
  {
    pupil: 0,
    school: 'ic-manzoni',
    org: 'socialService',
    service: 1,
    status: 'requested',
    sentDaysAgo: 20,
    replyDays: 10,
    reason:
      'La famiglia, arrivata da pochi mesi, non riesce a sostenere le spese per mensa e materiale scolastico.',
    request: 'Un colloquio con la famiglia per valutare un contributo e l’esenzione della mensa.',
    shared: ['name', 'schoolClass', 'homeLanguages', 'familyContact'],
    fromMeeting: true,
  },
  {
    pupil: 1,
    school: 'ic-manzoni',
    org: 'npia',
    service: 0,
    status: 'requested',
    sentDaysAgo: 35,
    replyDays: 14,
    urgency: 'urgente',
    reason:
      'Difficoltà di lettura e scrittura che persistono anche nella lingua d’origine, secondo la mediatrice.',
    request: 'Una prima visita per valutare un disturbo specifico dell’apprendimento.',
    shared: ['name', 'birthYear', 'schoolClass', 'l2Level'],
  },
  {
    pupil: 2,
    school: 'ic-manzoni',
    org: 'socialService',
    service: 1,
    status: 'requested',
    sentDaysAgo: 3,
    replyDays: 40,
    reason: 'Assenze ripetute il lunedì; la madre riferisce di turni di lavoro notturni.',
    request: 'Un sostegno educativo a domicilio nelle prime ore del mattino.',
    shared: ['name', 'schoolClass', 'attendance'],
    fromMeeting: true,
  },
  {
    pupil: 3,
    school: 'ic-manzoni',
    org: 'npia',
    service: 1,
    status: 'accepted',
    sentDaysAgo: 25,
    replyDays: 20,
    reason: 'Il consiglio di classe osserva ansia forte nelle verifiche orali.',
    request: 'Un colloquio con lo psicologo per l’alunna e la famiglia.',
    shared: ['name', 'birthYear', 'homeLanguages'],
    steps: [['accepted', 6, 'op', 'Primo colloquio fissato il mese prossimo']],
  },
  {
    pupil: 4,
    school: 'ic-manzoni',
    org: 'socialService',
    service: 0,
    status: 'rejected',
    sentDaysAgo: 60,
    replyDays: 14,
    reason: 'La famiglia chiede aiuto per trovare una casa più grande.',
    request: 'Orientamento ai bandi per la casa.',
    shared: ['name', 'familyContact'],
    outcome: 'referredElsewhere',
    steps: [
      [
        'rejected',
        9,
        'op',
        'Non è di nostra competenza: indirizzata allo sportello casa del Comune',
      ],
    ],
  },
  {
    pupil: 5,
    school: 'ic-manzoni',
    org: 'npia',
    service: 0,
    status: 'in-progress',
    sentDaysAgo: 80,
    replyDays: 20,
    reason: 'Ritardo nel linguaggio anche in arabo, riferito dalla famiglia con la mediatrice.',
    request: 'Valutazione neuropsicologica.',
    shared: ['name', 'birthYear', 'schoolClass', 'homeLanguages', 'l2Level'],
    steps: [
      ['accepted', 12, 'op', 'Presa in carico'],
      ['in-progress', 30, 'op', 'Valutazione in corso: due incontri svolti'],
    ],
    fromMeeting: true,
  },
  {
    pupil: 6,
    school: 'ic-manzoni',
    org: 'socialService',
    service: 2,
    status: 'on-hold',
    sentDaysAgo: 70,
    replyDays: 15,
    reason: 'Il fratello maggiore accompagna l’alunno e salta la scuola.',
    request: 'Un educatore per l’accompagnamento a scuola.',
    shared: ['name', 'schoolClass', 'attendance'],
    steps: [
      ['accepted', 10, 'op', 'Accettato'],
      ['on-hold', 40, 'op', 'La famiglia è al paese d’origine fino a gennaio'],
    ],
  },
  {
    pupil: 7,
    school: 'ic-manzoni',
    org: 'socialService',
    service: 1,
    status: 'completed',
    sentDaysAgo: 120,
    replyDays: 14,
    reason: 'La famiglia non ha i libri di testo e non conosce i contributi.',
    request: 'Un aiuto per la dote scuola.',
    shared: ['name', 'schoolClass', 'familyContact'],
    outcome: 'gotHelp',
    steps: [
      ['accepted', 5, 'op', 'Presa in carico'],
      ['completed', 40, 'op', 'Dote scuola ottenuta e libri consegnati'],
    ],
    sender: 'head',
  },
  {
    pupil: 8,
    school: 'ic-manzoni',
    org: 'npia',
    service: 2,
    status: 'completed',
    sentDaysAgo: 110,
    replyDays: 20,
    reason: 'Chiusura e pianto frequenti in classe.',
    request: 'Un colloquio di sostegno psicologico.',
    shared: ['name', 'birthYear'],
    outcome: 'couldNotContact',
    steps: [
      ['accepted', 8, 'op', 'Accettato'],
      ['completed', 60, 'op', 'Tre tentativi di contatto senza risposta'],
    ],
  },
  {
    pupil: 9,
    school: 'ic-manzoni',
    org: 'other',
    service: 0,
    status: 'completed',
    sentDaysAgo: 90,
    replyDays: 14,
    reason: 'L’alunno cerca un corso di italiano anche d’estate.',
    request: 'Un posto nel corso intensivo.',
    shared: ['name', 'l2Level'],
    outcome: 'gotHelp',
    steps: [
      ['accepted', 3, 'op', 'Iscritto'],
      ['completed', 30, 'op', 'Corso frequentato'],
    ],
  },
  {
    pupil: 10,
    school: 'ic-manzoni',
    org: 'socialService',
    service: 1,
    status: 'cancelled',
    sentDaysAgo: 30,
    replyDays: 14,
    reason: 'Difficoltà economiche della famiglia.',
    request: 'Un colloquio con l’assistente sociale.',
    shared: ['name', 'familyContact'],
    consentWithdrawn: true,
  },
  {
    pupil: 11,
    school: 'ic-manzoni',
    org: 'npia',
    service: 0,
    status: 'requested',
    sentDaysAgo: 28,
    replyDays: 14,
    reason: 'Sospetta difficoltà visiva: l’alunna non legge alla lavagna.',
    request: 'Una visita di controllo.',
    shared: ['name', 'birthYear', 'schoolClass'],
    sender: 'head',
  },
  {
    pupil: 0,
    school: 'iis-volta',
    org: 'socialService',
    service: 1,
    status: 'completed',
    sentDaysAgo: 100,
    replyDays: 14,
    reason: 'Lo studente lavora il pomeriggio per aiutare la famiglia.',
    request: 'Un sostegno economico per la famiglia.',
    shared: ['name', 'schoolClass'],
    outcome: 'notEligible',
    steps: [
      ['accepted', 7, 'op', 'Accettato'],
      ['completed', 25, 'op', 'La famiglia supera la soglia ISEE'],
    ],
  },
  {
    pupil: 1,
    school: 'iis-volta',
    org: 'npia',
    service: 1,
    status: 'completed',
    sentDaysAgo: 95,
    replyDays: 14,
    reason: 'Attacchi di panico durante le verifiche.',
    request: 'Un colloquio con lo psicologo per adolescenti.',
    shared: ['name', 'birthYear'],
    outcome: 'noLongerInterested',
    steps: [
      ['accepted', 20, 'op', 'Accettato'],
      ['completed', 50, 'op', 'La famiglia ha rinunciato dopo il primo incontro'],
    ],
  },
];

type Pupils = DemoData['pupils'];

/** The school's pupils that have family meetings, in a stable order. */
function pupilsWithMeetings(demo: DemoData, schoolId: string): Pupils {
  const met = new Set(
    demo.records
      .filter((r) => r.schoolId === schoolId && r.kind === 'familyMeetings')
      .map((r) => r.pupilId),
  );
  return demo.pupils
    .filter((p) => p.schoolId === schoolId && met.has(p.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Referral ids the demo and its tests refer to. */
export const DEMO_REFERRAL_IDS = {
  /** Requested to the social service, overdue, sent by the referent. */
  overdueSocial: 'demo-referral-00',
  /** A service's referral back to the school. */
  referredBack: 'demo-referral-back',
} as const;

export function referralDocuments(demo: DemoData): SeedDocument[] {
  const asOf = demo.meta.asOf;
  const directory = demoServiceDirectory(asOf).services;
  const takes = (orgId: string | null) =>
    directory
      .filter(
        (s) =>
          s.data.status === 'active' &&
          s.data.acceptingReferrals &&
          (orgId === null
            ? s.data.organizationId !== DEMO_ORGANIZATION_IDS.socialService &&
              s.data.organizationId !== DEMO_ORGANIZATION_IDS.npia
            : s.data.organizationId === orgId),
      )
      .sort((a, b) => a.id.localeCompare(b.id));
  const servicesOf = {
    socialService: takes(DEMO_ORGANIZATION_IDS.socialService),
    npia: takes(DEMO_ORGANIZATION_IDS.npia),
    // The Italian course the 'other' spec asks for.
    other: takes(null).filter((s) => s.data.categories.includes('italiano-l2')),
  };
  const names = new Map(demo.accounts.map((a) => [a.uid, a.displayName]));
  const nameOf = (uid: string) => names.get(uid) ?? uid;
  const schoolName = new Map(demo.schools.map((s) => [s.id, s.data.name]));
  const className = new Map(demo.classes.map((c) => [`${c.schoolId}/${c.id}`, c.data.name]));
  const operatorOf = {
    socialService: DEMO_UIDS.operatorSocial,
    npia: DEMO_UIDS.operatorNpia,
    other: DEMO_UIDS.operatorSocial,
  };
  const docs: SeedDocument[] = [];

  SPECS.forEach((spec, i) => {
    const pupil = pupilsWithMeetings(demo, spec.school)[spec.pupil];
    const service = servicesOf[spec.org][spec.service % servicesOf[spec.org].length];
    if (!pupil || !service) return;
    const id = `demo-referral-${String(i).padStart(2, '0')}`;
    const records = demo.records.filter(
      (r) => r.schoolId === pupil.schoolId && r.pupilId === pupil.id,
    );
    const meeting = records
      .filter((r) => r.kind === 'familyMeetings')
      .sort((a, b) => b.data.date.getTime() - a.data.date.getTime())[0];
    const sentAt = new Date(asOf.getTime() - spec.sentDaysAgo * DAY + 10 * 3600_000);
    const sender =
      spec.school === 'iis-volta'
        ? DEMO_UIDS.voltaReferent
        : spec.sender === 'head'
          ? DEMO_UIDS.head
          : DEMO_UIDS.referent;
    const operator = spec.org === 'other' ? null : operatorOf[spec.org];
    const history: ReferralHistoryEntry[] = [
      { status: 'requested', at: sentAt, byUid: sender, byName: nameOf(sender), reason: '' },
      ...(spec.steps ?? []).map(([status, days, who, reason]) => {
        const by = who === 'school' ? sender : (operator ?? DEMO_UIDS.operatorSocial);
        return {
          status,
          at: new Date(sentAt.getTime() + days * DAY),
          byUid: by,
          byName: who === 'op' && !operator ? 'Operatore del servizio' : nameOf(by),
          reason,
        };
      }),
    ];
    const withdrawnAt = spec.consentWithdrawn ? new Date(sentAt.getTime() + 6 * DAY) : null;
    if (withdrawnAt) {
      history.push({
        status: 'cancelled',
        at: withdrawnAt,
        byUid: sender,
        byName: nameOf(sender),
        reason: 'Consenso della famiglia revocato',
      });
    }
    const firstAnswer = history.find((h) => h.status === 'accepted' || h.status === 'rejected');
    const referral: Referral = referralSchema.parse({
      origin: 'school',
      schoolId: pupil.schoolId,
      schoolName: schoolName.get(pupil.schoolId) ?? pupil.schoolId,
      districtId: DEMO_DISTRICT_ID,
      pupilId: pupil.id,
      classId: pupil.data.classId,
      serviceId: service.id,
      serviceName: service.data.name,
      organizationId: service.data.organizationId,
      category: service.data.categories[0] ?? 'progetti-locali',
      reason: spec.reason,
      urgency: spec.urgency ?? 'ordinaria',
      request: spec.request,
      sharedFields: spec.shared,
      consent: {
        givenBy: i % 3 === 0 ? 'father' : 'mother',
        givenByName: `${i % 3 === 0 ? 'Padre' : 'Madre'} di ${pupil.data.firstName}`,
        at: new Date(sentAt.getTime() - DAY),
        language: pupil.data.homeLanguages[0] ?? 'it',
        mediatorPresent: (pupil.data.homeLanguages[0] ?? 'it') !== 'it',
        mediatorName:
          (pupil.data.homeLanguages[0] ?? 'it') !== 'it' ? 'Mediatrice del progetto' : '',
        withdrawnAt,
      },
      dueDate: new Date(sentAt.getTime() + spec.replyDays * DAY),
      status: spec.status,
      history,
      outcome: spec.outcome ?? null,
      respondedAt: firstAnswer?.at ?? null,
      familyMeetingId: spec.fromMeeting && meeting ? meeting.id : null,
      parentReferralId: null,
      createdBy: sender,
      createdByName: nameOf(sender),
      createdAt: sentAt,
      updatedAt: history.at(-1)?.at ?? sentAt,
    } satisfies Referral);
    docs.push({ path: paths.referral(id), data: referral });
    if (!withdrawnAt) {
      const shared = buildSharedData(spec.shared, {
        pupil: pupil.data,
        className: className.get(`${pupil.schoolId}/${pupil.data.classId}`) ?? '',
        familyContact: 'Madre: 02 0000 1234 (pomeriggio)',
        l2Assessments: records.flatMap((r) => (r.kind === 'l2Assessments' ? [r.data] : [])),
        termRecords: records.flatMap((r) => (r.kind === 'termRecords' ? [r.data] : [])),
        need: null,
      });
      docs.push({ path: paths.referralShared(id), data: shared });
    }
    // The social service's completed case refers back to the school.
    if (i === 7 && operator) {
      const backAt = new Date(sentAt.getTime() + 45 * DAY);
      const back: Referral = referralSchema.parse({
        ...referral,
        origin: 'service',
        reason:
          'Durante la presa in carico la madre ha chiesto un doposcuola e un contatto con la scuola per i compiti.',
        request: 'Un colloquio con la famiglia e l’iscrizione al doposcuola della scuola.',
        urgency: 'ordinaria',
        sharedFields: [],
        consent: { ...referral.consent, at: backAt, withdrawnAt: null },
        dueDate: new Date(backAt.getTime() + 60 * DAY),
        status: 'requested',
        history: [
          {
            status: 'requested',
            at: backAt,
            byUid: operator,
            byName: nameOf(operator),
            reason: '',
          },
        ],
        outcome: null,
        respondedAt: null,
        familyMeetingId: null,
        parentReferralId: id,
        createdBy: operator,
        createdByName: nameOf(operator),
        createdAt: backAt,
        updatedAt: backAt,
      } satisfies Referral);
      docs.push({ path: paths.referral(DEMO_REFERRAL_IDS.referredBack), data: back });
    }
  });
  return docs;
}

/** The Ambito's referral figures, as the trigger computes them (triggers are paused). */
export async function computeDemoReferralStats(): Promise<void> {
  const { recomputeReferralStats } =
    await import('../../functions/src/triggers/on-referral-written');
  await recomputeReferralStats(DEMO_DISTRICT_ID);
}
