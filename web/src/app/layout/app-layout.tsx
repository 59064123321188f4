import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { signOut } from '@/features/auth/api/sign-out';
import { UNSENT_PARAM } from '@/features/auth/lib/unsent';
import { useAuth } from '@/features/auth/lib/auth-context';
import { logs } from '@/lib/logs';
import { AppHeader, type HeaderUser } from './app-header';

/**
 * Page frame of every route: skip link, header, main landmark, footer. `children` stand in for
 * the route's page while its module first loads (the router's HydrateFallback).
 */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { user, claims, loading } = useAuth();
  const queryClient = useQueryClient();

  const headerUser: HeaderUser | null = user
    ? {
        name: user.displayName ?? user.email ?? user.uid,
        roleLabel: claims ? t(`roles.${claims.role}`) : t('roles.none'),
      }
    : null;

  const [signingOut, setSigningOut] = useState(false);
  const handleSignOut = () => {
    setSigningOut(true);
    signOut().then(
      ({ unsentKept }) => {
        // Pupils' data must not outlive the session on a shared school computer: the query
        // cache is dropped and the page reloaded (the closed Firestore instance with it).
        queryClient.clear();
        window.location.replace(unsentKept ? `/accedi?${UNSENT_PARAM}=1` : '/accedi');
      },
      (error: unknown) => {
        setSigningOut(false);
        logs.unexpectedError('sign-out', error);
      },
    );
  };

  // Until Firebase Auth answers, the header cannot know the menu (it depends on the role): the
  // frame appears at once with it, instead of a header that grows and pushes the page down.
  if (loading) {
    return (
      <div className="container min-vh-100">
        <Loading label={t('auth.checking')} />
      </div>
    );
  }

  return (
    <div className="d-flex flex-column min-vh-100">
      <div className="skiplinks">
        <a className="visually-hidden-focusable" href="#main-content">
          {t('layout.skipToContent')}
        </a>
      </div>
      <AppHeader user={headerUser} onSignOut={handleSignOut} signingOut={signingOut} />
      {/* At least a screen tall: the footer never sits in view while a page loads and then
          jumps down (a layout shift Lighthouse counts against the dashboard). */}
      <main
        id="main-content"
        tabIndex={-1}
        className="container my-4 flex-grow-1"
        style={{ minHeight: '100vh' }}
      >
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          {children ?? <Outlet />}
        </Suspense>
      </main>
      <footer className="it-footer">
        <div className="it-footer-main">
          <div className="container">
            <section className="py-4 text-white">
              <p className="mb-2">{t('layout.footerText')}</p>
              <p className="mb-0 small">{t('layout.footerPrivacy')}</p>
            </section>
          </div>
        </div>
      </footer>
    </div>
  );
}
