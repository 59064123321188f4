import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { makeClass, makePupil } from '../fixtures/entities';
import { adminDb, waitFor } from '../support/admin';

// The real trigger in the Functions emulator, fired by Admin SDK writes.

const SCHOOL = `school-count-${Date.now()}`;
const classRef = (id: string) => adminDb.doc(paths.schoolClass(SCHOOL, id));
const pupilRef = (id: string) => adminDb.doc(paths.pupil(SCHOOL, id));
const pupilCount = (id: string) => async () => (await classRef(id).get()).get('pupilCount');

afterAll(async () => {
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
});

describe('onPupilWritten keeps the class pupil count', () => {
  it('counts new pupils, follows a class change and a deletion', async () => {
    await classRef('c1').set(makeClass());
    await classRef('c2').set(makeClass({ name: '3A', year: 3, section: 'A' }));
    await Promise.all(
      ['p1', 'p2', 'p3'].map((id) =>
        pupilRef(id).set(makePupil({ schoolId: SCHOOL, classId: 'c1' })),
      ),
    );
    expect(await waitFor(pupilCount('c1'), (n) => n === 3)).toBe(3);

    await pupilRef('p3').update({ classId: 'c2' });
    expect(await waitFor(pupilCount('c2'), (n) => n === 1)).toBe(1);
    expect(await waitFor(pupilCount('c1'), (n) => n === 2)).toBe(2);

    await pupilRef('p1').delete();
    expect(await waitFor(pupilCount('c1'), (n) => n === 1)).toBe(1);
  });

  it('leaves the count alone when a pupil changes but stays in the class', async () => {
    await classRef('c3').set(makeClass({ name: '1A', year: 1, section: 'A' }));
    await pupilRef('p4').set(makePupil({ schoolId: SCHOOL, classId: 'c3' }));
    expect(await waitFor(pupilCount('c3'), (n) => n === 1)).toBe(1);
    // A wrong count planted by hand stays wrong until a membership change: proves the trigger
    // skips edits that do not move the pupil, and then recounts from scratch when one does.
    await classRef('c3').update({ pupilCount: 7 });
    await pupilRef('p4').update({ notes: 'Colloquio con la famiglia fissato' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await pupilCount('c3')()).toBe(7);
    await pupilRef('p5').set(makePupil({ schoolId: SCHOOL, classId: 'c3' }));
    expect(await waitFor(pupilCount('c3'), (n) => n === 2)).toBe(2);
  });
});
