import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import { useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { hasSchool } from '@/features/pupils/lib/types';
import { ClassOverview } from '@/features/records/components/class-overview';

export function SchoolClassRoute() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('records');
  const { claims } = useAuth();
  const { classId = '' } = useParams();

  return (
    <>
      <title>{`${tr('classView.pageTitle')} – ${t('app.name')}`}</title>
      {claims && hasSchool(claims) ? (
        <ClassOverview schoolId={claims.schoolId} classId={classId} role={claims.role} />
      ) : (
        <>
          <h1>{tr('classView.pageTitle')}</h1>
          <div className="alert alert-info">{tr('classView.notForRole')}</div>
        </>
      )}
    </>
  );
}
