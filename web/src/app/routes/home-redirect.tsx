import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '@/features/auth/lib/auth-context';
import { landingPath } from '../landing';

/** "/" has no page of its own: each role starts from its landing page (see LANDING_BY_ROLE). */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { user, claims, loading } = useAuth();
  if (loading) return <Loading label={t('auth.checking')} />;
  return <Navigate to={user ? landingPath(claims) : '/accedi'} replace />;
}
