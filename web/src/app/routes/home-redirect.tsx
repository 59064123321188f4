import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '@/features/auth/lib/auth-context';

/** "/" has no page of its own: signed-in users start from their pupils. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  if (loading) return <Loading label={t('auth.checking')} />;
  return <Navigate to={user ? '/alunni' : '/accedi'} replace />;
}
