import { z } from 'zod';
import { idSchema } from './common';
import type { Language } from './messages';
import { RECORD_KINDS, type RecordKind } from './records';

/** Audit entries: who, when, what, which fields changed; never the values. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'roleGranted',
  'roleRevoked',
  'invitationSent',
  'pupilExported',
  'pupilErased',
  'transferRequested',
  'transferAccepted',
  'transferRejected',
  'transferCancelled',
  'pupilTransferredOut',
  'pupilTransferredIn',
  'flagReviewed',
  'monitoringReportFrozen',
  'referralSent',
  'referralStatusChanged',
  'referralConsentWithdrawn',
  'transitionConfirmed',
  'pupilLeftSchool',
  // services directory (issue 13): schoolId null, targetPath under districts/{d}/
  'serviceChecked',
  'serviceCapacityChanged',
  'directoryImported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * `auditLog/{entryId}`, written only by functions and read by the head's audit page. Opaque
 * ids only: the log holds no names and no values, the reader looks names up.
 */
export const auditEntrySchema = z.strictObject({
  at: z.date(),
  action: z.enum(AUDIT_ACTIONS),
  schoolId: idSchema.nullable(),
  pupilId: idSchema.nullable(),
  targetPath: z.string().min(1),
  /** The person who acted (the record's `updatedBy`/`createdBy` or the callable's caller). */
  actorUid: idSchema.nullable(),
  changedFields: z.array(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** What an audited path points at, read back from its segments. */
export type AuditTarget =
  | { kind: 'pupil'; schoolId: string; pupilId: string }
  | { kind: 'record'; schoolId: string; pupilId: string; recordKind: RecordKind }
  | { kind: 'user'; uid: string }
  | { kind: 'school'; schoolId: string }
  | { kind: 'transferRequest'; requestId: string }
  | { kind: 'other' };

/** Parses an audit entry's `targetPath` (see `paths`) into what it names. */
export function auditTarget(targetPath: string): AuditTarget {
  const s = targetPath.split('/');
  if (s[0] === 'schools' && s[1]) {
    if (s[2] === 'pupils' && s[3]) {
      if (s.length === 4) return { kind: 'pupil', schoolId: s[1], pupilId: s[3] };
      const kind = RECORD_KINDS.find((k) => k === s[4]);
      if (kind && s.length === 6) {
        return { kind: 'record', schoolId: s[1], pupilId: s[3], recordKind: kind };
      }
      return { kind: 'other' };
    }
    return s.length === 2 ? { kind: 'school', schoolId: s[1] } : { kind: 'other' };
  }
  if (s[0] === 'users' && s[1] && s.length === 2) return { kind: 'user', uid: s[1] };
  if (s[0] === 'transferRequests' && s[1] && s.length === 2) {
    return { kind: 'transferRequest', requestId: s[1] };
  }
  return { kind: 'other' };
}

type Label = Record<Language, string>;

/**
 * Names of the fields of pupils and records as the audit log shows them (`changedFields`
 * holds the schema's names). A field without a label shows its internal name.
 */
export const AUDIT_FIELD_LABELS: Record<string, Label> = {
  // pupil
  firstName: { it: 'Nome', en: 'First name' },
  lastName: { it: 'Cognome', en: 'Last name' },
  birthDate: { it: 'Data di nascita', en: 'Date of birth' },
  sex: { it: 'Sesso', en: 'Sex' },
  countryOfBirth: { it: 'Paese di nascita', en: 'Country of birth' },
  citizenships: { it: 'Cittadinanze', en: 'Citizenships' },
  homeLanguages: { it: 'Lingue parlate in famiglia', en: 'Home languages' },
  arrivalDate: { it: 'Data di arrivo in Italia', en: 'Arrival in Italy' },
  firstItalianSchoolDate: {
    it: 'Primo ingresso nella scuola italiana',
    en: 'First day in an Italian school',
  },
  priorSchoolingYears: { it: 'Anni di scolarità precedente', en: 'Years of prior schooling' },
  priorSchoolingInterrupted: { it: 'Scolarità interrotta', en: 'Schooling interrupted' },
  classId: { it: 'Classe', en: 'Class' },
  placement: { it: 'Inserimento', en: 'Placement' },
  pdp: { it: 'PDP', en: 'PDP' },
  pdpDate: { it: 'Data del PDP', en: 'PDP date' },
  codiceFiscale: { it: 'Codice fiscale', en: 'Tax code' },
  schoolPupilCode: { it: 'Codice alunno', en: 'Pupil code' },
  assignedUids: { it: 'Personale assegnato', en: 'Assigned staff' },
  // every record
  schoolId: { it: 'Scuola', en: 'School' },
  pupilId: { it: 'Alunno', en: 'Pupil' },
  createdBy: { it: 'Autore', en: 'Author' },
  createdAt: { it: 'Data di creazione', en: 'Created' },
  updatedAt: { it: 'Data di modifica', en: 'Last changed' },
  updatedBy: { it: 'Ultima modifica di', en: 'Last changed by' },
  date: { it: 'Data', en: 'Date' },
  notes: { it: 'Note', en: 'Notes' },
  // L2 assessments
  tool: { it: 'Strumento', en: 'Tool' },
  domain: { it: 'Ambito di valutazione', en: 'Domain' },
  levels: { it: 'Livelli', en: 'Levels' },
  assessorName: { it: 'Valutatore', en: 'Assessor' },
  // tutoring and peer sessions
  educatorUid: { it: 'Educatore', en: 'Educator' },
  subject: { it: 'Materia', en: 'Subject' },
  minutes: { it: 'Durata (minuti)', en: 'Minutes' },
  format: { it: 'Modalità', en: 'Format' },
  attended: { it: 'Presenza', en: 'Attended' },
  absenceReason: { it: 'Motivo dell’assenza', en: 'Reason for absence' },
  planId: { it: 'Piano degli incontri', en: 'Session plan' },
  role: { it: 'Ruolo', en: 'Role' },
  partnerPupilId: { it: 'Compagno', en: 'Partner pupil' },
  topic: { it: 'Argomento', en: 'Topic' },
  // family meetings
  participants: { it: 'Partecipanti', en: 'Participants' },
  language: { it: 'Lingua', en: 'Language' },
  mediatorNeeded: { it: 'Mediatore necessario', en: 'Mediator needed' },
  mediatorPresent: { it: 'Mediatore presente', en: 'Mediator present' },
  held: { it: 'Svolto', en: 'Held' },
  outcome: { it: 'Esito', en: 'Outcome' },
  followUp: { it: 'Seguito', en: 'Follow-up' },
  followUpDue: { it: 'Scadenza del seguito', en: 'Follow-up due' },
  // term records
  schoolYear: { it: 'Anno scolastico', en: 'School year' },
  term: { it: 'Periodo', en: 'Term' },
  lessonHours: { it: 'Ore di lezione', en: 'Lesson hours' },
  absenceHours: { it: 'Ore di assenza', en: 'Absence hours' },
  annualHours: { it: 'Monte ore annuale', en: 'Annual hours' },
  marks: { it: 'Voti', en: 'Marks' },
  conduct: { it: 'Comportamento', en: 'Conduct' },
  // interventions
  type: { it: 'Tipo', en: 'Type' },
  tier: { it: 'Livello di intervento', en: 'Tier' },
  ownerUid: { it: 'Responsabile', en: 'Owner' },
  goal: { it: 'Obiettivo', en: 'Goal' },
  start: { it: 'Inizio', en: 'Start' },
  plannedWeeks: { it: 'Settimane previste', en: 'Planned weeks' },
  checkEveryWeeks: { it: 'Verifica ogni (settimane)', en: 'Check every (weeks)' },
  status: { it: 'Stato', en: 'Status' },
};

/** A changed field's label in `language`, or its internal name when it has none. */
export function auditFieldLabel(field: string, language: Language): string {
  return AUDIT_FIELD_LABELS[field]?.[language] ?? field;
}

/** The emulator's stand-in author of every client write; never a person of the school. */
export const EMULATOR_FAKE_AUTHOR = 'fake-auth-id@gmail.com';

/**
 * Who made an audited write of a pupil or record. The written document names its author
 * (`updatedBy` when the writer sets it, else `createdBy`, kept from the creation); the
 * event's own author is used only for an end user's write whose id is a plausible uid, which
 * rules out functions and the Admin SDK (their writes are the system's, null) and the
 * emulator's fake author.
 */
export function auditActor(event: {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  authType?: string;
  authId?: string;
}): string | null {
  const doc = event.after ?? event.before ?? {};
  const named = [doc.updatedBy, doc.createdBy].find(
    (v): v is string => typeof v === 'string' && idSchema.safeParse(v).success,
  );
  const fromEvent =
    (event.authType === 'app_user' || event.authType === 'unknown') &&
    typeof event.authId === 'string' &&
    event.authId !== EMULATOR_FAKE_AUTHOR &&
    !event.authId.includes('@') &&
    idSchema.safeParse(event.authId).success
      ? event.authId
      : null;
  // An update by someone else than the author: the event knows better than `createdBy`.
  if (event.after && event.before && !('updatedBy' in event.after) && fromEvent) return fromEvent;
  return named ?? fromEvent;
}
