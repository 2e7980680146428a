import { User } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import {
  announceSignOut,
  onSignOutElsewhere,
  restoreSession,
  type SessionUserManager,
} from '@/lib/auth/session-restore';

const APP = new URL('http://localhost:5173/work');
const RETURN_FROM_KEYCLOAK = new URL('http://localhost:5173/?code=abc&state=xyz');

function user(expiresInSeconds: number): User {
  return new User({
    access_token: 'token',
    token_type: 'Bearer',
    profile: {
      sub: 'user-1',
      iss: 'http://localhost:8180/realms/danvan',
      aud: 'danvan-web',
      exp: 0,
      iat: 0,
    },
    expires_at: Math.floor(Date.now() / 1000) + expiresInSeconds,
  });
}

/** A UserManager whose store holds `stored` and whose Keycloak answers a silent sign-in with `silent`. */
function fakeManager({
  stored = null,
  silent,
}: {
  stored?: User | null;
  silent?: User | Error;
}): SessionUserManager & { [K in keyof SessionUserManager]: ReturnType<typeof vi.fn> } {
  return {
    getUser: vi.fn(() => Promise.resolve(stored)),
    signinCallback: vi.fn(() => Promise.resolve(user(300))),
    signinSilent: vi.fn(() =>
      silent instanceof Error ? Promise.reject(silent) : Promise.resolve(silent ?? null),
    ),
    removeUser: vi.fn(() => Promise.resolve()),
  };
}

describe('restoring the session when the app loads', () => {
  it('a reload: uses the tokens of this tab, without asking Keycloak', async () => {
    const stored = user(300);
    const manager = fakeManager({ stored });

    const restored = await restoreSession(manager, { url: APP, online: true });

    expect(restored).toEqual({ kind: 'stored', user: stored });
    expect(manager.signinSilent).not.toHaveBeenCalled();
  });

  it('a new tab or a bookmark: signs in silently against Keycloak’s session', async () => {
    const fromKeycloak = user(300);
    const manager = fakeManager({ silent: fromKeycloak });

    const restored = await restoreSession(manager, { url: APP, online: true });

    expect(restored).toEqual({ kind: 'silent', user: fromKeycloak });
  });

  it('expired tokens in this tab: renewed silently', async () => {
    const fromKeycloak = user(300);
    const manager = fakeManager({ stored: user(-10), silent: fromKeycloak });

    expect(await restoreSession(manager, { url: APP, online: true })).toEqual({
      kind: 'silent',
      user: fromKeycloak,
    });
  });

  it('no Keycloak session: anonymous, without an error to show, and nothing stale kept', async () => {
    const manager = fakeManager({ stored: user(-10), silent: new Error('login_required') });

    const restored = await restoreSession(manager, { url: APP, online: true });

    expect(restored).toEqual({ kind: 'anonymous' });
    expect(manager.removeUser).toHaveBeenCalledOnce();
  });

  it('offline with expired tokens: keeps the user, to read what the device keeps', async () => {
    const stored = user(-10);
    const manager = fakeManager({ stored });

    expect(await restoreSession(manager, { url: APP, online: false })).toEqual({
      kind: 'offline',
      user: stored,
    });
    expect(manager.signinSilent).not.toHaveBeenCalled();
  });

  it('offline in a new tab: anonymous, without waiting for an iframe that cannot answer', async () => {
    const manager = fakeManager({});

    expect(await restoreSession(manager, { url: APP, online: false })).toEqual({
      kind: 'anonymous',
    });
    expect(manager.signinSilent).not.toHaveBeenCalled();
  });

  it('back from Keycloak’s login page: exchanges the code; a refusal is shown', async () => {
    const manager = fakeManager({});
    expect(await restoreSession(manager, { url: RETURN_FROM_KEYCLOAK, online: true })).toEqual(
      expect.objectContaining({ kind: 'callback' }),
    );
    expect(manager.signinCallback).toHaveBeenCalledWith(RETURN_FROM_KEYCLOAK.href);

    manager.signinCallback.mockRejectedValueOnce(new Error('access_denied'));
    expect(await restoreSession(manager, { url: RETURN_FROM_KEYCLOAK, online: true })).toEqual({
      kind: 'failed',
      error: new Error('access_denied'),
    });
  });
});

describe('signing out in another tab', () => {
  it('is heard by the other tabs of the browser', async () => {
    const heard = new Promise<string | undefined>((resolve) => {
      const stop = onSignOutElsewhere((subject) => {
        stop();
        resolve(subject);
      });
    });

    announceSignOut('user-1');

    await expect(heard).resolves.toBe('user-1');
  });
});
