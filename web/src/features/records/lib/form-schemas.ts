import { z } from 'zod';
import {
  L2_SKILLS,
  familyMeetingSchema,
  interventionSchema,
  l2AssessmentSchema,
  peerSessionSchema,
  tutoringSessionSchema,
  type L2Skill,
} from '@domain';
import { dateToInput, inputToDate, parseNumberInput, todayInput } from './form-values';
import type { CrossCheck } from './resolver';
import type { RecordDataByKind } from './types';

// Forms hold what inputs hold (text); each form schema turns it into the domain record and
// then validates it with the domain schema itself, so a form accepts exactly what the
// domain, and the rules mirroring it, accept. Form fields are named after the domain paths,
// so the domain's error paths land next to the right field. The term record's form, which
// also turns marks as typed into numbers, is in term-form-schema.ts.

const str = z.string();
const bool = z.enum(['true', 'false']);

// ---- L2 assessment ----------------------------------------------------------------------

export type L2FormValues = {
  date: string;
  tool: string;
  domain: string;
  levels: Record<L2Skill, string>;
  assessorName: string;
  notes: string;
};

export const l2FormSchema = z
  .object({
    date: str,
    tool: str,
    domain: str,
    levels: z.object({
      ascolto: str,
      lettura: str,
      parlato: str,
      interazione: str,
      scrittura: str,
    }),
    assessorName: str,
    notes: str,
  })
  .transform((v): unknown => ({ ...v, date: inputToDate(v.date) }))
  .pipe(l2AssessmentSchema);

export function l2ToForm(record: RecordDataByKind['l2Assessments'] | null, assessor: string) {
  const emptyLevels = Object.fromEntries(L2_SKILLS.map((s) => [s, ''])) as Record<L2Skill, string>;
  return {
    // New records default to today: most are logged on the day they happen.
    date: record ? dateToInput(record.date) : todayInput(),
    tool: record?.tool ?? '',
    domain: record?.domain ?? 'communication',
    levels: record ? { ...record.levels } : emptyLevels,
    assessorName: record?.assessorName ?? assessor,
    notes: record?.notes ?? '',
  } satisfies L2FormValues;
}

// ---- tutoring session -------------------------------------------------------------------

export type TutoringFormValues = {
  date: string;
  subject: string;
  minutes: string;
  format: string;
  attended: 'true' | 'false';
  absenceReason: string;
  notes: string;
};

/** `educatorUid` and `planId` are not typed: they come from the author or the plan. */
export function tutoringFormSchema(fixed: { educatorUid: string; planId: string | null }) {
  return z
    .object({
      date: str,
      subject: str,
      minutes: str,
      format: str,
      attended: bool,
      absenceReason: str,
      notes: str,
    })
    .transform((v): unknown => ({
      ...v,
      ...fixed,
      date: inputToDate(v.date),
      minutes: parseNumberInput(v.minutes),
      attended: v.attended === 'true',
      // A reason typed and then the pupil marked present is not kept: it would mislead.
      absenceReason: v.attended === 'true' ? '' : v.absenceReason,
    }))
    .pipe(tutoringSessionSchema);
}

/** The domain's refinement (absent needs a reason), re-run so it shows with other errors. */
export const tutoringCrossChecks: CrossCheck<TutoringFormValues>[] = [
  (v) =>
    v.attended === 'false' && v.absenceReason.trim() === ''
      ? { path: 'absenceReason', message: 'validation.reasonRequired' }
      : null,
];

export function tutoringToForm(
  record: RecordDataByKind['tutoringSessions'] | null,
): TutoringFormValues {
  return {
    // New records default to today: most are logged on the day they happen.
    date: record ? dateToInput(record.date) : todayInput(),
    subject: record?.subject ?? '',
    minutes: record ? String(record.minutes) : '60',
    format: record?.format ?? 'individual',
    attended: record && !record.attended ? 'false' : 'true',
    absenceReason: record?.absenceReason ?? '',
    notes: record?.notes ?? '',
  };
}

// ---- peer-education session ---------------------------------------------------------------

