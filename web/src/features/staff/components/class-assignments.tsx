import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import type { ClassStaffInput } from '../api/update-class-staff';
import { CLASS_TEACHING_ROLES, type ClassRecord, type StaffMember } from '../lib/types';
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
      <div aria-live="polite">
        {saved && (
          <div role="status" className="alert alert-success">
            {t('common.saved')}
          </div>
        )}
      </div>
      {classes.length === 0 ? (
        <p>{t('classes.empty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table align-middle">
            <caption className="visually-hidden">{t('classes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classes.colClass')}</th>
                <th scope="col">{t('classes.colTeachers')}</th>
                <th scope="col">{t('classes.colCoordinator')}</th>
                <th scope="col">{t('classes.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {classes.map((c) =>
                editing === c.id ? (
                  <tr key={c.id}>
                    <td colSpan={4}>
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
                    </td>
                  </tr>
                ) : (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.name} <span className="small text-muted">{c.site}</span>
                    </th>
                    <td>
                      {c.teacherUids.length > 0
                        ? c.teacherUids.map(name).join(', ')
                        : t('classes.noTeachers')}
                    </td>
                    <td>
                      {c.coordinatorUid ? name(c.coordinatorUid) : t('classes.noCoordinator')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-outline-primary btn-sm"
                        aria-label={t('classes.editLabel', { name: c.name })}
                        onClick={() => {
                          setSaved(null);
                          setEditing(c.id);
                        }}
                      >
                        {t('common.edit')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
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
  const { t: tApp } = useTranslation();
  const errorText = useCallableErrorText();
  const name = useStaffName(staff);
  const [teacherUids, setTeacherUids] = useState(schoolClass.teacherUids);
  const [coordinatorUid, setCoordinatorUid] = useState(schoolClass.coordinatorUid ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // Colleagues who can teach, plus anyone already listed (so a former one can be removed).
  const teaching = staff.filter((s) => s.role && CLASS_TEACHING_ROLES.includes(s.role));
  const teacherOptions = [
    ...teaching.map((s) => s.id),
    ...schoolClass.teacherUids.filter((uid) => !teaching.some((s) => s.id === uid)),
  ];
  const coordinators = staff.filter((s) => s.role === 'coordinator').map((s) => s.id);
  const current = schoolClass.coordinatorUid;
  const coordinatorOptions =
    current && !coordinators.includes(current) ? [...coordinators, current] : coordinators;
  const roleOf = (uid: string) => staff.find((s) => s.id === uid)?.role;

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onSave({
        schoolId,
        classId: schoolClass.id,
        teacherUids,
        coordinatorUid: coordinatorUid || null,
      });
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
      <fieldset className="form-group">
        <legend className="fs-6 fw-semibold">
          {t('classes.teachers', { name: schoolClass.name })}
        </legend>
        {teacherOptions.length === 0 && <p>{t('classes.noStaff')}</p>}
        {teacherOptions.map((uid) => {
          const role = roleOf(uid);
          return (
            <div key={uid} className="form-check">
              <input
                id={`class-${schoolClass.id}-teacher-${uid}`}
                type="checkbox"
                checked={teacherUids.includes(uid)}
                onChange={(e) =>
                  setTeacherUids((list) =>
                    e.target.checked ? [...list, uid] : list.filter((u) => u !== uid),
                  )
                }
              />
              <label htmlFor={`class-${schoolClass.id}-teacher-${uid}`}>
                {name(uid)}
                {role && <span className="small text-muted"> – {tApp(`roles.${role}`)}</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="select-wrapper form-group">
        <label htmlFor={`class-${schoolClass.id}-coordinator`} className="active">
          {t('classes.coordinator', { name: schoolClass.name })}
        </label>
        <select
          id={`class-${schoolClass.id}-coordinator`}
          value={coordinatorUid}
          onChange={(e) => setCoordinatorUid(e.target.value)}
        >
          <option value="">{t('classes.noCoordinator')}</option>
          {coordinatorOptions.map((uid) => (
            <option key={uid} value={uid}>
              {name(uid)}
            </option>
          ))}
        </select>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
