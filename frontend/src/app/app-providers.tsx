import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider, type Persister } from '@tanstack/react-query-persist-client';
import { useLayoutEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n/i18n';
import { reportOfflineQueriesAsErrors } from '@/lib/offline/offline-error';
import { CACHE_BUSTER, CACHE_MAX_AGE, shouldKeepQuery } from '@/lib/offline/query-persistence';

/**
 * React Query for the screens; with a `persister`, the user's own work is also kept on the
 * device and read from there first (offline reading).
 */
function QueryProvider({
  queryClient,
  persister,
  children,
}: {
  queryClient: QueryClient;
  persister: Persister | undefined;
  children: ReactNode;
}) {
  // A layout effect: in place before the screens' queries first run (in their passive effects).
  useLayoutEffect(() => reportOfflineQueriesAsErrors(queryClient), [queryClient]);
  if (!persister) {
    return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  }
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{
        persister,
        buster: CACHE_BUSTER,
        maxAge: CACHE_MAX_AGE,
        dehydrateOptions: { shouldDehydrateQuery: shouldKeepQuery },
      }}
      // What the device kept is shown at once, but is never taken as fresh: with a network,
      // every screen asks the server again (a reload must show what changed meanwhile).
      onSuccess={() => void queryClient.invalidateQueries({ refetchType: 'none' })}
    >
      {children}
    </PersistQueryClientProvider>
  );
}

/**
 * Everything a screen needs around it, apart from the session and the router. antd's theme and
 * language are not here: each screen drawn with antd brings them (WithAntd, routes.tsx), so the
 * first screen, drawn without antd, does not load it (budget: README).
 */
export function AppProviders({
  queryClient,
  persister,
  children,
}: {
  queryClient: QueryClient;
  /** Where the signed-in user's work is kept for reading offline (none in tests by default). */
  persister?: Persister;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryProvider queryClient={queryClient} persister={persister}>
        {children}
      </QueryProvider>
    </I18nextProvider>
  );
}
