import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '@/features/auth/lib/auth-context';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';

// The list's data (the Firestore SDK) loads on its own, once the heading is on screen.
const PupilsContent = lazy(async () => ({
  default: (await import('./pupils-content')).PupilsContent,
}));

export function PupilsRoute() {
  const { t } = useTranslation();
  const { user, claims } = useAuth();
  const painted = useAfterFirstPaint();
  // RequireAuth already guards this route; the check narrows the type.
  if (!user) return <Navigate to="/accedi" replace />;

  return (
    <>
      <title>{`${t('pupils.title')} – ${t('app.name')}`}</title>
      <h1>{t('pupils.title')}</h1>
      <Suspense fallback={<Loading label={t('pupils.loading')} />}>
        {painted ? (
          <PupilsContent uid={user.uid} claims={claims} />
        ) : (
          <Loading label={t('pupils.loading')} />
        )}
      </Suspense>
    </>
  );
}
