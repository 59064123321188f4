import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '../lib/auth-context';

/** Route guard: signed-out users go to /accedi and come back here after signing in. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const location = useLocation();

  if (loading) return <Loading label={t('auth.checking')} />;
  if (!user) return <Navigate to="/accedi" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
