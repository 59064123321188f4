import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { RootError, RouteError } from '@/components/errors/route-error';
import { Loading } from '@/components/ui/loading';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { AppLayout } from './layout/app-layout';
import { HomeRedirect } from './routes/home-redirect';

/**
 * What the first page shows while its lazy module loads: the page frame with a spinner. The
 * router renders it during its initial load (and warns on every first load without one).
 */
function FirstLoad() {
  const { t } = useTranslation();
  return (
    <AppLayout>
      <Loading label={t('common.loading')} />
    </AppLayout>
  );
}

/** The same for the public pages, which have no app frame. */
function PublicFirstLoad() {
  const { t } = useTranslation();
  return <Loading label={t('common.loading')} />;
}

// Page modules load on demand so the sign-in page does not download the pupils' pages.
const routes: RouteObject[] = [
  // The public family page (issue 13): no sign-in and no app frame (a printable handout).
  {
    path: 'famiglie/:districtId',
    HydrateFallback: PublicFirstLoad,
    errorElement: <RootError />,
    lazy: async () => ({ Component: (await import('./routes/family')).FamilyRoute }),
  },
  {
    element: <AppLayout />,
    HydrateFallback: FirstLoad,
    errorElement: <RootError />,
    children: [
      { index: true, element: <HomeRedirect />, errorElement: <RouteError /> },
      {
        path: 'accedi',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
      },
      {
        path: 'imposta-password',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('./routes/set-password')).SetPasswordRoute,
        }),
      },
      {
        element: <RequireAuth />,
        errorElement: <RouteError />,
        children: [
          {
            path: 'alunni',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/pupils')).PupilsRoute }),
          },
          {
            path: 'alunni/:pupilId',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/pupil')).PupilRoute }),
          },
          {
            path: 'alunni/:pupilId/stampa',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/pupil-print')).PupilPrintRoute,
            }),
          },
          {
            path: 'alunni/:pupilId/orientamento',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/orientation-pupil')).PupilOrientationRoute,
            }),
          },
          {
            path: 'alunni/:pupilId/orientamento/stampa/:document',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/orientation-pupil')).PupilOrientationPrintRoute,
            }),
          },
          {
            path: 'orientamento',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/orientation')).OrientationRoute,
            }),
          },
          {
            path: 'orientamento/passaggi/:transitionId',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/orientation')).HandoverRoute }),
          },
          {
            path: 'alunni/:pupilId/scheda',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/pupil-sheet')).PupilSheetRoute,
            }),
          },
          {
            path: 'da-rivedere',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/review-queue')).ReviewQueueRoute,
            }),
          },
          {
            path: 'da-fare',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/follow-ups')).FollowUpsRoute }),
          },
          {
            path: 'personale',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/staff')).StaffRoute }),
          },
          {
            path: 'registro-accessi',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/audit-log')).AuditLogRoute }),
          },
          {
            path: 'classi/:classId',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/school-class')).SchoolClassRoute,
            }),
          },
          {
            path: 'cruscotto',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/dashboard')).DashboardRoute }),
          },
          {
            path: 'agenda',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/agenda')).AgendaRoute }),
          },
          {
            path: 'importa',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/imports')).ImportsRoute }),
          },
          {
            path: 'valutazione-segnalazioni',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/evaluation')).EvaluationRoute,
            }),
          },
          {
            path: 'scuole',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/schools')).SchoolsRoute }),
          },
          {
            path: 'ambito',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/district')).DistrictRoute }),
          },
          {
            path: 'servizi',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/services')).ServicesRoute }),
          },
          {
            path: 'servizi/invii',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/operator-referrals')).OperatorReferralsRoute,
            }),
          },
          {
            path: 'servizi/invii/:referralId',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/operator-referral')).OperatorReferralRoute,
            }),
          },
          {
            path: 'alunni/:pupilId/invia-ai-servizi',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/referral-new')).ReferralNewRoute,
            }),
          },
          {
            path: 'alunni/:pupilId/invii/:referralId',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/referral')).ReferralRoute }),
          },
          {
            path: 'monitoraggio',
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('./routes/monitoring')).MonitoringRoute,
            }),
          },
          {
            path: 'regione',
            errorElement: <RouteError />,
            lazy: async () => ({ Component: (await import('./routes/region')).RegionRoute }),
          },
        ],
      },
      {
        path: '*',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
