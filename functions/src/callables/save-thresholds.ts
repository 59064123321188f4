import { onCall } from 'firebase-functions/v2/https';
import {
  type Calibration,
  RISK_ENGINE_VERSION,
  calibrationPaths,
  paths,
  riskThresholdsSchema,
  saveThresholdsInputSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { parseStored } from '../lib/firestore-data';

const NAME = 'saveThresholds';

/**
 * The head saves a threshold set chosen on last year's file as the school's. One transaction
 * replaces `settings.thresholds` and keeps the calibration (the set, the one it replaced, the
 * figures it reached, who and when); the settings change then recomputes the whole school
 * (onSchoolUpdated). The figures come from the browser, which alone reads the file.
 */
export const saveThresholds = onCall(async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const input = parseInput(saveThresholdsInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  const byName = (await db.doc(paths.user(caller.uid)).get()).get('displayName') ?? caller.uid;

  return db.runTransaction(async (tx) => {
    const schoolRef = db.doc(paths.school(input.schoolId));
    const school = await tx.get(schoolRef);
    if (!school.exists) {
      refuse('not-found', { it: 'Scuola non trovata.', en: 'School not found.' }, NAME, caller.uid);
    }
    const previousThresholds = parseStored(
      riskThresholdsSchema,
      `${schoolRef.path}#settings.thresholds`,
      school.get('settings.thresholds'),
    );
    const at = new Date();
    const calibrationRef = db.collection(calibrationPaths.calibrations(input.schoolId)).doc();
    tx.update(schoolRef, { 'settings.thresholds': input.thresholds });
    tx.create(calibrationRef, {
      thresholds: input.thresholds,
      previousThresholds,
      figures: input.figures,
      fileRows: input.fileRows,
      byUid: caller.uid,
      byName: String(byName),
      at,
      engineVersion: RISK_ENGINE_VERSION,
    } satisfies Calibration);
    auditIn(tx, {
      at,
      action: 'update',
      schoolId: input.schoolId,
      pupilId: null,
      targetPath: schoolRef.path,
      actorUid: caller.uid,
      changedFields: ['settings.thresholds'],
    });
    auditIn(tx, {
      at,
      action: 'create',
      schoolId: input.schoolId,
      pupilId: null,
      targetPath: calibrationRef.path,
      actorUid: caller.uid,
      changedFields: ['thresholds', 'figures'],
    });
    return { calibrationId: calibrationRef.id };
  });
});
