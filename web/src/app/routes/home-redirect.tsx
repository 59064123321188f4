import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '@/features/auth/lib/auth-context';

/**
 * "/" has no page of its own: school staff start from their pupils, an Ambito coordinator
 * (who never sees a pupil) from the Ambito dashboard.
 */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { user, claims, loading } = useAuth();
  if (loading) return <Loading label={t('auth.checking')} />;
  const home = claims?.role === 'district' ? '/ambito' : '/alunni';
  return <Navigate to={user ? home : '/accedi'} replace />;
}
