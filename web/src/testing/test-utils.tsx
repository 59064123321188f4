import '@/lib/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AuthContext, type AuthState } from '@/features/auth/lib/auth-context';

type Options = {
  route?: string;
  auth?: AuthState;
};

const signedOut: AuthState = { user: null, claims: null, loading: false };

/** Renders with the app's real i18n, a memory router and an injected auth state. */
export function renderWithProviders(ui: ReactElement, options: Options = {}): RenderResult {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <AuthContext value={options.auth ?? signedOut}>
        <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
      </AuthContext>
    </QueryClientProvider>,
  );
}
