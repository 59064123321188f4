import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { ASSIGNMENT_ROLES } from '@domain';
import type { PupilAssignmentsInput } from '../api/update-pupil-assignments';
import type { ClassRecord, PupilRecord, StaffMember } from '../lib/types';
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
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const name = useStaffName(staff);
  const schoolClass = classes.find((c) => c.id === classId);
  const shown = pupils.filter((p) => p.classId === classId);

  return (
    <section aria-labelledby="pupil-assignments-title" className="my-5">
      <h2 id="pupil-assignments-title" className="h4">
        {t('pupils.title')}
      </h2>
      <p>{t('pupils.intro')}</p>
      <div className="select-wrapper form-group" style={{ maxWidth: '20rem' }}>
        <label htmlFor="assignments-class" className="active">
          {t('pupils.classFilter')}
        </label>
        <select
          id="assignments-class"
          value={classId}
          onChange={(e) => {
            setClassId(e.target.value);
            setEditing(null);
            setSaved(false);
          }}
        >
          <option value="">{t('pupils.chooseClass')}</option>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} – {c.site}
            </option>
          ))}
        </select>
      </div>
      <SavedNotice show={saved} />
      {schoolClass &&
        (shown.length === 0 ? (
          <p>{t('pupils.empty')}</p>
        ) : (
          <EditableRowsTable
            caption={t('pupils.caption', { name: schoolClass.name })}
            headers={[t('pupils.colPupil'), t('pupils.colAssigned'), t('pupils.colActions')]}
            rows={shown}
            rowKey={(p) => p.id}
            editing={editing}
            editor={(p) => (
              <AssignmentEditor
                pupil={p}
                fullName={fullNameOf(p)}
                staff={staff}
                onSave={async (assignedUids) => {
                  await onSave({ schoolId, pupilId: p.id, assignedUids });
                  setEditing(null);
                  setSaved(true);
                }}
                onCancel={() => setEditing(null)}
              />
            )}
            cells={(p) => ({
              header: fullNameOf(p),
              data: [
                p.assignedUids.length > 0
                  ? p.assignedUids.map(name).join(', ')
                  : t('pupils.noneAssigned'),
                <EditButton
                  key="edit"
                  label={t('pupils.editLabel', { name: fullNameOf(p) })}
                  onClick={() => {
                    setSaved(false);
                    setEditing(p.id);
                  }}
                />,
              ],
            })}
          />
        ))}
    </section>
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
  const saving = usePendingAction(useCallableErrorText());
  const [assigned, setAssigned] = useState(pupil.assignedUids);
  const tooMany = assigned.length > MAX_ASSIGNED;
  const errorId = `assign-${pupil.id}-error`;

  return (
    <InlineEditor
      failure={saving.failure}
      busy={saving.busy}
      saveDisabled={tooMany}
      onSave={() => {
        if (!tooMany) void saving.run(() => onSave(assigned));
      }}
      onCancel={onCancel}
    >
      <StaffChecklist
        legend={t('pupils.assigned', { name: fullName })}
        empty={t('pupils.noStaff')}
        staff={staff}
        choices={staffChoices(staff, ASSIGNMENT_ROLES, pupil.assignedUids)}
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
