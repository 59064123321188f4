import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { AgendaPage } from '@/features/planning/components/agenda-page';

/** /agenda: caseload, week agenda and session planning for educators and L2 teachers. */
export function AgendaRoute() {
  const { t } = useTranslation('planning');
  const { t: tApp } = useTranslation();
  const { user, claims } = useAuth();
  const allowed = user && claims && (claims.role === 'educator' || claims.role === 'l2teacher');
  return (
    <>
      <title>{`${t('title')} – ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      {allowed ? (
        <AgendaPage schoolId={claims.schoolId} uid={user.uid} />
      ) : (
        <div className="alert alert-warning" role="alert">
          {t('notAllowed')}
        </div>
      )}
    </>
  );
}
