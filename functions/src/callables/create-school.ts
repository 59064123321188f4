import { onCall } from 'firebase-functions/v2/https';
import { type School, createSchoolInputSchema, paths } from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { parseInput, requireCaller } from '../lib/callable';
import { assertDistrictExists, assertCodeFree } from '../lib/schools';

const NAME = 'createSchool';

/**
 * The admin opens a school. A callable rather than a rules write because two things need the
 * server: the codice meccanografico must be unique (the rules cannot query), and the school's
 * creation is audited in the same transaction. The new school's id is returned so its head can
 * be invited next (`inviteStaff`).
 */
export const createSchool = onCall(async (request) => {
  const caller = await requireCaller(request, ['admin'], NAME);
  const school: School = parseInput(createSchoolInputSchema, request.data);
  return db.runTransaction(async (tx) => {
    await assertDistrictExists(tx, school.districtId, NAME, caller.uid);
    await assertCodeFree(tx, school.code, null, NAME, caller.uid);
    const ref = db.collection(paths.schools()).doc();
    tx.create(ref, school);
    auditIn(tx, {
      at: new Date(),
      action: 'create',
      schoolId: ref.id,
      pupilId: null,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: Object.keys(school).sort(),
    });
    return { schoolId: ref.id };
  });
});
