import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import { Link } from 'react-router';
import type { Role } from '@domain';
import { Loading } from '@/components/ui/loading';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import { isAccessDenied } from '@/lib/errors';
import { useClassOverview } from '../api/get-class-overview';
import { ClassOverviewTable } from './class-overview-table';

/** Roles the rules let read a whole class with its records. */
export const CLASS_VIEW_ROLES: readonly Role[] = [
  'teacher',
  'l2teacher',
  'coordinator',
  'referent',
  'head',
];

type ClassOverviewProps = { schoolId: string; classId: string; role: Role };

/** The class view: heading, state messages and the pupils' table. */
export function ClassOverview({ schoolId, classId, role }: ClassOverviewProps) {
  const { t } = useTranslation('records');
  const back = (
    <p className="mt-4">
      <Link to="/alunni">{t('classView.back')}</Link>
    </p>
  );
  if (!CLASS_VIEW_ROLES.includes(role)) {
    return (
      <>
        <h1>{t('classView.pageTitle')}</h1>
        <div className="alert alert-info">{t('classView.notForRole')}</div>
        {back}
      </>
    );
  }
  return <ClassOverviewLoaded schoolId={schoolId} classId={classId} back={back} />;
}

function ClassOverviewLoaded({
  schoolId,
  classId,
  back,
}: {
  schoolId: string;
  classId: string;
  back: ReactNode;
}) {
  const { t } = useTranslation('records');
  const [today] = useState(() => new Date());
  const overview = useClassOverview(schoolId, classId, today);

  if (overview.isPending) {
    return (
      <>
        <h1>{t('classView.pageTitle')}</h1>
        <Loading label={t('classView.loading')} />
      </>
    );
  }
  if (overview.isError) {
    const denied = isAccessDenied(overview.error);
    return (
      <>
        <h1>{t('classView.pageTitle')}</h1>
        <div className="alert alert-danger" role="alert">
          {denied
            ? t('classView.accessDenied')
            : overview.error instanceof InvalidDocumentError
              ? t('hub.unreadable', { count: 1 })
              : t('classView.error')}
        </div>
        {back}
      </>
    );
  }

  const { schoolClass, rows, unreadable } = overview.data;
  return (
    <>
      <h1>{t('classView.title', { name: schoolClass.name })}</h1>
      <p className="lead">
        {t('classView.subtitle', { site: schoolClass.site, schoolYear: schoolClass.schoolYear })}
      </p>
      {unreadable > 0 && (
        <div className="alert alert-warning">{t('hub.unreadable', { count: unreadable })}</div>
      )}
      <ClassOverviewTable rows={rows} />
      {back}
    </>
  );
}
