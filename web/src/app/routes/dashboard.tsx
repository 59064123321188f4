import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { AfterFirstPaint } from '@/components/ui/after-first-paint';
import { PageLoading } from '@/components/ui/page-loading';
import { useAuth } from '@/features/auth/lib/auth-context';

// The dashboard's data and charts (the Firestore SDK, recharts) load on their own: this module
// is light, and mounts them once the page's heading is on screen (Lighthouse's LCP on a phone).
const SchoolDashboard = lazy(async () => ({
  default: (await import('@/features/dashboard/components/school-dashboard')).SchoolDashboard,
}));
const OverdueReferrals = lazy(async () => ({
  default: (await import('@/features/referrals/components/overdue-referrals')).OverdueReferrals,
}));

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
        <AfterFirstPaint
          fallback={<PageLoading title={t('head.title')} label={t('common.loading')} />}
        >
          <SchoolDashboard schoolId={claims.schoolId} />
          {/* Work to do beyond the levels: the school's referrals past their reply deadline. */}
          <OverdueReferrals schoolId={claims.schoolId} scope="school" />
        </AfterFirstPaint>
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
