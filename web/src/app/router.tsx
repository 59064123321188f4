import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { RootError, RouteError } from '@/components/errors/route-error';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { AppLayout } from './layout/app-layout';
import { HomeRedirect } from './routes/home-redirect';

// Page modules load on demand so the sign-in page does not download the pupils' pages.
const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RootError />,
    children: [
      { index: true, element: <HomeRedirect />, errorElement: <RouteError /> },
      {
        path: 'accedi',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
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
