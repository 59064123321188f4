import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { useClasses } from '@/features/pupils/api/get-classes';
import { MyPupils } from '@/features/pupils/components/my-pupils';
import { hasSchool, type SchoolClaims } from '@/features/pupils/lib/types';
import { ClassLinks } from '@/features/records/components/class-links';
import { CLASS_VIEW_ROLES } from '@/features/records/components/class-overview';
import { usePupilNeedColumns } from '@/features/risk/components/pupil-need-columns';
import type { RoleClaims } from '@domain';

/** What /alunni shows under its heading: class links and the pupils, by need (loaded apart). */
export function PupilsContent({ uid, claims }: { uid: string; claims: RoleClaims | null }) {
  return (
    <>
      {claims && hasSchool(claims) && CLASS_VIEW_ROLES.includes(claims.role) && (
        <MyClassLinks uid={uid} claims={claims} />
      )}
      {claims && hasSchool(claims) ? (
        <PupilsByNeed uid={uid} claims={claims} />
      ) : (
        <MyPupils uid={uid} claims={claims} />
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
  const { t } = useTranslation();
  const classesQuery = useClasses(claims.schoolId);
  const schoolWide = claims.role === 'referent' || claims.role === 'head';
  const classStaff = CLASS_STAFF_ROLES.includes(claims.role);
  const ownClasses = classStaff
    ? classesQuery.data
        ?.filter((c) => c.coordinatorUid === uid || c.teacherUids.includes(uid))
        .map((c) => c.id)
    : undefined;
  const scope = schoolWide ? 'school' : (ownClasses ?? null);
  const { needs, pending } = usePupilNeedColumns(claims.schoolId, scope);
  // The list appears once, already sorted by need: rows that re-sort under the reader's eyes
  // when the levels arrive are a worse first screen than a moment's spinner (and a layout
  // shift). A failed read of the levels still shows the list, without them.
  const levelsComing = (classStaff && classesQuery.isPending) || pending;
  if (levelsComing) return <Loading label={t('pupils.loading')} />;
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
