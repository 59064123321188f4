import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { RECORD_KINDS, type RecordKind } from '../domain';
import { recomputePupilRisk } from '../risk/recompute-pupil';

const isRecordKind = (kind: string): kind is RecordKind =>
  (RECORD_KINDS as readonly string[]).includes(kind);

/**
 * Any write to a logged record recomputes the pupil's flags. The wildcard also matches the
 * function-owned `risk` and `riskHistory` subcollections, which must not retrigger.
 */
export const onPupilRecordWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}/{kind}/{recordId}',
  async (event) => {
    const { schoolId, pupilId, kind } = event.params;
    if (!isRecordKind(kind)) return;
    await recomputePupilRisk(schoolId, pupilId);
  },
);
