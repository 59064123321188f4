/**
 * Demo orientation (issue 14). At IC Manzoni, every pupil of the third year of secondaria I
 * (class 3C) gets this year's orientation record: module hours, a skills review for most, a
 * consiglio di orientamento for about four in five with a realistic spread (licei, tecnici,
 * professionali, IeFP) driven by their marks, a few steered lower than their marks and Italian
 * suggest (what the steering check must find), some families' stated choices, and the exam
 * checklist for the newly arrived ones. At IIS Volta, a few first-year pupils came from
 * Manzoni in July: last year's orientation record (consiglio, family choice, enrolment) moved
 * with them, and their transitions wait for Volta's end-of-term answer; one earlier move was
 * confirmed, and one pupil who never turned up is a "left school" case. Deterministic.
 *
 * Domain modules are imported file by file (see generate.ts).
 */
import { schoolYearOf } from '../../functions/src/domain/common';
import {
  type OrientationRecord,
  type Track,
  orientationDocId,
} from '../../functions/src/domain/orientation';
import { latestMeanMark, latestStudyLevel } from '../../functions/src/domain/orientation-stats';
import { paths } from '../../functions/src/domain/paths';
import { isNai } from '../../functions/src/domain/pupil';
import type {
  Intervention,
  L2Assessment,
  PeerSession,
  TermRecord,
  TutoringSession,
} from '../../functions/src/domain/records';
import type { Transition } from '../../functions/src/domain/transition';
import { buildHandover } from '../../functions/src/domain/transition-handover';
import { transitionDates } from '../../functions/src/domain/transition-lifecycle';
import type { SeedDocument } from './features';
import { DEMO_UIDS, type DemoData } from './generate';

const SENDING = 'ic-manzoni';
const RECEIVING = 'iis-volta';
const NAI_MONTHS = 24;

const COURSES: Record<Track, string[]> = {
  liceo: ['Liceo scientifico', 'Liceo linguistico', 'Liceo delle scienze umane'],
  tecnico: [
    'Tecnico informatica e telecomunicazioni',
    'Tecnico amministrazione, finanza e marketing',
    'Tecnico elettronica ed elettrotecnica',
  ],
  professionale: ['Professionale servizi commerciali', 'Professionale enogastronomia e ospitalità'],
  iefp: [
    'IeFP operatore meccanico',
    'IeFP operatore del benessere',
    'IeFP operatore della ristorazione',
  ],
};
const INTERESTS = [
  'Informatica e videogiochi; costruisce piccoli circuiti',
  'Disegno e fumetto; lingue straniere',
  'Calcio e sport di squadra; cucina',
  'Lettura, storia; vorrebbe fare l’insegnante',
  'Meccanica; aiuta lo zio con le biciclette',
  'Cura delle persone; vorrebbe lavorare in ospedale',
];
const OUT_OF_SCHOOL = [
  'Accudisce i fratelli più piccoli nel pomeriggio',
  'Fa da interprete per i genitori negli uffici',
  'Gioca in una squadra di quartiere',
  'Frequenta il doposcuola della parrocchia',
  '',
];
const EXPECTATIONS = [
  'La famiglia desidera un diploma che dia subito un lavoro',
  'I genitori vorrebbero il liceo e poi l’università',
  'La famiglia chiede consiglio alla scuola; teme i costi dei libri',
  'La madre vorrebbe una scuola vicino a casa',
];

/** Deterministic small hash of a string, for stable choices. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
const pick = <T>(list: readonly T[], key: string): T => list[hash(key) % list.length] as T;

type Records = {
  termRecords: TermRecord[];
  l2Assessments: L2Assessment[];
  tutoringSessions: TutoringSession[];
  peerSessions: PeerSession[];
  interventions: Intervention[];
};

function recordsOf(demo: DemoData, schoolId: string, pupilId: string): Records {
  const out: Records = {
    termRecords: [],
    l2Assessments: [],
    tutoringSessions: [],
    peerSessions: [],
    interventions: [],
  };
  for (const r of demo.records) {
    if (r.schoolId !== schoolId || r.pupilId !== pupilId) continue;
    if (r.kind === 'termRecords') out.termRecords.push(r.data);
    else if (r.kind === 'l2Assessments') out.l2Assessments.push(r.data);
    else if (r.kind === 'tutoringSessions') out.tutoringSessions.push(r.data);
    else if (r.kind === 'peerSessions') out.peerSessions.push(r.data);
    else if (r.kind === 'interventions') out.interventions.push(r.data);
  }
  return out;
}

/** The track the marks suggest, as a council usually reads them. */
function trackFor(mean: number | null, key: string): Track {
  if (mean === null) return 'professionale';
  if (mean >= 7.8) return 'liceo';
  if (mean >= 7) return hash(key) % 3 === 0 ? 'liceo' : 'tecnico';
  if (mean >= 6.3) return hash(key) % 3 === 0 ? 'professionale' : 'tecnico';
  if (mean >= 5.9) return hash(key) % 3 === 0 ? 'iefp' : 'professionale';
  return hash(key) % 2 === 0 ? 'iefp' : 'professionale';
}

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

