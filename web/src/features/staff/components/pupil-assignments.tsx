import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { ASSIGNMENT_ROLES } from '@domain';
import type { PupilAssignmentsInput } from '../api/update-pupil-assignments';
import type { ClassRecord, PupilRecord, StaffMember } from '../lib/types';
import { SelectField } from '@/components/ui/select-field';
import {
  AssignmentSection,
  EditableRowsTable,
  InlineEditor,
  StaffChecklist,
} from './assignment-parts';
import { nameList, useStaffName } from './staff-names';

const fullNameOf = (p: PupilRecord) => `${p.lastName} ${p.firstName}`;

/** The pupil schema's cap on `assignedUids`. */
const MAX_ASSIGNED = 20;

type PupilAssignmentsProps = {
  schoolId: string;
  classes: ClassRecord[];
  pupils: PupilRecord[];
  staff: StaffMember[];
  onSave: (input: PupilAssignmentsInput) => Promise<void>;
};

/**
 * L2 teachers, educators and mediators see only the pupils assigned to them. The list goes
 * class by class: a school has hundreds of pupils.
 */
export function PupilAssignments({
  schoolId,
  classes,
  pupils,
  staff,
  onSave,
}: PupilAssignmentsProps) {
  const { t } = useTranslation('staff');
  const [classId, setClassId] = useState('');
  const name = useStaffName(staff);
  const schoolClass = classes.find((c) => c.id === classId);
  const shown = pupils.filter((p) => p.classId === classId);

  return (
    <AssignmentSection id="pupil-assignments-title" texts="pupils">
      <div style={{ maxWidth: '20rem' }}>
        <SelectField
          id="assignments-class"
          label={t('pupils.classFilter')}
          placeholder={t('pupils.chooseClass')}
          options={classes.map((c) => ({ value: c.id, label: `${c.name} – ${c.site}` }))}
          select={{
            id: 'assignments-class',
            value: classId,
            onChange: (e) => setClassId(e.target.value),
          }}
        />
      </div>
      {schoolClass &&
        (shown.length === 0 ? (
          <p>{t('pupils.empty')}</p>
        ) : (
          <EditableRowsTable
            key={classId}
            caption={t('pupils.caption', { name: schoolClass.name })}
            headers={[t('pupils.colPupil'), t('pupils.colAssigned'), t('pupils.colActions')]}
            rows={shown}
            rowKey={(p) => p.id}
            editLabel={(p) => t('pupils.editLabel', { name: fullNameOf(p) })}
            editor={(p, edit) => (
              <AssignmentEditor
                pupil={p}
                fullName={fullNameOf(p)}
                staff={staff}
                onSave={(assignedUids) =>
                  edit.save(() => onSave({ schoolId, pupilId: p.id, assignedUids }))
                }
                onCancel={edit.cancel}
              />
            )}
            cells={(p) => ({
              header: fullNameOf(p),
              data: [nameList(name, p.assignedUids, t('pupils.noneAssigned'))],
            })}
          />
        ))}
    </AssignmentSection>
  );
}

type AssignmentEditorProps = {
  pupil: PupilRecord;
  fullName: string;
  staff: StaffMember[];
  onSave: (assignedUids: string[]) => Promise<void>;
  onCancel: () => void;
};

function AssignmentEditor({ pupil, fullName, staff, onSave, onCancel }: AssignmentEditorProps) {
  const { t } = useTranslation('staff');
  const [assigned, setAssigned] = useState(pupil.assignedUids);
  const tooMany = assigned.length > MAX_ASSIGNED;
  const errorId = `assign-${pupil.id}-error`;

  return (
    <InlineEditor saveDisabled={tooMany} onSave={() => onSave(assigned)} onCancel={onCancel}>
      <StaffChecklist
        legend={t('pupils.assigned', { name: fullName })}
        empty={t('pupils.noStaff')}
        staff={staff}
        roles={ASSIGNMENT_ROLES}
        listed={pupil.assignedUids}
        checked={assigned}
        onChange={setAssigned}
        idOf={(uid) => `assign-${pupil.id}-${uid}`}
        describedBy={tooMany ? errorId : undefined}
      >
        {tooMany && (
          <div id={errorId} className="invalid-feedback d-block">
            {t('pupils.tooMany')}
          </div>
        )}
      </StaffChecklist>
    </InlineEditor>
  );
}
