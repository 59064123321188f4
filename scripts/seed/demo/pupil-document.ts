/** A demo pupil's document, as written to Firestore. */
import { copy } from './calendar';
import type { Draft } from './draft';
import type { DemoData } from './types';

const assignedOrder = (d: Draft) =>
  [d.staff.l2teacher, d.staff.educator, d.staff.mediator].filter(
    (u): u is string => u !== null && d.assigned.has(u),
  );

export function pupilDocument(d: Draft): DemoData['pupils'][number] {
  const updatedAt = d.pdpDate && d.pdpDate > d.createdAt ? copy(d.pdpDate) : copy(d.createdAt);
  return {
    schoolId: d.cls.schoolId,
    id: d.id,
    data: {
      firstName: d.firstName,
      lastName: d.lastName,
      birthDate: copy(d.birthDate),
      sex: d.sex,
      countryOfBirth: d.arrival === 'bornIT' ? 'IT' : d.country.code,
      citizenships: [...d.citizenships],
      homeLanguages: [...d.homeLanguages],
      arrivalDate: d.arrivalDate ? copy(d.arrivalDate) : null,
      firstItalianSchoolDate: copy(d.first),
      priorSchoolingYears: d.priorSchoolingYears,
      priorSchoolingInterrupted: d.priorSchoolingInterrupted,
      classId: d.cls.id,
      placement: d.placement,
      pdp: d.pdp,
      pdpDate: d.pdpDate ? copy(d.pdpDate) : null,
      codiceFiscale: d.codiceFiscale,
      schoolPupilCode: d.schoolPupilCode,
      notes: d.notes,
      schoolId: d.cls.schoolId,
      assignedUids: assignedOrder(d),
      createdBy: d.staff.referent,
      createdAt: copy(d.createdAt),
      updatedAt,
    },
  };
}
