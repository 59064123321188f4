import type { PupilScope } from '../lib/types';

/**
 * Amina El Idrissi of class 2B (secondaria di primo grado) at school "s": coordinator "coord",
 * and the staff given, which each test names because the permissions it checks depend on them.
 */
export function pupilScope(staff: { teacherUids: string[]; assignedUids: string[] }): PupilScope {
  return {
    schoolId: 's',
    pupilId: 'p',
    pupil: {
      firstName: 'Amina',
      lastName: 'El Idrissi',
      classId: 'c',
      schoolId: 's',
      homeLanguages: ['ar'],
      assignedUids: staff.assignedUids,
    },
    schoolClass: {
      name: '2B',
      level: 'secondaria1',
      teacherUids: staff.teacherUids,
      coordinatorUid: 'coord',
    },
  };
}