function meta(schoolId: string, pupilId: string, uid: string, when: Date) {
  return { schoolId, pupilId, createdBy: uid, createdAt: when, updatedAt: when, updatedBy: uid };
}

export function orientationDocuments(demo: DemoData): SeedDocument[] {
  const docs: SeedDocument[] = [];
  const asOf = demo.meta.asOf;
  const schoolYear = demo.meta.schoolYear;
  const author = DEMO_UIDS.teacher;

  // ---- IC Manzoni, third year: this year's records -----------------------------------------
  const third = demo.pupils
    .filter((p) => p.schoolId === SENDING && p.data.classId === '3c-sec1')
    .sort((a, b) => a.id.localeCompare(b.id));
  let steered = 0;
  for (const [i, p] of third.entries()) {
    const rec = recordsOf(demo, SENDING, p.id);
    const mean = latestMeanMark(rec.termRecords);
    const study = latestStudyLevel(rec.l2Assessments);
    const nai = isNai(p.data, asOf, NAI_MONTHS);
    const migrant = p.data.arrivalDate !== null;
    const key = p.id;
    let track = trackFor(mean, key);
    const hasAdvice = i % 5 !== 4;
    // Steered lower: good marks and Italian for study, advised a vocational track anyway
    // (the pattern Carlana et al. found); the first three such pupils with a consiglio.
    const canSteer =
      hasAdvice &&
      mean !== null &&
      mean >= 7.5 &&
      (study === null || !['PreA1', 'A1', 'A2', 'A2+'].includes(study));
    if (canSteer && steered < 3) {
      track = steered === 1 ? 'professionale' : 'iefp';
      steered += 1;
    }
    const hasReview = i % 6 !== 5;
    const home = p.data.homeLanguages[0] ?? 'it';
    const record: OrientationRecord = {
      schoolYear,
      orientationHours: [6, 8, 10, 12, 14][hash(`${key}h`) % 5] ?? 10,
      review: hasReview
        ? {
            date: at('2026-10-15'),
            languages: [
              ...(home === 'it' ? [] : [{ language: home, level: 'native' as const }]),
              { language: 'it', level: study ?? (nai ? 'A2' : 'B1') },
              { language: 'en', level: pick(['A1', 'A2', 'B1'] as const, `${key}en`) },
            ],
            strengthSubjects: [
              pick(['matematica', 'scienze', 'arte', 'tecnologia', 'inglese'] as const, `${key}s`),
            ],
            interests: pick(INTERESTS, `${key}i`),
            schoolingAbroad: migrant
              ? `${p.data.priorSchoolingYears} anni di scuola nel paese d’origine${p.data.priorSchoolingInterrupted ? ', con interruzioni' : ''}`
              : '',
            outOfSchool: pick(OUT_OF_SCHOOL, `${key}o`),
            familyExpectations: pick(EXPECTATIONS, `${key}f`),
            mediatorPresent: nai && home !== 'it',
            tutorNotes: i % 3 === 0 ? 'Colloquio di orientamento svolto con la docente tutor.' : '',
          }
        : null,
      advice: hasAdvice
        ? {
            date: at('2026-11-12'),
            interests: pick(INTERESTS, `${key}i`),
            certifications: i % 4 === 0 ? 'Certificazione KET (A2) di inglese' : '',
            recommendedTrack: track,
            recommendedCourse: pick(COURSES[track], `${key}c`),
            // Families state an intention at the colloquio; enrolments open in January.
            familyTrack: i % 3 === 0 ? (hash(`${key}fam`) % 3 === 0 ? 'tecnico' : track) : null,
            enrolledSchool: '',
            enrolledTrack: null,
          }
        : null,
      exam: nai
        ? {
            invalsiTaken: false,
            l2InsteadOfSecondLanguage: i % 2 === 0,
            pdpInForce: p.data.pdp,
            pdpInExam: false,
            italianEntryTest: i % 2 === 0,
            usedSecondLanguageHoursForL2: true,
          }
        : null,
    };
    docs.push({
      path: paths.orientationRecord(SENDING, p.id, orientationDocId(schoolYear)),
      data: { ...record, ...meta(SENDING, p.id, author, at('2026-11-12')) },
    });
  }

  // ---- IIS Volta, first year: pupils who came from Manzoni in July --------------------------
  const lastYear = schoolYearOf(at('2026-06-01'));
  const arrived = demo.pupils
    .filter((p) => p.schoolId === RECEIVING && ['1a-sec2', '1b-sec2'].includes(p.data.classId))
    .sort((a, b) => a.id.localeCompare(b.id))
    .slice(0, 3);
  const movedAt = at('2026-07-10');
  const volta = demo.schools.find((s) => s.id === RECEIVING);
  const manzoni = demo.schools.find((s) => s.id === SENDING);
  const schoolName = (id: string) => demo.schools.find((s) => s.id === id)?.data.name ?? id;
  for (const [i, p] of arrived.entries()) {
    const rec = recordsOf(demo, RECEIVING, p.id);
    const mean = latestMeanMark(rec.termRecords);
    const track: Track = i === 0 ? 'tecnico' : i === 1 ? 'professionale' : 'tecnico';
    const orientation: OrientationRecord = {
      schoolYear: lastYear,
      orientationHours: 30,
      review: null,
      advice: {
        date: at('2026-01-20'),
        interests: pick(INTERESTS, `${p.id}i`),
        certifications: '',
        recommendedTrack: trackFor(mean, p.id) === 'liceo' ? 'tecnico' : track,
        recommendedCourse: pick(COURSES.tecnico, `${p.id}c`),
        familyTrack: 'tecnico',
        enrolledSchool: `${schoolName(RECEIVING)}`,
        enrolledTrack: 'tecnico',
      },
      exam: null,
    };
    docs.push({
      path: paths.orientationRecord(RECEIVING, p.id, orientationDocId(lastYear)),
      // Moved with the pupil: the sending school's authors are stripped (see transfer.ts).
      data: {
        ...orientation,
        schoolId: RECEIVING,
        pupilId: p.id,
        createdBy: 'transferred',
        createdAt: at('2026-01-20'),
        updatedAt: movedAt,
      },
    });
    const requestId = `${SENDING}--${p.id}`;
    const confirmed = i === 2;
    const moved = confirmed ? at('2025-07-08') : movedAt;
    const transition: Transition = {
      transferRequestId: requestId,
      pupilId: p.id,
      pupilName: `${p.data.lastName} ${p.data.firstName}`,
      fromSchoolId: SENDING,
      fromSchoolName: manzoni?.data.name ?? SENDING,
      toSchoolId: RECEIVING,
      toSchoolName: volta?.data.name ?? RECEIVING,
      districtId: volta?.data.districtId ?? null,
      movedAt: moved,
      ...transitionDates(moved, volta?.data.settings.termSystem ?? 'quadrimestri'),
      status: confirmed ? 'confirmed' : 'pending',
      handover: buildHandover({
        pupil: { homeLanguages: p.data.homeLanguages, pdp: p.data.pdp },
        nai: isNai(p.data, moved, NAI_MONTHS),
        l2Assessments: rec.l2Assessments.filter((a) => a.date < moved),
        tutoringSessions: rec.tutoringSessions.filter((s) => s.date < moved),
        peerSessions: rec.peerSessions.filter((s) => s.date < moved),
        interventions: rec.interventions.filter((x) => x.start < moved),
        orientation: [orientation],
      }),
      confirmation: confirmed
        ? {
            stillEnrolled: true,
            meanMark: 6.8,
            notes: 'Frequenta con regolarità; sostegno di italiano per lo studio in corso.',
            byUid: DEMO_UIDS.voltaReferent,
            at: at('2026-02-10'),
          }
        : null,
      leftSchoolAt: null,
    };
    docs.push({ path: paths.transition(requestId), data: transition });
  }

  // ---- A pupil who left: moved in July 2025, never confirmed, enrolled nowhere ---------------
  const leftId = 'manzoni-uscito-1';
  const leftMoved = at('2025-07-09');
  const leftDates = transitionDates(leftMoved, volta?.data.settings.termSystem ?? 'quadrimestri');
  const left: Transition = {
    transferRequestId: `${SENDING}--${leftId}`,
    pupilId: leftId,
    pupilName: 'Quispe Mamani Luis',
    fromSchoolId: SENDING,
    fromSchoolName: manzoni?.data.name ?? SENDING,
    toSchoolId: RECEIVING,
    toSchoolName: volta?.data.name ?? RECEIVING,
    districtId: volta?.data.districtId ?? null,
    movedAt: leftMoved,
    ...leftDates,
    status: 'leftSchool',
    handover: {
      homeLanguages: ['es', 'qu'],
      nai: true,
      pdp: true,
      l2Levels: [{ domain: 'communication', level: 'A2', date: at('2025-05-12') }],
      whatHelped: [{ kind: 'tutoring', label: 'italiano', hours: 14, outcome: '' }],
      openInterventions: [
        {
          type: 'orientation',
          goal: 'Accompagnare l’iscrizione al professionale',
          start: at('2025-04-01'),
        },
      ],
      orientation: {
        schoolYear: '2024/25',
        orientationHours: 20,
        recommendedTrack: 'professionale',
        recommendedCourse: 'Professionale manutenzione e assistenza tecnica',
        familyTrack: 'iefp',
        enrolledSchool: schoolName(RECEIVING),
        enrolledTrack: 'professionale',
        strengthSubjects: ['matematica'],
        interests: 'Meccanica',
      },
    },
    confirmation: null,
    leftSchoolAt: new Date(leftDates.confirmBy.getTime() + 864e5),
  };
  docs.push({ path: paths.transition(left.transferRequestId), data: left });
  return docs;
}
