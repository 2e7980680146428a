import type { User } from 'oidc-client-ts';

/** The part of oidc-client-ts's UserManager that restoring a session needs (a fake one in tests). */
export interface SessionUserManager {
  getUser: () => Promise<User | null>;
  signinCallback: (url?: string) => Promise<User | undefined>;
  signinSilent: () => Promise<User | null>;
  removeUser: () => Promise<void>;
}

export type RestoredSession =
  /** Back from Keycloak's login page: the code was exchanged for tokens. */
  | { kind: 'callback'; user: User }
  /** Tokens of this tab (sessionStorage), still valid: a reload. */
  | { kind: 'stored'; user: User }
  /** Keycloak's session answered an iframe without a prompt: a new tab, a bookmark. */
  | { kind: 'silent'; user: User }
  /** Offline with expired tokens: the user reads what is on the device until the network returns. */
  | { kind: 'offline'; user: User }
  | { kind: 'anonymous' }
  /** The return from Keycloak carried an error (access denied, a stale state): worth telling. */
  | { kind: 'failed'; error: Error };

/** Keycloak sends the browser back with ?code=&state= (or ?error=&state=). */
export function isSigninCallback(url: URL): boolean {
  const params = url.searchParams;
  return Boolean((params.get('code') || params.get('error')) && params.get('state'));
}

/**
 * Finds the user of this tab when the app loads, the way oidc-client-ts recommends: the tokens
 * of this tab from sessionStorage (a reload), else a silent sign-in against Keycloak's SSO session
 * (prompt=none in a hidden iframe: a new tab, a bookmark). A failed silent sign-in only means
 * "not signed in": no error is shown for it.
 */
export async function restoreSession(
  manager: SessionUserManager,
  { url, online }: { url: URL; online: boolean },
): Promise<RestoredSession> {
  if (isSigninCallback(url)) {
    try {
      const user = await manager.signinCallback(url.href);
      return user ? { kind: 'callback', user } : { kind: 'anonymous' };
    } catch (error) {
      return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
  }
  const stored = await manager.getUser();
  if (stored && !stored.expired) {
    return { kind: 'stored', user: stored };
  }
  if (!online) {
    return stored ? { kind: 'offline', user: stored } : { kind: 'anonymous' };
  }
  try {
    const user = await manager.signinSilent();
    if (user) {
      return { kind: 'silent', user };
    }
  } catch {
    // login_required, or Keycloak does not answer: the visitor signs in with the button
  }
  await manager.removeUser();
  return { kind: 'anonymous' };
}

/** Tells the other tabs of this browser that the user signed out here, and hears them. */
const CHANNEL = 'danvan-session';
interface SignedOutMessage {
  type: 'signed-out';
  subject: string | undefined;
}

export function announceSignOut(subject: string | undefined): void {
  if (typeof BroadcastChannel === 'undefined') {
    return;
  }
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'signed-out', subject } satisfies SignedOutMessage);
  channel.close();
}

/** Calls `onSignedOut` when another tab signs out; returns the unsubscribe. */
export function onSignOutElsewhere(onSignedOut: (subject: string | undefined) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') {
    return () => undefined;
  }
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<SignedOutMessage>) => {
    if (event.data?.type === 'signed-out') {
      onSignedOut(event.data.subject);
    }
  };
  return () => channel.close();
}
