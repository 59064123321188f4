import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { canonicalJson } from '../domain';
import { recomputeSchoolRisk } from '../risk/recompute-school';

/** A head changing the school's thresholds, NAI span or terms recomputes the whole school. */
export const onSchoolUpdated = onDocumentUpdated(
  { document: 'schools/{schoolId}', timeoutSeconds: 540, memory: '512MiB' },
  async (event) => {
    const before = event.data?.before.get('settings');
    const after = event.data?.after.get('settings');
    if (canonicalJson(before) === canonicalJson(after)) return;
    await recomputeSchoolRisk(event.params.schoolId);
  },
);
