import { paths } from '../domain';
import { db } from '../lib/admin';
import { logs } from '../lib/logs';
import { recomputePupilRisk } from './recompute-pupil';

const CONCURRENCY = 8;

/** Recomputes every pupil of a school, a few at a time; returns how many changed. */
export async function recomputeSchoolRisk(schoolId: string, asOf = new Date()): Promise<number> {
  const refs = await db.collection(paths.pupils(schoolId)).listDocuments();
  const ids = refs.map((r) => r.id);
  let changed = 0;
  for (let i = 0; i < ids.length; i += CONCURRENCY) {
    const outcomes = await Promise.all(
      ids.slice(i, i + CONCURRENCY).map((id) => recomputePupilRisk(schoolId, id, asOf)),
    );
    changed += outcomes.filter((o) => o.status === 'updated').length;
  }
  logs.schoolRecomputed(schoolId, ids.length, changed);
  return changed;
}
