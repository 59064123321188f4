import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { Loading } from '@/components/ui/loading';
import { useAllSchools } from '../api/get-school-directory';
import { useStaff } from '../api/get-staff';
import { useSchoolClasses } from '../api/get-school-classes';
import { useSchoolPupils } from '../api/get-school-pupils';
import { useInviteStaff, useResendInvitation } from '../api/invite-staff';
import { useRevokeStaff } from '../api/revoke-staff';
import { useSetStaffRole } from '../api/set-staff-role';
import { useUpdateClassStaff } from '../api/update-class-staff';
import { useUpdatePupilAssignments } from '../api/update-pupil-assignments';
import { schoolLabel } from '../lib/school-label';
import type { StaffManager, StaffMember } from '../lib/types';
import { ClassAssignments } from './class-assignments';
import { InviteStaffForm } from './invite-staff-form';
import { PupilAssignments } from './pupil-assignments';
import { StaffList } from './staff-list';
import { TransferRequests } from './transfer-requests';

/**
 * /personale: the head manages the staff of their school; the admin picks a school from the
 * list first and may also name its head. Class and pupil assignments are document writes the
 * rules allow the school's head (not the admin), so only the head sees them.
 */
export function StaffManagement({ manager }: { manager: StaffManager }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      {manager.role === 'head' ? (
        <>
          <SchoolStaff manager={manager} schoolId={manager.schoolId} />
          <StaffAssignments schoolId={manager.schoolId} />
          <TransferRequests schoolId={manager.schoolId} />
        </>
      ) : (
        <AdminSchoolPicker manager={manager} />
      )}
    </>
  );
}

function AdminSchoolPicker({ manager }: { manager: StaffManager }) {
  const { t } = useTranslation('staff');
  const schools = useAllSchools(true);
  const [schoolId, setSchoolId] = useState('');
  return (
    <>
      {schools.isPending && <Loading label={t('common.loading')} />}
      {schools.isError && (
        <div role="alert" className="alert alert-danger">
          {t('errors.loadSchools')}
        </div>
      )}
      {schools.data && (
        <div className="select-wrapper form-group my-4">
          <label htmlFor="admin-school" className="active">
            {t('page.adminSchool')}
          </label>
          <select id="admin-school" value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
            <option value="">{t('page.adminChooseSchool')}</option>
            {schools.data.items.map((school) => (
              <option key={school.id} value={school.id}>
                {schoolLabel(school)}
              </option>
            ))}
          </select>
        </div>
      )}
      {schoolId ? (
        <>
          <SchoolStaff key={schoolId} manager={manager} schoolId={schoolId} />
          <p>{t('page.adminAssignmentsNote')}</p>
        </>
      ) : (
        <p>{t('page.adminNoSchool')}</p>
      )}
    </>
  );
}

function SchoolStaff({ manager, schoolId }: { manager: StaffManager; schoolId: string }) {
  const { t } = useTranslation('staff');
  const staffQuery = useStaff(schoolId);
  const invite = useInviteStaff();
  const setRole = useSetStaffRole();
  const revoke = useRevokeStaff();
  const resend = useResendInvitation();

  return (
    <>
      {staffQuery.isPending && <Loading label={t('common.loading')} />}
      {staffQuery.isError && (
        <div role="alert" className="alert alert-danger">
          {t('errors.loadStaff')}
        </div>
      )}
      {staffQuery.data && (
        <>
          {staffQuery.data.unreadable > 0 && (
            <div role="status" className="alert alert-warning">
              {t('common.unreadable', { count: staffQuery.data.unreadable })}
            </div>
          )}
          <StaffList
            manager={manager}
            staff={staffQuery.data.staff}
            onChangeRole={(member: StaffMember, role) =>
              setRole.mutateAsync({
                uid: member.id,
                role,
                schoolId: member.schoolId ?? schoolId,
                districtId: null,
              })
            }
            onRevoke={(member) => revoke.mutateAsync({ uid: member.id, schoolId })}
            onResendInvitation={(member) => resend.mutateAsync({ uid: member.id, schoolId })}
          />
        </>
      )}
      <InviteStaffForm manager={manager} schoolId={schoolId} onInvite={invite.mutateAsync} />
    </>
  );
}

function StaffAssignments({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('staff');
  const staffQuery = useStaff(schoolId);
  const classesQuery = useSchoolClasses(schoolId);
  const pupilsQuery = useSchoolPupils(schoolId);
  const updateClass = useUpdateClassStaff();
  const updatePupil = useUpdatePupilAssignments();
  // Revoked colleagues stay in for their names; the editors offer only current roles.
  const staff = staffQuery.data?.staff ?? [];

  if (classesQuery.isPending) return <Loading label={t('common.loading')} />;
  if (classesQuery.isError) {
    return (
      <div role="alert" className="alert alert-danger">
        {t('errors.loadClasses')}
      </div>
    );
  }
  return (
    <>
      <ClassAssignments
        schoolId={schoolId}
        classes={classesQuery.data}
        staff={staff}
        onSave={updateClass.mutateAsync}
      />
      {pupilsQuery.isError ? (
        <div role="alert" className="alert alert-danger">
          {t('errors.loadPupils')}
        </div>
      ) : (
        <PupilAssignments
          schoolId={schoolId}
          classes={classesQuery.data}
          pupils={pupilsQuery.data ?? []}
          staff={staff}
          onSave={updatePupil.mutateAsync}
        />
      )}
    </>
  );
}
