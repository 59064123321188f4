import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useAuth } from '@/features/auth/lib/auth-context';
import { NotificationsBell } from '@/features/risk/components/notifications-bell';

export type HeaderUser = {
  name: string;
  roleLabel: string;
};

type AppHeaderProps = {
  user: HeaderUser | null;
  onSignOut: () => void;
};

/** Designers Italia header: slim bar (programme, language, user) over the brand bar. */
export function AppHeader({ user, onSignOut }: AppHeaderProps) {
  const { t } = useTranslation();
  const { t: tDashboard } = useTranslation('dashboard');
  const { t: tStaff } = useTranslation('staff');
  const { t: tPlanning } = useTranslation('planning');
  const { t: tImports } = useTranslation('imports');
  const role = useAuth().claims?.role;
  const uid = useAuth().user?.uid;
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <span className="d-none d-lg-block navbar-brand">{t('app.programme')}</span>
                <div className="it-header-slim-right-zone gap-3 flex-wrap">
                  <LanguageSwitch />
                  {user && (
                    <>
                      {uid && role && <NotificationsBell uid={uid} role={role} />}
                      <p className="mb-0 text-white small">
                        <span className="visually-hidden">{t('layout.signedInAs')}: </span>
                        <span className="fw-semibold">{user.name}</span>
                        <span aria-hidden="true"> · </span>
                        <span className="visually-hidden">, </span>
                        <span>{user.roleLabel}</span>
                      </p>
                      <button type="button" className="btn btn-primary btn-sm" onClick={onSignOut}>
                        {t('layout.signOut')}
                      </button>
                    </>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <Link to="/">
                      <div className="it-brand-text">
                        <div className="it-brand-title">{t('app.name')}</div>
                        <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                      </div>
                    </Link>
                  </div>
                  {user && (
                    <nav className="it-right-zone" aria-label={t('layout.mainNav')}>
                      <ul className="list-unstyled d-flex mb-0">
                        <li>
                          <NavLink to="/alunni" end className="text-white fw-semibold">
                            {t('layout.navPupils')}
                          </NavLink>
                        </li>
                        {(role === 'head' || role === 'referent') && (
                          <li className="ms-4">
                            <NavLink to="/cruscotto" className="text-white fw-semibold">
                              {tDashboard('nav.head')}
                            </NavLink>
                          </li>
                        )}
                        {(role === 'educator' || role === 'l2teacher') && (
                          <li className="ms-4">
                            <NavLink to="/agenda" className="text-white fw-semibold">
                              {tPlanning('nav')}
                            </NavLink>
                          </li>
                        )}
                        {(role === 'head' || role === 'referent') && (
                          <li className="ms-4">
                            <NavLink to="/importa" className="text-white fw-semibold">
                              {tImports('nav')}
                            </NavLink>
                          </li>
                        )}
                        {role === 'district' && (
                          <li className="ms-4">
                            <NavLink to="/ambito" className="text-white fw-semibold">
                              {tDashboard('nav.district')}
                            </NavLink>
                          </li>
                        )}
                        {(role === 'head' || role === 'admin') && (
                          <li className="ms-4">
                            <NavLink to="/personale" className="text-white fw-semibold">
                              {tStaff('nav.staff')}
                            </NavLink>
                          </li>
                        )}
                        {role === 'head' && (
                          <li className="ms-4">
                            <NavLink to="/registro-accessi" className="text-white fw-semibold">
                              {tStaff('nav.auditLog')}
                            </NavLink>
                          </li>
                        )}
                      </ul>
                    </nav>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
