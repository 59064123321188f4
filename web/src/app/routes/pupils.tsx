import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { MyPupils } from '@/features/pupils/components/my-pupils';

export function PupilsRoute() {
  const { t } = useTranslation();
  const { user, claims } = useAuth();
  // RequireAuth already guards this route; the check narrows the type.
  if (!user) return <Navigate to="/accedi" replace />;

  return (
    <>
      <title>{`${t('pupils.title')} – ${t('app.name')}`}</title>
      <h1>{t('pupils.title')}</h1>
      <MyPupils uid={user.uid} claims={claims} />
    </>
  );
}
