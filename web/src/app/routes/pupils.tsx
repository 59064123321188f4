import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { useClasses } from '@/features/pupils/api/get-classes';
import { MyPupils } from '@/features/pupils/components/my-pupils';
import { hasSchool, type SchoolClaims } from '@/features/pupils/lib/types';
import { ClassLinks } from '@/features/records/components/class-links';
import { CLASS_VIEW_ROLES } from '@/features/records/components/class-overview';
import { usePupilNeedColumns } from '@/features/risk/components/pupil-need-columns';

export function PupilsRoute() {
  const { t } = useTranslation();
  const { user, claims } = useAuth();
  // RequireAuth already guards this route; the check narrows the type.
  if (!user) return <Navigate to="/accedi" replace />;

  return (
    <>
      <title>{`${t('pupils.title')} – ${t('app.name')}`}</title>
      <h1>{t('pupils.title')}</h1>
      {claims && hasSchool(claims) && CLASS_VIEW_ROLES.includes(claims.role) && (
        <MyClassLinks uid={user.uid} claims={claims} />
      )}
      {claims && hasSchool(claims) ? (
        <PupilsByNeed uid={user.uid} claims={claims} />
      ) : (
        <MyPupils uid={user.uid} claims={claims} />
      )}
    </>
  );
}

/** Roles whose list shows each pupil's level: they read all of their classes' school record. */
const CLASS_STAFF_ROLES: readonly string[] = ['coordinator', 'teacher', 'l2teacher'];

/**
 * The pupils list with each pupil's level and open follow-ups (risk), sorted by need. The
 * rules let head and referent list the school's assessments and the class staff those of the
 * classes they teach or coordinate (one query per class); educators and mediators get the
 * plain list (no marks behind a level for them: DOMAIN.md, "Who reads what").
 */
function PupilsByNeed({ uid, claims }: { uid: string; claims: SchoolClaims }) {
  const classesQuery = useClasses(claims.schoolId);
  const schoolWide = claims.role === 'referent' || claims.role === 'head';
  const ownClasses = CLASS_STAFF_ROLES.includes(claims.role)
    ? classesQuery.data
        ?.filter((c) => c.coordinatorUid === uid || c.teacherUids.includes(uid))
        .map((c) => c.id)
    : undefined;
  const needs = usePupilNeedColumns(claims.schoolId, schoolWide ? 'school' : (ownClasses ?? null));
  return <MyPupils uid={uid} claims={claims} extras={needs} />;
}

/** The classes whose class view the user can open: their own, or every class for the school-wide roles. */
function MyClassLinks({ uid, claims }: { uid: string; claims: SchoolClaims }) {
  const classesQuery = useClasses(claims.schoolId);
  const schoolWide = claims.role === 'referent' || claims.role === 'head';
  const mine = (classesQuery.data ?? []).filter(
    (c) => schoolWide || c.teacherUids.includes(uid) || c.coordinatorUid === uid,
  );
  return <ClassLinks classes={mine} />;
}
