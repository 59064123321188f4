import { useTranslation } from 'react-i18next';
import type { RoleClaims } from '@domain';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { signIn } from '@/features/auth/api/sign-in';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useAuth } from '@/features/auth/lib/auth-context';
import { UNSENT_PARAM } from '@/features/auth/lib/unsent';
import { landingPath } from '../landing';

/**
 * Where to go after signing in: the protected page that sent the user here, if any, else the
 * role's landing page.
 */
function returnPath(state: unknown, claims: RoleClaims | null): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    // Same-origin paths only: "//host" would leave the app.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return landingPath(claims);
}

export function SignInRoute() {
  const { t } = useTranslation();
  const { user, claims, loading } = useAuth();
  const location = useLocation();
  const [search] = useSearchParams();

  if (loading) return <Loading label={t('auth.checking')} />;
  if (user) return <Navigate to={returnPath(location.state, claims)} replace />;

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <title>{`${t('auth.title')} – ${t('app.name')}`}</title>
        <h1 id="sign-in-title">{t('auth.title')}</h1>
        {search.get(UNSENT_PARAM) === '1' && (
          <div className="alert alert-warning" role="status">
            {t('auth.unsentKept')}
          </div>
        )}
        <p>{t('auth.intro')}</p>
        <SignInForm onSignIn={signIn} />
      </div>
    </div>
  );
}
