import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import type { ClassStaffInput } from '../api/update-class-staff';
import { CLASS_TEACHING_ROLES, type ClassRecord, type StaffMember } from '../lib/types';
import { SelectField } from '@/components/ui/select-field';
import {
  AssignmentSection,
  EditableRowsTable,
  InlineEditor,
  StaffChecklist,
} from './assignment-parts';
import { nameList, useStaffName } from './staff-names';

type ClassAssignmentsProps = {
  schoolId: string;
  classes: ClassRecord[];
  staff: StaffMember[];
  onSave: (input: ClassStaffInput) => Promise<void>;
};

/** Per class, the teachers and the coordinator: what gives them the class's pupils. */
export function ClassAssignments({ schoolId, classes, staff, onSave }: ClassAssignmentsProps) {
  const { t } = useTranslation('staff');
  const name = useStaffName(staff);

  return (
    <AssignmentSection id="class-assignments-title" texts="classes">
      {classes.length === 0 ? (
        <p>{t('classes.empty')}</p>
      ) : (
        <EditableRowsTable
          caption={t('classes.caption')}
          headers={[
            t('classes.colClass'),
            t('classes.colTeachers'),
            t('classes.colCoordinator'),
            t('classes.colActions'),
          ]}
          rows={classes}
          rowKey={(c) => c.id}
          editLabel={(c) => t('classes.editLabel', { name: c.name })}
          editor={(c, edit) => (
            <ClassStaffEditor
              schoolId={schoolId}
              schoolClass={c}
              staff={staff}
              onSave={(input) => edit.save(() => onSave(input))}
              onCancel={edit.cancel}
            />
          )}
          cells={(c) => ({
            header: (
              <>
                {c.name} <span className="small text-muted">{c.site}</span>
              </>
            ),
            data: [
              nameList(name, c.teacherUids, t('classes.noTeachers')),
              c.coordinatorUid ? name(c.coordinatorUid) : t('classes.noCoordinator'),
            ],
          })}
        />
      )}
    </AssignmentSection>
  );
}

type ClassStaffEditorProps = {
  schoolId: string;
  schoolClass: ClassRecord;
  staff: StaffMember[];
  onSave: (input: ClassStaffInput) => Promise<void>;
  onCancel: () => void;
};

function ClassStaffEditor({
  schoolId,
  schoolClass,
  staff,
  onSave,
  onCancel,
}: ClassStaffEditorProps) {
  const { t } = useTranslation('staff');
  const name = useStaffName(staff);
  const [teacherUids, setTeacherUids] = useState(schoolClass.teacherUids);
  const [coordinatorUid, setCoordinatorUid] = useState(schoolClass.coordinatorUid ?? '');
  const coordinators = staff.filter((s) => s.role === 'coordinator').map((s) => s.id);
  const current = schoolClass.coordinatorUid;
  const coordinatorOptions =
    current && !coordinators.includes(current) ? [...coordinators, current] : coordinators;

  const save = () =>
    onSave({
      schoolId,
      classId: schoolClass.id,
      teacherUids,
      coordinatorUid: coordinatorUid || null,
    });

  return (
    <InlineEditor onSave={save} onCancel={onCancel}>
      <StaffChecklist
        legend={t('classes.teachers', { name: schoolClass.name })}
        empty={t('classes.noStaff')}
        staff={staff}
        roles={CLASS_TEACHING_ROLES}
        listed={schoolClass.teacherUids}
        checked={teacherUids}
        onChange={setTeacherUids}
        idOf={(uid) => `class-${schoolClass.id}-teacher-${uid}`}
      />
      <SelectField
        id={`class-${schoolClass.id}-coordinator`}
        label={t('classes.coordinator', { name: schoolClass.name })}
        placeholder={t('classes.noCoordinator')}
        options={coordinatorOptions.map((uid) => ({ value: uid, label: name(uid) }))}
        select={{
          id: `class-${schoolClass.id}-coordinator`,
          value: coordinatorUid,
          onChange: (e) => setCoordinatorUid(e.target.value),
        }}
      />
    </InlineEditor>
  );
}
