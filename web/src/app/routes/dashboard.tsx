import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { SchoolDashboard } from '@/features/dashboard/components/school-dashboard';
import { OverdueReferrals } from '@/features/referrals/components/overdue-referrals';

/** /cruscotto: the school's risk dashboard, for the head and the intercultural referent. */
export function DashboardRoute() {
  const { t } = useTranslation('dashboard');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const allowed = claims && (claims.role === 'head' || claims.role === 'referent');
  return (
    <>
      <title>{`${t('head.title')} – ${tApp('app.name')}`}</title>
      {allowed ? (
        <>
          <SchoolDashboard schoolId={claims.schoolId} />
          {/* Work to do beyond the levels: the school's referrals past their reply deadline. */}
          <OverdueReferrals schoolId={claims.schoolId} scope="school" />
        </>
      ) : (
        <>
          <h1>{t('head.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('head.notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
