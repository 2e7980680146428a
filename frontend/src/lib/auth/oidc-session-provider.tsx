import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useMemo, useState, type ReactNode } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { env } from '@/config/env';
import { setAccessTokenSource } from '@/lib/auth/access-token';
import { safeReturnPath, SessionContext, type Session } from '@/lib/auth/session';

interface LoginState {
  returnTo: string;
}

const origin = globalThis.location.origin;

/**
 * Authorization code flow with PKCE against Keycloak (public client). Tokens live in memory
 * only (never in localStorage); oidc-client-ts renews them before they expire.
 */
const userManager = new UserManager({
  authority: env.oidcAuthority,
  client_id: env.oidcClientId,
  redirect_uri: `${origin}/`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: 'openid',
  userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  automaticSilentRenew: true,
});

setAccessTokenSource(async () => {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
});

/** After the redirect back from Keycloak: drop ?code=&state= and go to the page the user was on. */
function onSigninCallback(user: User | undefined): void {
  const state = user?.state as Partial<LoginState> | undefined;
  window.history.replaceState({}, document.title, safeReturnPath(state?.returnTo));
}

function OidcSessionBridge({ children }: { children: ReactNode }) {
  const { isAuthenticated, isLoading, activeNavigator, error: authError, user } = useAuth();
  const subject = isAuthenticated ? user?.profile.sub : undefined;
  const username = isAuthenticated ? user?.profile.preferred_username : undefined;
  // Leaving for Keycloak can fail before any redirect (Keycloak down, wrong authority).
  const [redirectError, setRedirectError] = useState<Error>();
  const error = authError ?? redirectError;
  // isLoading is also true while leaving for Keycloak (an active navigator); only the first
  // check, and the handling of the return from Keycloak, count as "loading" for the app.
  const checking = isLoading && !activeNavigator;

  const session = useMemo<Session>(
    () => ({
      status: checking ? 'loading' : isAuthenticated ? 'authenticated' : 'anonymous',
      error,
      subject,
      username,
      login: (returnTo) => {
        const state: LoginState = {
          returnTo: safeReturnPath(returnTo ?? window.location.pathname + window.location.search),
        };
        setRedirectError(undefined);
        userManager.signinRedirect({ state }).catch((reason: unknown) => {
          setRedirectError(reason instanceof Error ? reason : new Error(String(reason)));
        });
      },
      logout: () => {
        void userManager.signoutRedirect();
      },
    }),
    [checking, isAuthenticated, error, subject, username],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function OidcSessionProvider({ children }: { children: ReactNode }) {
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <OidcSessionBridge>{children}</OidcSessionBridge>
    </AuthProvider>
  );
}
