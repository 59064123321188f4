import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import type { ClassStaffInput } from '../api/update-class-staff';
import { CLASS_TEACHING_ROLES, type ClassRecord, type StaffMember } from '../lib/types';
import { SelectField } from '@/components/ui/select-field';
import { usePendingAction } from '@/lib/use-pending-action';
import {
  EditableRowsTable,
  EditButton,
  InlineEditor,
  SavedNotice,
  StaffChecklist,
  staffChoices,
} from './assignment-parts';
import { useStaffName } from './staff-names';
import { useCallableErrorText } from './use-error-text';

type ClassAssignmentsProps = {
  schoolId: string;
  classes: ClassRecord[];
  staff: StaffMember[];
  onSave: (input: ClassStaffInput) => Promise<void>;
};

/** Per class, the teachers and the coordinator: what gives them the class's pupils. */
export function ClassAssignments({ schoolId, classes, staff, onSave }: ClassAssignmentsProps) {
  const { t } = useTranslation('staff');
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const name = useStaffName(staff);

  return (
    <section aria-labelledby="class-assignments-title" className="my-5">
      <h2 id="class-assignments-title" className="h4">
        {t('classes.title')}
      </h2>
      <p>{t('classes.intro')}</p>
      <SavedNotice show={saved !== null} />
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
          editing={editing}
          editor={(c) => (
            <ClassStaffEditor
              schoolId={schoolId}
              schoolClass={c}
              staff={staff}
              onSave={async (input) => {
                await onSave(input);
                setEditing(null);
                setSaved(c.id);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
          cells={(c) => ({
            header: (
              <>
                {c.name} <span className="small text-muted">{c.site}</span>
              </>
            ),
            data: [
              c.teacherUids.length > 0
                ? c.teacherUids.map(name).join(', ')
                : t('classes.noTeachers'),
              c.coordinatorUid ? name(c.coordinatorUid) : t('classes.noCoordinator'),
              <EditButton
                key="edit"
                label={t('classes.editLabel', { name: c.name })}
                onClick={() => {
                  setSaved(null);
                  setEditing(c.id);
                }}
              />,
            ],
          })}
        />
      )}
    </section>
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
  const saving = usePendingAction(useCallableErrorText());
  const [teacherUids, setTeacherUids] = useState(schoolClass.teacherUids);
  const [coordinatorUid, setCoordinatorUid] = useState(schoolClass.coordinatorUid ?? '');
  const teacherChoices = staffChoices(staff, CLASS_TEACHING_ROLES, schoolClass.teacherUids);
  const coordinators = staff.filter((s) => s.role === 'coordinator').map((s) => s.id);
  const current = schoolClass.coordinatorUid;
  const coordinatorOptions =
    current && !coordinators.includes(current) ? [...coordinators, current] : coordinators;

  const save = () =>
    void saving.run(() =>
      onSave({
        schoolId,
        classId: schoolClass.id,
        teacherUids,
        coordinatorUid: coordinatorUid || null,
      }),
    );

  return (
    <InlineEditor failure={saving.failure} busy={saving.busy} onSave={save} onCancel={onCancel}>
      <StaffChecklist
        legend={t('classes.teachers', { name: schoolClass.name })}
        empty={t('classes.noStaff')}
        staff={staff}
        choices={teacherChoices}
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
