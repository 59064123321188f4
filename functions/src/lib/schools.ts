import type { Transaction } from 'firebase-admin/firestore';
import { paths } from '../domain';
import { db } from './admin';
import { refuse } from './callable';

// Checks shared by createSchool and updateSchool, read inside their transaction so two admins
// cannot both give one code to two schools.

/** Refuses a school whose Ambito is not in `districts/`. */
export async function assertDistrictExists(
  tx: Transaction,
  districtId: string,
  name: string,
  uid: string,
): Promise<void> {
  const district = await tx.get(db.doc(paths.district(districtId)));
  if (!district.exists) {
    refuse(
      'failed-precondition',
      {
        it: 'Ambito non trovato: sceglilo dall’elenco.',
        en: 'Ambito not found: pick it from the list.',
      },
      name,
      uid,
    );
  }
}

/** Refuses a codice meccanografico that another school (not `ownId`) already has. */
export async function assertCodeFree(
  tx: Transaction,
  code: string,
  ownId: string | null,
  name: string,
  uid: string,
): Promise<void> {
  const same = await tx.get(db.collection(paths.schools()).where('code', '==', code).limit(2));
  if (same.docs.some((d) => d.id !== ownId)) {
    refuse(
      'failed-precondition',
      {
        it: `Esiste già una scuola con il codice meccanografico ${code}.`,
        en: `A school with the code ${code} already exists.`,
      },
      name,
      uid,
    );
  }
}
