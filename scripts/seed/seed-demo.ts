/**
 * The demo as a user meets it, ready at once: written with the Functions emulator's background
 * triggers paused, then every pupil's risk and every dashboard aggregate computed once with the
 * functions' own code, then the triggers resumed.
 *
 * Why: with the triggers live, the ~2,300 seeded documents fire ~5,000 trigger runs (risk,
 * audit, class, school and Ambito aggregates) that kept a 2-core machine busy for minutes, so a
 * fresh `npm start` showed empty dashboards and the e2e suite raced the triggers. The result is
 * the same documents the triggers write, and the audit log gets the "create" entry the audit
 * trigger writes for each seeded pupil and record (author and time from the document's
 * createdBy / createdAt; fixed ids, so a re-seed writes them again instead of twice). Without a
 * Functions emulator (the hub answers 400) there is nothing to pause and the computation still
 * runs.
 *
 * The Admin app the functions use ("the first app") must exist before this module is called.
 */
import type { Firestore } from 'firebase-admin/firestore';
// File by file, not the barrel: see the note in generate.ts.
import type { AuditEntry } from '../../functions/src/domain/audit';
import { paths } from '../../functions/src/domain/paths';
import type { DemoData } from './generate';
import { type WriteDeps, writeDemo } from './write';

/** `host:port` of the emulator hub: set by `firebase emulators:exec`, else firebase.json's. */
function hubHost(): string {
  return process.env.FIREBASE_EMULATOR_HUB ?? '127.0.0.1:4400';
}

async function setTriggers(enabled: boolean): Promise<boolean> {
  const path = enabled ? 'enableBackgroundTriggers' : 'disableBackgroundTriggers';
  try {
    const res = await fetch(`http://${hubHost()}/functions/${path}`, { method: 'PUT' });
    return res.ok;
  } catch {
    return false; // no hub (Firestore and Auth started on their own): nothing to pause
  }
}

type Audited = { path: string; schoolId: string; pupilId: string; data: object };

/** The entry the audit trigger writes when a document is created (see on-pupil-data-written). */
export function creationEntry({ path, schoolId, pupilId, data }: Audited): AuditEntry {
  const fields = data as { createdBy?: unknown; createdAt?: unknown };
  return {
    at: fields.createdAt instanceof Date ? fields.createdAt : new Date(0),
    action: 'create',
    schoolId,
    pupilId,
    targetPath: path,
    actorUid: typeof fields.createdBy === 'string' ? fields.createdBy : null,
    changedFields: Object.keys(data)
      .filter((k) => k !== 'updatedAt')
      .sort(),
  };
}

async function writeCreationAudit(firestore: Firestore, data: DemoData): Promise<number> {
  const audited: Audited[] = [
    ...data.pupils.map((p) => ({
      path: paths.pupil(p.schoolId, p.id),
      schoolId: p.schoolId,
      pupilId: p.id,
      data: p.data,
    })),
    ...data.records.map((r) => ({
      path: `${paths.records(r.schoolId, r.pupilId, r.kind)}/${r.id}`,
      schoolId: r.schoolId,
      pupilId: r.pupilId,
      data: r.data,
    })),
  ];
  const writer = firestore.bulkWriter();
  for (const item of audited) {
    const id = `seed-${item.path.replaceAll('/', '~')}`;
    void writer.set(firestore.collection(paths.auditLog()).doc(id), creationEntry(item));
  }
  await writer.close();
  return audited.length;
}

/** Runs `work` with stdout muted: the functions' logger prints a line per recomputed class. */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

export async function seedDemo(
  data: DemoData,
  deps: WriteDeps,
): Promise<{ docs: number; users: number; triggersPaused: boolean }> {
  const paused = await setTriggers(false);
  try {
    const written = await writeDemo(data, deps);
    const audited = await writeCreationAudit(deps.firestore, data);
    // Loaded here, after the caller's default Admin app exists (the functions' modules take it).
    const { recomputeAllStats } = await import('../../functions/src/stats/recompute-stats');
    await quietly(() => recomputeAllStats({ risk: true }));
    const { computeDemoMonitoring } = await import('./monitoring');
    await quietly(() => computeDemoMonitoring(data));
    const { recomputeAllOrientationStats } =
      await import('../../functions/src/stats/orientation-stats');
    await quietly(() => recomputeAllOrientationStats(data.meta.asOf));
    const { computeDemoReferralStats } = await import('./referrals');
    await quietly(() => computeDemoReferralStats());
    return { ...written, docs: written.docs + audited, triggersPaused: paused };
  } finally {
    if (paused) await setTriggers(true);
  }
}