export type PeerFormValues = {
  date: string;
  role: string;
  partnerPupilId: string;
  topic: string;
  attended: 'true' | 'false';
  notes: string;
};

export const peerFormSchema = z
  .object({ date: str, role: str, partnerPupilId: str, topic: str, attended: bool, notes: str })
  .transform((v): unknown => ({ ...v, date: inputToDate(v.date), attended: v.attended === 'true' }))
  .pipe(peerSessionSchema);

export function peerToForm(record: RecordDataByKind['peerSessions'] | null): PeerFormValues {
  return {
    // New records default to today: most are logged on the day they happen.
    date: record ? dateToInput(record.date) : todayInput(),
    role: record?.role ?? 'tutee',
    partnerPupilId: record?.partnerPupilId ?? '',
    topic: record?.topic ?? '',
    attended: record && !record.attended ? 'false' : 'true',
    notes: record?.notes ?? '',
  };
}

// ---- family meeting -----------------------------------------------------------------------

export type FamilyFormValues = {
  date: string;
  participants: string[];
  language: string;
  mediatorNeeded: boolean;
  mediatorPresent: boolean;
  held: 'true' | 'false';
  outcome: string;
  followUp: string;
  followUpDue: string;
  notes: string;
};

export const familyFormSchema = z
  .object({
    date: str,
    participants: z.array(str),
    language: str,
    mediatorNeeded: z.boolean(),
    mediatorPresent: z.boolean(),
    held: bool,
    outcome: str,
    followUp: str,
    followUpDue: str,
    notes: str,
  })
  .transform((v): unknown => {
    const held = v.held === 'true';
    return {
      ...v,
      date: inputToDate(v.date),
      held,
      // A missed meeting has no outcome.
      outcome: held && v.outcome !== '' ? v.outcome : null,
      followUpDue: v.followUpDue === '' ? null : inputToDate(v.followUpDue),
    };
  })
  .pipe(familyMeetingSchema);

export function familyToForm(
  record: RecordDataByKind['familyMeetings'] | null,
  defaultLanguage: string,
): FamilyFormValues {
  return {
    // New records default to today: most are logged on the day they happen.
    date: record ? dateToInput(record.date) : todayInput(),
    participants: record ? [...record.participants] : [],
    language: record?.language ?? defaultLanguage,
    mediatorNeeded: record?.mediatorNeeded ?? false,
    mediatorPresent: record?.mediatorPresent ?? false,
    held: record && !record.held ? 'false' : 'true',
    outcome: record?.outcome ?? '',
    followUp: record?.followUp ?? '',
    followUpDue: dateToInput(record?.followUpDue),
    notes: record?.notes ?? '',
  };
}

// ---- intervention -------------------------------------------------------------------------

export type InterventionFormValues = {
  type: string;
  tier: string;
  ownerUid: string;
  goal: string;
  start: string;
  plannedWeeks: string;
  checkEveryWeeks: string;
  status: string;
  outcome: string;
};

export const interventionFormSchema = z
  .object({
    type: str,
    tier: str,
    ownerUid: str,
    goal: str,
    start: str,
    plannedWeeks: str,
    checkEveryWeeks: str,
    status: str,
    outcome: str,
  })
  .transform((v): unknown => ({
    ...v,
    tier: parseNumberInput(v.tier),
    start: inputToDate(v.start),
    plannedWeeks: parseNumberInput(v.plannedWeeks),
    checkEveryWeeks: parseNumberInput(v.checkEveryWeeks),
  }))
  .pipe(interventionSchema);

export function interventionToForm(
  record: RecordDataByKind['interventions'] | null,
  ownerUid: string,
): InterventionFormValues {
  return {
    type: record?.type ?? '',
    tier: String(record?.tier ?? 2),
    ownerUid: record?.ownerUid ?? ownerUid,
    goal: record?.goal ?? '',
    start: record ? dateToInput(record.start) : todayInput(),
    plannedWeeks: String(record?.plannedWeeks ?? 8),
    checkEveryWeeks: String(record?.checkEveryWeeks ?? 2),
    status: record?.status ?? 'planned',
    outcome: record?.outcome ?? '',
  };
}
