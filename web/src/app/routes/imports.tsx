import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { ImportPage } from '@/features/imports/components/import-page';

/** /importa: CSV import of pupils and term records, for the referent and the head. */
export function ImportsRoute() {
  const { t } = useTranslation('imports');
  const { t: tApp } = useTranslation();
  const { user, claims } = useAuth();
  const allowed = user && claims && (claims.role === 'referent' || claims.role === 'head');
  return (
    <>
      <title>{`${t('title')} – ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      {allowed ? (
        <ImportPage schoolId={claims.schoolId} uid={user.uid} />
      ) : (
        <div className="alert alert-warning" role="alert">
          {t('notAllowed')}
        </div>
      )}
    </>
  );
}
