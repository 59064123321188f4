import { createContext, useContext } from 'react';
import type { RoleClaims } from '@domain';

export type SessionUser = {
  uid: string;
  displayName: string | null;
  email: string | null;
};

export type AuthSession = {
  user: SessionUser;
  /** Null when the account has no valid role claim yet. */
  claims: RoleClaims | null;
};

export type AuthState = {
  user: SessionUser | null;
  claims: RoleClaims | null;
  /** True until the first answer from Firebase Auth (and the token's claims) arrives. */
  loading: boolean;
};

export const AuthContext = createContext<AuthState | null>(null);

/** The signed-in user and their role claims; must be used under AuthProvider. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
