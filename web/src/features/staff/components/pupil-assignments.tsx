import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { ASSIGNMENT_ROLES } from '@domain';
import type { PupilAssignmentsInput } from '../api/update-pupil-assignments';
import type { ClassRecord, PupilRecord, StaffMember } from '../lib/types';
import { useStaffName } from './staff-names';
import { useCallableErrorText } from './use-error-text';

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
      <div aria-live="polite">
        {saved && (
          <div role="status" className="alert alert-success">
            {t('common.saved')}
          </div>
        )}
      </div>
      {schoolClass &&
        (shown.length === 0 ? (
          <p>{t('pupils.empty')}</p>
        ) : (
          <div className="table-responsive">
            <table className="table align-middle">
              <caption className="visually-hidden">
                {t('pupils.caption', { name: schoolClass.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('pupils.colPupil')}</th>
                  <th scope="col">{t('pupils.colAssigned')}</th>
                  <th scope="col">{t('pupils.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => {
                  const fullName = `${p.lastName} ${p.firstName}`;
                  return editing === p.id ? (
                    <tr key={p.id}>
                      <td colSpan={3}>
                        <AssignmentEditor
                          pupil={p}
                          fullName={fullName}
                          staff={staff}
                          onSave={async (assignedUids) => {
                            await onSave({ schoolId, pupilId: p.id, assignedUids });
                            setEditing(null);
                            setSaved(true);
                          }}
                          onCancel={() => setEditing(null)}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={p.id}>
                      <th scope="row">{fullName}</th>
                      <td>
                        {p.assignedUids.length > 0
                          ? p.assignedUids.map(name).join(', ')
                          : t('pupils.noneAssigned')}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-outline-primary btn-sm"
                          aria-label={t('pupils.editLabel', { name: fullName })}
                          onClick={() => {
                            setSaved(false);
                            setEditing(p.id);
                          }}
                        >
                          {t('common.edit')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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
  const { t: tApp } = useTranslation();
  const errorText = useCallableErrorText();
  const name = useStaffName(staff);
  const [assigned, setAssigned] = useState(pupil.assignedUids);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const assignable = staff.filter((s) => s.role && ASSIGNMENT_ROLES.includes(s.role));
  // Anyone already assigned stays listed, so that a former colleague can be taken off.
  const options = [
    ...assignable.map((s) => s.id),
    ...pupil.assignedUids.filter((uid) => !assignable.some((s) => s.id === uid)),
  ];
  const roleOf = (uid: string) => staff.find((s) => s.id === uid)?.role;
  const tooMany = assigned.length > MAX_ASSIGNED;

  const save = async () => {
    if (tooMany) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSave(assigned);
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  return (
    <form
      className="p-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {failure && (
        <div role="alert" className="alert alert-danger">
          {failure}
        </div>
      )}
      <fieldset
        className="form-group"
        aria-describedby={tooMany ? `assign-${pupil.id}-error` : undefined}
      >
        <legend className="fs-6 fw-semibold">{t('pupils.assigned', { name: fullName })}</legend>
        {options.length === 0 && <p>{t('pupils.noStaff')}</p>}
        {options.map((uid) => {
          const role = roleOf(uid);
          const id = `assign-${pupil.id}-${uid}`;
          return (
            <div key={uid} className="form-check">
              <input
                id={id}
                type="checkbox"
                checked={assigned.includes(uid)}
                onChange={(e) =>
                  setAssigned((list) =>
                    e.target.checked ? [...list, uid] : list.filter((u) => u !== uid),
                  )
                }
              />
              <label htmlFor={id}>
                {name(uid)}
                {role && <span className="small text-muted"> – {tApp(`roles.${role}`)}</span>}
              </label>
            </div>
          );
        })}
        {tooMany && (
          <div id={`assign-${pupil.id}-error`} className="invalid-feedback d-block">
            {t('pupils.tooMany')}
          </div>
        )}
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy || tooMany}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
