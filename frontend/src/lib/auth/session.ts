import { createContext, useContext } from 'react';

/**
 * What the app knows of the signed-in user. Screens read it through useSession(); the OIDC
 * provider fills it in the app, a test provider in tests, so the UI never talks to oidc-client-ts.
 */
export interface Session {
  status: 'loading' | 'anonymous' | 'authenticated';
  /** Why the last sign-in failed, if it did. */
  error: Error | undefined;
  /**
   * Who is signed in: the token's `sub` (stable) and login name. Everything kept on the device
   * for a user (drafts, cached work, the outbox) is keyed by `subject`, so on a shared phone
   * another user never sees it. Undefined unless authenticated.
   */
  subject?: string;
  username?: string;
  /** Starts the identity provider's login; afterwards the user comes back to `returnTo`. */
  login: (returnTo?: string) => void;
  logout: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession() needs a session provider above it');
  }
  return session;
}

/** Only same-site paths are followed after login, never another origin. */
export function safeReturnPath(candidate: unknown): string {
  return typeof candidate === 'string' && candidate.startsWith('/') && !candidate.startsWith('//')
    ? candidate
    : '/';
}
