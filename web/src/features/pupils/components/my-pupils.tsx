import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NAI_MONTHS, type RoleClaims } from '@domain';
import { Loading } from '@/components/ui/loading';
import { useClasses } from '../api/get-classes';
import { useMyPupils } from '../api/get-my-pupils';
import { useSchool } from '../api/get-school';
import { hasSchool, type SchoolClaims } from '../lib/types';
import { PupilsTable, type PupilsTableExtras } from './pupils-table';

type MyPupilsProps = {
  uid: string;
  claims: RoleClaims | null;
  /** Columns and order composed by the page (e.g. each pupil's level, by need). */
  extras?: PupilsTableExtras | null;
};

/** The list of pupils the signed-in user may see, or why they see none. */
export function MyPupils({ uid, claims, extras }: MyPupilsProps) {
  const { t } = useTranslation();

  if (!claims) {
    return <div className="alert alert-warning">{t('auth.noRole')}</div>;
  }
  if (!hasSchool(claims)) {
    return (
      <div className="alert alert-info">
        {t('pupils.aggregatesOnly', { role: t(`roles.${claims.role}`) })}
      </div>
    );
  }
  return <SchoolPupils uid={uid} claims={claims} extras={extras} />;
}

function SchoolPupils({
  uid,
  claims,
  extras,
}: {
  uid: string;
  claims: SchoolClaims;
  extras?: PupilsTableExtras | null;
}) {
  const { t } = useTranslation();
  const pupilsQuery = useMyPupils(uid, claims);
  const classesQuery = useClasses(claims.schoolId);
  const schoolQuery = useSchool(claims.schoolId);
  // Fixed for the page's lifetime so NAI badges do not change between renders.
  const [asOf] = useState(() => new Date());

  if (pupilsQuery.isPending) return <Loading label={t('pupils.loading')} />;
  if (pupilsQuery.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        <p>{t('pupils.error')}</p>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => void pupilsQuery.refetch()}
        >
          {t('common.retry')}
        </button>
      </div>
    );
  }

  const { pupils, unreadable } = pupilsQuery.data;
  return (
    <>
      {unreadable > 0 && (
        <div className="alert alert-warning">{t('pupils.unreadable', { count: unreadable })}</div>
      )}
      <PupilsTable
        pupils={pupils}
        classes={classesQuery.data ?? []}
        // Without readable school settings the domain default still gives a sensible badge.
        naiMonths={schoolQuery.data?.settings.naiMonths ?? DEFAULT_NAI_MONTHS}
        asOf={asOf}
        extras={extras}
      />
    </>
  );
}
