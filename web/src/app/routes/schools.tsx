import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import { DocumentTitle, NotAllowed } from '@/components/ui/route-page';
import { useAuth } from '@/features/auth/lib/auth-context';
import { SchoolsPage } from '@/features/schools/components/schools-page';

/** /scuole: the schools of the programme, for the admin. */
export function SchoolsRoute() {
  const { t } = useTranslation('schools');
  const { claims } = useAuth();
  return (
    <>
      <DocumentTitle title={t('page.title')} />
      {claims?.role === 'admin' ? (
        <SchoolsPage />
      ) : (
        <NotAllowed title={t('page.title')} message={t('page.notAllowed')} />
      )}
    </>
  );
}
