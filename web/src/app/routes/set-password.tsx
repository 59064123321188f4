import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { emailOfPasswordLink, setPasswordAndSignIn } from '@/features/auth/api/set-password';
import { SetPasswordForm } from '@/features/auth/components/set-password-form';
import { useAuth } from '@/features/auth/lib/auth-context';
import { landingPath } from '../landing';

/**
 * /imposta-password?oobCode=…: the action URL of Firebase Auth's password email (set it in the
 * console's email template), so the invitee meets an Italian page instead of Firebase's own.
 */
export function SetPasswordRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { user, claims } = useAuth();
  const oobCode = search.get('oobCode') ?? '';

  if (user) return <Navigate to={landingPath(claims)} replace />;
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <title>{`${t('setPassword.title')} – ${t('app.name')}`}</title>
        <h1 id="set-password-title">{t('setPassword.title')}</h1>
        {oobCode ? (
          <SetPasswordForm
            oobCode={oobCode}
            checkCode={emailOfPasswordLink}
            onSetPassword={setPasswordAndSignIn}
          />
        ) : (
          <div role="alert" className="alert alert-danger">
            {t('setPassword.linkInvalid')}
          </div>
        )}
      </div>
    </div>
  );
}
