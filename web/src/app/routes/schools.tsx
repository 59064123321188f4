import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { SchoolsPage } from '@/features/schools/components/schools-page';

/** /scuole: the schools of the programme, for the admin. */
export function SchoolsRoute() {
  const { t } = useTranslation('schools');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  return (
    <>
      <title>{`${t('page.title')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'admin' ? (
        <SchoolsPage />
      ) : (
        <>
          <h1>{t('page.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('page.notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
