import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHOOL_ROLES, type Role } from '@domain';
import { CountSlot } from '@/components/ui/count-slot';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useAuth } from '@/features/auth/lib/auth-context';
import { receivesRiskAlerts } from '@/features/risk/lib/permissions';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { Band } from './band';

// The bell reads Firestore: loaded on its own after sign-in, so the sign-in page and the first
// download carry no Firestore SDK.
const NotificationsBell = lazy(async () => ({
  default: (await import('@/features/risk/components/notifications-bell')).NotificationsBell,
}));
// The menu's count of flags to review reads Firestore too: loaded the same way.
const ReviewQueueNavLabel = lazy(async () => ({
  default: (await import('@/features/risk/components/review-queue')).ReviewQueueNavLabel,
}));

/** The main navigation: each page with the roles that see it (none: every signed-in user). */
type NavPath =
  | '/alunni'
  | '/da-rivedere'
  | '/da-fare'
  | '/cruscotto'
  | '/orientamento'
  | '/agenda'
  | '/importa'
  | '/valutazione-segnalazioni'
  | '/ambito'
  | '/servizi'
  | '/servizi/invii'
  | '/monitoraggio'
  | '/regione'
  | '/scuole'
  | '/personale'
  | '/registro-accessi';

const NAV: readonly {
  to: NavPath;
  roles?: readonly Role[];
  /** A live count shown next to the label. */
  count?: 'reviewQueue';
}[] = [
  { to: '/alunni', roles: SCHOOL_ROLES },
  { to: '/da-rivedere', roles: ['coordinator', 'referent', 'head'], count: 'reviewQueue' },
  { to: '/da-fare', roles: ['coordinator', 'referent', 'l2teacher', 'educator'] },
  { to: '/cruscotto', roles: ['head', 'referent'] },
  { to: '/orientamento', roles: ['head', 'referent'] },
  { to: '/agenda', roles: ['educator', 'l2teacher'] },
  { to: '/importa', roles: ['head', 'referent'] },
  { to: '/valutazione-segnalazioni', roles: ['head', 'referent', 'coordinator'] },
  { to: '/ambito', roles: ['district'] },
  { to: '/servizi', roles: ['district', 'operator'] },
  { to: '/servizi/invii', roles: ['operator'] },
  { to: '/monitoraggio', roles: ['head', 'district'] },
  { to: '/regione', roles: ['region'] },
  { to: '/scuole', roles: ['admin'] },
  { to: '/personale', roles: ['head', 'admin'] },
  { to: '/registro-accessi', roles: ['head'] },
];

/** The labels of NAV, from the shared namespace (the header loads no feature's strings). */
function useNavLabels(): Record<NavPath, string> {
  const { t } = useTranslation();
  return {
    '/alunni': t('layout.navPupils'),
    '/da-rivedere': t('nav.reviewQueue'),
    '/da-fare': t('nav.followUps'),
    '/cruscotto': t('nav.dashboard'),
    '/orientamento': t('nav.orientation'),
    '/agenda': t('nav.agenda'),
    '/importa': t('nav.imports'),
    '/valutazione-segnalazioni': t('nav.evaluation'),
    '/ambito': t('nav.district'),
    '/servizi': t('nav.services'),
    '/servizi/invii': t('nav.referralsInbox'),
    '/monitoraggio': t('nav.monitoring'),
    '/regione': t('nav.region'),
    '/scuole': t('nav.schools'),
    '/personale': t('nav.staff'),
    '/registro-accessi': t('nav.auditLog'),
  };
}

export type HeaderUser = {
  name: string;
  roleLabel: string;
};

type AppHeaderProps = {
  user: HeaderUser | null;
  onSignOut: () => void;
  /** Sign-out is running (it may wait a few seconds for records saved offline). */
  signingOut?: boolean;
};

/** The main navigation: the pages of NAV the signed-in role sees. */
/** A menu label whose count is on its way: the count's room is already kept. */
function CountedLabel({ label }: { label: string }) {
  return (
    <>
      {label}
      <CountSlot />
    </>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const labels = useNavLabels();
  const { claims, user } = useAuth();
  const role = claims?.role;
  const uid = user?.uid;
  const schoolId = claims && 'schoolId' in claims ? claims.schoolId : undefined;
  // The count reads Firestore: asked for once the page's first frame is painted.
  const painted = useAfterFirstPaint();
  return (
    <nav className="it-right-zone" aria-label={t('layout.mainNav')}>
      <ul className="list-unstyled d-flex flex-wrap mb-0 gap-4">
        {NAV.filter((item) => !item.roles || (role && item.roles.includes(role))).map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === '/alunni' || item.to === '/servizi'}
              className="text-white fw-semibold"
            >
              {item.count === 'reviewQueue' && uid && role && schoolId ? (
                painted ? (
                  <Suspense fallback={<CountedLabel label={labels[item.to]} />}>
                    <ReviewQueueNavLabel
                      schoolId={schoolId}
                      viewer={{ uid, role }}
                      label={labels[item.to]}
                    />
                  </Suspense>
                ) : (
                  <CountedLabel label={labels[item.to]} />
                )
              ) : (
                labels[item.to]
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Designers Italia header: slim bar (programme, language, user) over the brand bar. */
export function AppHeader({ user, onSignOut, signingOut = false }: AppHeaderProps) {
  const { t } = useTranslation();
  const { claims } = useAuth();
  const role = claims?.role;
  const uid = useAuth().user?.uid;
  const painted = useAfterFirstPaint();
  return (
    <header className="it-header-wrapper">
      <Band className="it-header-slim-wrapper" contentClassName="it-header-slim-wrapper-content">
        <span className="d-none d-lg-block navbar-brand">{t('app.programme')}</span>
        <div className="it-header-slim-right-zone gap-3 flex-wrap">
          {/* First in a right-aligned row: when it arrives (it loads on its own), nothing
              to its right moves. Only the roles it alerts download it (and Firestore with it). */}
          {painted && user && uid && role && receivesRiskAlerts(role) && (
            <Suspense fallback={null}>
              <NotificationsBell uid={uid} role={role} />
            </Suspense>
          )}
          <LanguageSwitch />
          {user && (
            <>
              <p className="mb-0 text-white small">
                <span className="visually-hidden">{t('layout.signedInAs')}: </span>
                <span className="fw-semibold">{user.name}</span>
                <span aria-hidden="true"> · </span>
                <span className="visually-hidden">, </span>
                <span>{user.roleLabel}</span>
              </p>
              <button
                type="button"
                className="btn btn-primary btn-sm"
                onClick={onSignOut}
                disabled={signingOut}
              >
                {signingOut ? t('layout.signingOut') : t('layout.signOut')}
              </button>
            </>
          )}
        </div>
      </Band>
      <div className="it-nav-wrapper">
        <Band
          className="it-header-center-wrapper"
          contentClassName="it-header-center-content-wrapper"
        >
          <div className="it-brand-wrapper">
            <Link to="/">
              <div className="it-brand-text">
                <div className="it-brand-title">{t('app.name')}</div>
                <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
              </div>
            </Link>
          </div>
          {user && <MainNav />}
        </Band>
      </div>
    </header>
  );
}
