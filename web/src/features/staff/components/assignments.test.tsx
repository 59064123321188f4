import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeClass, makePupil } from '@/testing/pupil-fixtures';
import { staffMember } from '@/testing/staff-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { ClassStaffInput } from '../api/update-class-staff';
import type { PupilAssignmentsInput } from '../api/update-pupil-assignments';
import { AuditTable } from './audit-log';
import { ClassAssignments } from './class-assignments';
import { PupilAssignments } from './pupil-assignments';

const member = staffMember;

const staff = [
  member('u-teacher', 'Laura Bianchi', 'teacher'),
  member('u-coord', 'Paolo Galli', 'coordinator'),
  member('u-l2', 'Marco Ferri', 'l2teacher'),
  member('u-edu', 'Giulia Colombo', 'educator'),
  member('u-head', 'Francesca Rinaldi', 'head'),
];

describe('ClassAssignments', () => {
  it('saves the chosen teachers and coordinator of a class', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_input: ClassStaffInput) => Promise.resolve());
    renderWithProviders(
      <ClassAssignments
        schoolId="school-1"
        classes={[makeClass('c-2b', '2B')]}
        staff={staff}
        onSave={onSave}
      />,
    );
    expect(screen.getByRole('row', { name: /2B/ })).toHaveTextContent('Laura Bianchi');
    await user.click(screen.getByRole('button', { name: 'Modifica docenti della classe 2B' }));
    const teachers = screen.getByRole('group', { name: 'Docenti della classe 2B' });
    // Only teaching roles are offered; the head and the educator are not.
    expect(
      within(teachers)
        .getAllByRole('checkbox')
        .map((c) => c.id),
    ).toEqual([
      'class-c-2b-teacher-u-teacher',
      'class-c-2b-teacher-u-coord',
      'class-c-2b-teacher-u-l2',
    ]);
    await user.click(within(teachers).getByLabelText(/Marco Ferri/));
    await user.selectOptions(screen.getByLabelText('Coordinatore della classe 2B'), 'u-coord');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(onSave).toHaveBeenCalledWith({
      schoolId: 'school-1',
      classId: 'c-2b',
      teacherUids: ['u-teacher', 'u-l2'],
      coordinatorUid: 'u-coord',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Modifiche salvate.');
  });
});

describe('PupilAssignments', () => {
  it('assigns L2 teachers, educators and mediators to a pupil of the chosen class', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_input: PupilAssignmentsInput) => Promise.resolve());
    renderWithProviders(
      <PupilAssignments
        schoolId="school-1"
        classes={[makeClass('c-2b', '2B')]}
        pupils={[makePupil('p-1')]}
        staff={staff}
        onSave={onSave}
      />,
    );
    await user.selectOptions(screen.getByLabelText('Classe'), 'c-2b');
    await user.click(
      screen.getByRole('button', { name: 'Modifica le persone assegnate a El Idrissi Amina' }),
    );
    const group = screen.getByRole('group', { name: 'Persone assegnate a El Idrissi Amina' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
    await user.click(within(group).getByLabelText(/Giulia Colombo/));
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(onSave).toHaveBeenCalledWith({
      schoolId: 'school-1',
      pupilId: 'p-1',
      assignedUids: ['u-edu'],
    });
  });
});

describe('AuditTable', () => {
  it('names staff, pupils, fields and documents in Italian, and the system for automatic writes', () => {
    renderWithProviders(
      <AuditTable
        staff={staff}
        pupils={[makePupil('p-1')]}
        entries={[
          {
            id: 'a1',
            at: new Date('2026-11-20T10:00:00Z'),
            action: 'update',
            schoolId: 'school-1',
            pupilId: 'p-1',
            targetPath: 'schools/school-1/pupils/p-1',
            actorUid: 'u-head',
            changedFields: ['assignedUids'],
          },
          {
            id: 'a3',
            at: new Date('2026-11-20T09:00:00Z'),
            action: 'create',
            schoolId: 'school-1',
            pupilId: 'p-1',
            targetPath: 'schools/school-1/pupils/p-1/familyMeetings/r1',
            actorUid: 'u-head',
            changedFields: ['followUp', 'mediatorPresent'],
          },
          {
            id: 'a2',
            at: new Date('2026-11-19T10:00:00Z'),
            action: 'pupilErased',
            schoolId: 'school-1',
            pupilId: 'p-gone',
            targetPath: 'schools/school-1/pupils/p-gone',
            actorUid: null,
            changedFields: [],
          },
        ]}
      />,
    );
    const [first, meeting, second] = screen.getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Francesca Rinaldi');
    expect(first).toHaveTextContent('Modifica');
    expect(
      within(first as HTMLElement).getByRole('link', { name: 'El Idrissi Amina' }),
    ).toHaveAttribute('href', '/alunni/p-1');
    expect(first).toHaveTextContent('Personale assegnato');
    expect(first).toHaveTextContent('Scheda di El Idrissi Amina');
    expect(first).not.toHaveTextContent('assignedUids');
    expect(meeting).toHaveTextContent('Colloquio con la famiglia di El Idrissi Amina');
    expect(meeting).toHaveTextContent('Seguito, Mediatore presente');
    expect(meeting).not.toHaveTextContent('schools/');
    expect(second).toHaveTextContent('Sistema (funzione automatica)');
    expect(second).toHaveTextContent('Cancellazione alunno');
    expect(second).toHaveTextContent('alunno non più nella scuola');
  });
});
