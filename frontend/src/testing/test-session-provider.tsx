import type { ReactNode } from 'react';
import { setAccessTokenSource } from '@/lib/auth/access-token';
import { SessionContext, type Session } from '@/lib/auth/session';
import { TEST_ACCESS_TOKEN } from '@/testing/msw/handlers';

/**
 * Stands in for the OIDC session in tests: no Keycloak, a fixed access token. The API client
 * and every screen run their real code around it.
 */
export function TestSessionProvider({
  session,
  children,
}: {
  session: Session;
  children: ReactNode;
}) {
  setAccessTokenSource(() => (session.status === 'authenticated' ? TEST_ACCESS_TOKEN : undefined));
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
