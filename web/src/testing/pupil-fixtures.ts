import { pupilSchema, schoolClassSchema, type Pupil, type SchoolClass } from '@domain';
import type { ClassRecord, PupilRecord } from '@/features/pupils/lib/types';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A valid pupil (checked against the domain schema) with the given changes. */
export function makePupil(id: string, overrides: Partial<Pupil> = {}): PupilRecord {
  const pupil = pupilSchema.parse({
    firstName: 'Amina',
    lastName: 'El Idrissi',
    birthDate: day('2012-03-15'),
    sex: 'F',
    countryOfBirth: 'MA',
    citizenships: ['MA'],
    homeLanguages: ['ar', 'fr'],
    arrivalDate: day('2023-09-04'),
    firstItalianSchoolDate: day('2023-09-18'),
    priorSchoolingYears: 5,
    priorSchoolingInterrupted: false,
    classId: 'c-2b',
    placement: 'oneYearLower',
    pdp: true,
    pdpDate: day('2023-11-20'),
    codiceFiscale: 'LDRMNA12C55Z330X',
    schoolPupilCode: '',
    notes: '',
    schoolId: 'school-1',
    assignedUids: [],
    createdBy: 'u-referent',
    createdAt: day('2023-09-18'),
    updatedAt: day('2023-09-18'),
    ...overrides,
  });
  return { ...pupil, id };
}

/** A valid class of a secondaria di I grado. */
export function makeClass(id: string, name: string): ClassRecord {
  const schoolClass: SchoolClass = schoolClassSchema.parse({
    name,
    level: 'secondaria1',
    year: Number(name.slice(0, 1)),
    section: name.slice(1),
    site: 'Plesso Manzoni',
    schoolYear: '2025/26',
    teacherUids: ['u-teacher'],
    coordinatorUid: null,
  });
  return { ...schoolClass, id };
}

export { day };
