import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AfterFirstPaint } from '@/components/ui/after-first-paint';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '@/features/auth/lib/auth-context';

// The list's data (the Firestore SDK) loads on its own, once the heading is on screen.
const PupilsContent = lazy(async () => ({
  default: (await import('./pupils-content')).PupilsContent,
}));

export function PupilsRoute() {
  const { t } = useTranslation();
  const { user, claims } = useAuth();
  // RequireAuth already guards this route; the check narrows the type.
  if (!user) return <Navigate to="/accedi" replace />;

  return (
    <>
      <title>{`${t('pupils.title')} – ${t('app.name')}`}</title>
      <h1>{t('pupils.title')}</h1>
      <AfterFirstPaint fallback={<Loading label={t('pupils.loading')} />}>
        <PupilsContent uid={user.uid} claims={claims} />
      </AfterFirstPaint>
    </>
  );
}
