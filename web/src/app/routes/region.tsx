import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { RegionPage } from '@/features/monitoring/components/region-page';

/** /regione: the Region's monitoring, every Ambito side by side (aggregates only). */
export function RegionRoute() {
  const { t } = useTranslation('monitoring');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  return (
    <>
      <title>{`${t('regionTitle')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'region' ? (
        <RegionPage regionId={claims.regionId} />
      ) : (
        <>
          <h1>{t('regionTitle')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('regionNotAllowed')}
          </div>
        </>
      )}
    </>
  );
}
