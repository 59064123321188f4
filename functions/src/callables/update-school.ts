import { onCall } from 'firebase-functions/v2/https';
import { canonicalJson, paths, updateSchoolInputSchema } from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { assertCodeFree, assertDistrictExists } from '../lib/schools';

const NAME = 'updateSchool';

/**
 * The admin corrects a school (name, code, kind, city, Ambito, settings). Same checks as
 * `createSchool`; the audit entry names the fields that changed. A settings change recomputes
 * the school's risk through onSchoolUpdated, as the head's own changes do.
 */
export const updateSchool = onCall(async (request) => {
  const caller = await requireCaller(request, ['admin'], NAME);
  const { schoolId, school } = parseInput(updateSchoolInputSchema, request.data);
  return db.runTransaction(async (tx) => {
    const ref = db.doc(paths.school(schoolId));
    const current = await tx.get(ref);
    if (!current.exists) {
      refuse('not-found', { it: 'Scuola non trovata.', en: 'School not found.' }, NAME, caller.uid);
    }
    await assertDistrictExists(tx, school.districtId, NAME, caller.uid);
    await assertCodeFree(tx, school.code, schoolId, NAME, caller.uid);
    const before = current.data() ?? {};
    const changedFields = (Object.keys(school) as (keyof typeof school)[])
      .filter((key) => canonicalJson(before[key]) !== canonicalJson(school[key]))
      .sort();
    tx.set(ref, school);
    if (changedFields.length > 0) {
      auditIn(tx, {
        at: new Date(),
        action: 'update',
        schoolId,
        pupilId: null,
        targetPath: ref.path,
        actorUid: caller.uid,
        changedFields,
      });
    }
    return { schoolId, changedFields };
  });
});
