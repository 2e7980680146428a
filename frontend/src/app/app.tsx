import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/app-providers';
import { routes } from '@/app/routes';
import { PageLoading } from '@/components/page-loading';
import { OidcSessionProvider } from '@/lib/auth/oidc-session-provider';
import { useSession } from '@/lib/auth/session';
import { removeUserCache, userCachePersister } from '@/lib/offline/query-persistence';
import { createQueryClient } from '@/lib/query-client';

function BrowserRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

/**
 * The router reads the address bar once, when it is made. It is made only after the return
 * from Keycloak has been handled, when the address is the page the user was on again.
 */
function RouterAfterLoginCheck() {
  const { t } = useTranslation();
  const session = useSession();
  return session.status === 'loading' ? (
    <PageLoading label={t('welcome.signingIn')} />
  ) : (
    <BrowserRouter />
  );
}

/**
 * One query cache per signed-in user, kept on the device under their `subject`: another user
 * of the same browser starts from an empty cache and never reads the first one's work.
 */
function PerUserProviders({ children }: { children: ReactNode }) {
  const session = useSession();
  const subject = session.status === 'authenticated' ? session.subject : undefined;
  const queryClient = useMemo(() => {
    void subject; // a new cache for each user
    return createQueryClient();
  }, [subject]);
  const persister = useMemo(() => (subject ? userCachePersister(subject) : undefined), [subject]);
  return (
    <AppProviders key={subject ?? 'anonymous'} queryClient={queryClient} persister={persister}>
      {children}
    </AppProviders>
  );
}

export function App() {
  const forgetDeviceData = useCallback(async (subject: string | undefined) => {
    if (subject) {
      await removeUserCache(subject);
    }
  }, []);
  return (
    <OidcSessionProvider onSignedOut={forgetDeviceData}>
      <PerUserProviders>
        <RouterAfterLoginCheck />
      </PerUserProviders>
    </OidcSessionProvider>
  );
}
