import { useEffect, useState, type ReactNode } from 'react';
import { logs } from '@/lib/logs';
import { subscribeToSession } from '../api/auth-session';
import { AuthContext, type AuthSession, type AuthState } from '../lib/auth-context';

type AuthProviderProps = {
  children: ReactNode;
  /** Replaceable so tests can drive sessions without Firebase. */
  subscribe?: typeof subscribeToSession;
};

export function AuthProvider({ children, subscribe = subscribeToSession }: AuthProviderProps) {
  const [state, setState] = useState<AuthState>({ user: null, claims: null, loading: true });

  useEffect(
    () =>
      subscribe(
        (session: AuthSession | null) =>
          setState({
            user: session?.user ?? null,
            claims: session?.claims ?? null,
            loading: false,
          }),
        (error) => {
          // Without a readable token the app cannot tell the user's role: treat as signed out
          // so the sign-in page, not a spinner forever, is what the user sees.
          logs.unexpectedError('auth-session', error);
          setState({ user: null, claims: null, loading: false });
        },
      ),
    [subscribe],
  );

  return <AuthContext value={state}>{children}</AuthContext>;
}
