import { ErrorResponse, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { env } from '@/config/env';
import { setAccessTokenSource } from '@/lib/auth/access-token';
import { safeReturnPath, SessionContext, type Session } from '@/lib/auth/session';
import {
  announceSignOut,
  onSignOutElsewhere,
  restoreSession,
  type RestoredSession,
} from '@/lib/auth/session-restore';

interface LoginState {
  returnTo: string;
}

const origin = globalThis.location.origin;

/**
 * Authorization code flow with PKCE against Keycloak (public client). As oidc-client-ts
 * recommends for a browser app, the tokens of a tab live in that tab's sessionStorage (a reload
 * keeps them; nothing in localStorage, which every tab and script of the origin share for
 * ever); a new tab or a bookmark asks Keycloak's SSO session silently, in a hidden iframe
 * (public/silent-renew.html). oidc-client-ts renews the tokens before they expire.
 */
const userManager = new UserManager({
  authority: env.oidcAuthority,
  client_id: env.oidcClientId,
  redirect_uri: `${origin}/`,
  silent_redirect_uri: `${origin}/silent-renew.html`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: 'openid',
  userStore: new WebStorageStateStore({ store: globalThis.sessionStorage }),
  automaticSilentRenew: true,
  // An unreachable Keycloak must not keep the first screen waiting for long.
  silentRequestTimeoutInSeconds: 6,
});

// One silent renewal at a time, shared by every request that finds the tokens expired (back
// online after the token expired offline, a laptop waking up).
let renewing: Promise<User | null> | undefined;
function renewSilently(): Promise<User | null> {
  renewing ??= userManager
    .signinSilent()
    .catch(() => null)
    .finally(() => {
      renewing = undefined;
    });
  return renewing;
}

setAccessTokenSource(async () => {
  let user = await userManager.getUser();
  if (user?.expired && globalThis.navigator.onLine) {
    user = await renewSilently();
  }
  return user && !user.expired ? user.access_token : undefined;
});

// Once per page load, whatever React does with effects (StrictMode runs them twice, and the
// code of Keycloak's answer can be exchanged only once).
let restoring: Promise<RestoredSession> | undefined;
function restoreOnce(): Promise<RestoredSession> {
  restoring ??= restoreSession(userManager, {
    url: new URL(globalThis.location.href),
    online: globalThis.navigator.onLine,
  });
  return restoring;
}

/** After the return from Keycloak: drop ?code=&state= and go to the page the user was on. */
function returnToPageBeforeLogin(user: User): void {
  const state = user.state as Partial<LoginState> | undefined;
  window.history.replaceState({}, document.title, safeReturnPath(state?.returnTo));
}

/** A silent sign-in when the tokens expired or the network came back; failure = signed out. */
function renewOrForget(): void {
  void renewSilently().then((user) => (user ? undefined : userManager.removeUser()));
}

interface SessionState {
  checking: boolean;
  user: User | null;
  error: Error | undefined;
}

export function OidcSessionProvider({
  children,
  onSignedOut,
}: {
  children: ReactNode;
  /** Called when this user signs out, here or in another tab: forget what is kept on the device. */
  onSignedOut?: (subject: string | undefined) => Promise<void> | void;
}) {
  const [state, setState] = useState<SessionState>({
    checking: true,
    user: null,
    error: undefined,
  });

  useEffect(() => {
    let active = true;
    void restoreOnce().then((restored) => {
      if (!active) {
        return;
      }
      if (restored.kind === 'callback') {
        returnToPageBeforeLogin(restored.user);
      }
      setState({
        checking: false,
        user: 'user' in restored ? restored.user : null,
        error: restored.kind === 'failed' ? restored.error : undefined,
      });
    });
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    const events = userManager.events;
    const loaded = (user: User) => setState({ checking: false, user, error: undefined });
    const unloaded = () => setState((current) => ({ ...current, checking: false, user: null }));
    const expired = () => {
      if (globalThis.navigator.onLine) {
        renewOrForget();
      }
    };
    // Keycloak refused to renew (its session ended or was signed out): no longer signed in.
    // Renewals that fail for want of network are tried again when it returns.
    const renewFailed = (error: Error) => {
      if (error instanceof ErrorResponse) {
        void userManager.removeUser();
      }
    };
    const backOnline = () => {
      void userManager.getUser().then((user) => {
        if (user?.expired) {
          renewOrForget();
        }
      });
    };
    events.addUserLoaded(loaded);
    events.addUserUnloaded(unloaded);
    events.addAccessTokenExpired(expired);
    events.addSilentRenewError(renewFailed);
    window.addEventListener('online', backOnline);
    const stopListening = onSignOutElsewhere((subject) => {
      void userManager.removeUser();
      void onSignedOut?.(subject);
    });
    return () => {
      events.removeUserLoaded(loaded);
      events.removeUserUnloaded(unloaded);
      events.removeAccessTokenExpired(expired);
      events.removeSilentRenewError(renewFailed);
      window.removeEventListener('online', backOnline);
      stopListening();
    };
  }, [onSignedOut]);

  const { checking, user, error } = state;
  const session = useMemo<Session>(() => {
    const authenticated = Boolean(user);
    return {
      status: checking ? 'loading' : authenticated ? 'authenticated' : 'anonymous',
      error,
      subject: authenticated ? user?.profile.sub : undefined,
      username: authenticated ? user?.profile.preferred_username : undefined,
      login: (returnTo) => {
        const loginState: LoginState = {
          returnTo: safeReturnPath(returnTo ?? window.location.pathname + window.location.search),
        };
        setState((current) => ({ ...current, error: undefined }));
        // Leaving for Keycloak can fail before any redirect (Keycloak down, wrong authority).
        userManager.signinRedirect({ state: loginState }).catch((reason: unknown) => {
          const failure = reason instanceof Error ? reason : new Error(String(reason));
          setState((current) => ({ ...current, error: failure }));
        });
      },
      // Ends Keycloak's session too (end_session_endpoint with id_token_hint): signed out in
      // every tab and app of this browser. Offline, at least this device forgets the user.
      logout: () => {
        const subject = user?.profile.sub;
        void (async () => {
          try {
            await onSignedOut?.(subject);
          } finally {
            announceSignOut(subject);
            await userManager.signoutRedirect().catch(() => userManager.removeUser());
          }
        })();
      },
    };
  }, [checking, user, error, onSignedOut]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
