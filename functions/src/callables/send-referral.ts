import { onCall } from 'firebase-functions/v2/https';
import {
  type L2Assessment,
  type Referral,
  type SharedSources,
  type TermRecord,
  buildSharedData,
  paths,
  referralSchema,
  referralSharedSchema,
  sendReferralInputSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { toDomain } from '../lib/firestore-data';
import { callerName } from './referral-common';

const NAME = 'sendReferral';

const MESSAGES = {
  noConsent: {
    it: 'Manca il consenso della famiglia: registra chi l’ha dato, quando e in quale lingua prima di inviare.',
    en: 'The family’s consent is missing: record who gave it, when and in which language before sending.',
  },
  pupilNotFound: {
    it: 'Alunno non trovato, o non fa parte delle tue classi.',
    en: 'Pupil not found, or not in your classes.',
  },
  serviceNotFound: {
    it: 'Servizio non trovato nell’elenco dei servizi dell’Ambito.',
    en: 'Service not found in the Ambito’s directory.',
  },
  serviceInactive: {
    it: 'Il servizio non è attivo: scegline un altro dall’elenco dell’Ambito.',
    en: 'The service is not active: choose another from the Ambito’s directory.',
  },
  notTakingReferrals: {
    it: 'Il servizio al momento non accetta invii (posti esauriti): scegline un altro o riprova più tardi.',
    en: 'The service is not taking referrals at the moment (no capacity): choose another or try later.',
  },
  meetingNotFound: {
    it: 'Il colloquio con la famiglia indicato non esiste per questo alunno.',
    en: 'The family meeting given does not exist for this pupil.',
  },
} as const;

type Data = Record<string, unknown>;

/**
 * The school sends a referral to a service of its Ambito: the referent or the head for any
 * pupil, a coordinator for the pupils of their class. Refused without the family's consent,
 * with a past deadline (the input schema), or to a service that is not active or not taking
 * referrals. The referral, the copy of the ticked fields only and the audit entry are written
 * in one transaction: a refusal writes nothing.
 */
export const sendReferral = onCall(async (request) => {
  const caller = await requireCaller(request, ['referent', 'head', 'coordinator'], NAME);
  const input = parseInput(sendReferralInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  if (!input.consent) refuse('failed-precondition', MESSAGES.noConsent, NAME, caller.uid);
  const consent = input.consent;
  const byName = await callerName(caller.uid);

  return db.runTransaction(async (tx) => {
    const pupilRef = db.doc(paths.pupil(input.schoolId, input.pupilId));
    const [pupilSnap, schoolSnap] = await Promise.all([
      tx.get(pupilRef),
      tx.get(db.doc(paths.school(input.schoolId))),
    ]);
    if (!pupilSnap.exists) refuse('not-found', MESSAGES.pupilNotFound, NAME, caller.uid);
    const pupil = toDomain(pupilSnap.data()) as Data;
    const classId = String(pupil.classId);
    const classSnap = await tx.get(db.doc(paths.schoolClass(input.schoolId, classId)));
    if (caller.role === 'coordinator' && classSnap.get('coordinatorUid') !== caller.uid) {
      refuse('permission-denied', MESSAGES.pupilNotFound, NAME, caller.uid);
    }
    const districtId: unknown = schoolSnap.get('districtId');
    if (typeof districtId !== 'string' || !districtId) {
      refuse('not-found', MESSAGES.serviceNotFound, NAME, caller.uid);
    }
    const serviceSnap = await tx.get(db.doc(paths.service(districtId, input.serviceId)));
    if (!serviceSnap.exists) refuse('not-found', MESSAGES.serviceNotFound, NAME, caller.uid);
    if (serviceSnap.get('status') !== 'active') {
      refuse('failed-precondition', MESSAGES.serviceInactive, NAME, caller.uid);
    }
    if (serviceSnap.get('acceptingReferrals') !== true) {
      refuse('failed-precondition', MESSAGES.notTakingReferrals, NAME, caller.uid);
    }
    if (input.familyMeetingId) {
      const meeting = await tx.get(
        db.doc(
          `${paths.records(input.schoolId, input.pupilId, 'familyMeetings')}/${input.familyMeetingId}`,
        ),
      );
      if (!meeting.exists) refuse('not-found', MESSAGES.meetingNotFound, NAME, caller.uid);
    }

    const ticked = new Set(input.sharedFields);
    const records = async (kind: 'l2Assessments' | 'termRecords') =>
      ticked.has(kind === 'l2Assessments' ? 'l2Level' : 'attendance')
        ? (
            await tx.get(db.collection(paths.records(input.schoolId, input.pupilId, kind)))
          ).docs.map((d) => toDomain(d.data()) as Data)
        : [];
    const [l2, terms] = [await records('l2Assessments'), await records('termRecords')];
    const needSnap = ticked.has('needLevel')
      ? await tx.get(db.doc(paths.needCurrent(input.schoolId, input.pupilId)))
      : null;
    const sources: SharedSources = {
      pupil: {
        firstName: String(pupil.firstName),
        lastName: String(pupil.lastName),
        birthDate: pupil.birthDate as Date,
        homeLanguages: (pupil.homeLanguages as string[] | undefined) ?? [],
        countryOfBirth: String(pupil.countryOfBirth ?? ''),
        arrivalDate: (pupil.arrivalDate as Date | null | undefined) ?? null,
      },
      className: String(classSnap.get('name') ?? ''),
      familyContact: input.familyContact,
      l2Assessments: l2 as unknown as L2Assessment[],
      termRecords: terms as unknown as TermRecord[],
      need: needSnap?.exists
        ? {
            level: needSnap.get('level') as 'green' | 'amber' | 'red',
            flagCodes: (needSnap.get('flagCodes') as string[] | undefined) ?? [],
          }
        : null,
    };
    const shared = referralSharedSchema.parse(buildSharedData(input.sharedFields, sources));

    const now = new Date();
    const categories = serviceSnap.get('categories') as string[] | undefined;
    const referral: Referral = referralSchema.parse({
      origin: 'school',
      schoolId: input.schoolId,
      schoolName: String(schoolSnap.get('name') ?? input.schoolId),
      districtId,
      pupilId: input.pupilId,
      classId,
      serviceId: input.serviceId,
      serviceName: String(serviceSnap.get('name')),
      organizationId: String(serviceSnap.get('organizationId')),
      category: categories?.[0] ?? 'progetti-locali',
      reason: input.reason,
      urgency: input.urgency,
      request: input.request,
      sharedFields: [...ticked],
      consent: { ...consent, withdrawnAt: null },
      dueDate: input.dueDate,
      status: 'requested',
      history: [{ status: 'requested', at: now, byUid: caller.uid, byName, reason: '' }],
      outcome: null,
      respondedAt: null,
      familyMeetingId: input.familyMeetingId,
      parentReferralId: null,
      createdBy: caller.uid,
      createdByName: byName,
      createdAt: now,
      updatedAt: now,
    } satisfies Referral);

    const ref = db.collection(paths.referrals()).doc();
    tx.set(ref, referral);
    tx.set(db.doc(paths.referralShared(ref.id)), shared);
    auditIn(tx, {
      at: now,
      action: 'referralSent',
      schoolId: input.schoolId,
      pupilId: input.pupilId,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: ['status', ...[...ticked].map((f) => `shared.${f}`)],
    });
    return { referralId: ref.id };
  });
});
