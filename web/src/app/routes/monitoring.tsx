import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { MonitoringPage } from '@/features/monitoring/components/monitoring-page';

/** /monitoraggio: the programme's indicators, for the head (school) and the Ambito coordinator. */
export function MonitoringRoute() {
  const { t } = useTranslation('monitoring');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  return (
    <>
      <title>{`${t('title')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'head' ? (
        <MonitoringPage scope="school" scopeId={claims.schoolId} />
      ) : claims?.role === 'district' ? (
        <MonitoringPage scope="district" scopeId={claims.districtId} />
      ) : (
        <>
          <h1>{t('title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
