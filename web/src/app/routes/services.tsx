import { useTranslation } from 'react-i18next';
import '@/features/services/locales';
import { DocumentTitle, NotAllowed } from '@/components/ui/route-page';
import { useAuth } from '@/features/auth/lib/auth-context';
import { ServicesPage } from '@/features/services/components/services-page';

/** /servizi: the Ambito's services directory (coordinator), or an organisation's (operators). */
export function ServicesRoute() {
  const { t } = useTranslation('services');
  const { claims } = useAuth();
  const allowed = claims?.role === 'district' || claims?.role === 'operator';
  return (
    <>
      <DocumentTitle title={t('page.title')} />
      {allowed ? (
        <ServicesPage
          districtId={claims.districtId}
          organizationId={claims.role === 'operator' ? claims.organizationId : null}
        />
      ) : (
        <NotAllowed title={t('page.title')} message={t('page.notAllowed')} />
      )}
    </>
  );
}
