import { doc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, serviceSchema, toHsds } from '@domain';
import { toDomain } from '../../functions/src/lib/firestore-data';
import { demoServiceDirectory } from '../../scripts/seed/services';
import { adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient } from '../support/client';

// importServices on the Functions emulator: the Ambito coordinator loads an HSDS file; a bad
// item refuses the whole file with an Italian message naming it and nothing is written; a
// re-import of the same file changes nothing. And the directory's audit trigger.

const RUN = Date.now().toString(36).slice(-6);
const D = `ambito-svc-${RUN}`;
const coordinator = {
  uid: `svc-district-${RUN}`,
  email: `ambito.svc.${RUN}@example.it`,
  role: 'district',
  districtId: D,
} as const;
const otherCoordinator = {
  uid: `svc-district-o-${RUN}`,
  email: `ambito.svc.o.${RUN}@example.it`,
  role: 'district',
  districtId: `${D}-other`,
} as const;
let client: Client;
let otherClient: Client;

const directory = demoServiceDirectory(new Date('2026-11-20T00:00:00Z'));
const hsds = () =>
  toHsds(directory, D) as {
    organizations: Record<string, unknown>[];
    services: Record<string, unknown>[];
  };

async function count(path: string) {
  return (await adminDb.collection(path).count().get()).data().count;
}

beforeAll(async () => {
  await adminDb.doc(paths.district(D)).set({ name: 'Ambito di prova servizi' });
  await Promise.all([createStaff(coordinator), createStaff(otherCoordinator)]);
  client = await signedInClient(coordinator.email);
  otherClient = await signedInClient(otherCoordinator.email);
});

afterAll(async () => {
  await client?.close();
  await otherClient?.close();
  await adminDb.recursiveDelete(adminDb.doc(paths.district(D)));
});

describe('importServices', () => {
  it('refuses a file with one bad service, naming it in Italian, and writes nothing', async () => {
    const file = hsds();
    const bad = file.services[7]!;
    file.services[7] = { ...bad, attributes: [] };
    const error: unknown = await client
      .call('importServices', { districtId: D, hsds: file })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'functions/invalid-argument' });
    const message = String((error as Error).message);
    expect(message).toContain('File HSDS rifiutato, nulla è stato importato.');
    expect(message).toContain(
      `services[7] «${String(bad.name)}»: categories – Indicare almeno una categoria`,
    );
    expect(await count(paths.services(D))).toBe(0);
    expect(await count(paths.organizations(D))).toBe(0);
  });

  it('refuses another Ambito’s coordinator', async () => {
    await expect(
      otherClient.call('importServices', { districtId: D, hsds: hsds() }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    expect(await count(paths.services(D))).toBe(0);
  });

  it('loads the whole directory, as the domain defines it, with an audit entry', async () => {
    const result = await client.call<{ services: number; changed: number }>('importServices', {
      districtId: D,
      hsds: hsds(),
    });
    expect(result.services).toBe(directory.services.length);
    expect(result.changed).toBe(directory.services.length + directory.organizations.length);
    expect(await count(paths.services(D))).toBe(directory.services.length);
    const first = directory.services[0]!;
    const stored = await adminDb.doc(paths.service(D, first.id)).get();
    expect(serviceSchema.parse(toDomain(stored.data()))).toEqual(first.data);
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('targetPath', '==', paths.services(D))
      .get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({ action: 'directoryImported', actorUid: coordinator.uid }),
    ]);
  });

  it('importing the same file again changes nothing', async () => {
    const result = await client.call<{ changed: number }>('importServices', {
      districtId: D,
      hsds: hsds(),
    });
    expect(result.changed).toBe(0);
  });
});

describe('directory audit', () => {
  it('"checked today" by the coordinator is audited as serviceChecked', async () => {
    const id = directory.services[1]!.id;
    await updateDoc(doc(client.db, paths.service(D, id)), {
      lastCheckedAt: new Date(),
      updatedAt: new Date(),
    });
    const entries = await waitFor(
      async () =>
        (
          await adminDb
            .collection(paths.auditLog())
            .where('targetPath', '==', paths.service(D, id))
            .where('action', '==', 'serviceChecked')
            .get()
        ).docs.map((d) => d.data()),
      (e) => e.length > 0,
    );
    // The author comes from the event (the public document names nobody): the emulator gives
    // client writes no author (EMULATOR_FAKE_AUTHOR, recorded as null), production the uid.
    expect(entries[0]).toMatchObject({
      schoolId: null,
      pupilId: null,
      actorUid: null,
      changedFields: ['lastCheckedAt'],
    });
  });
});
