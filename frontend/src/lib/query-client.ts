import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { startFromBrowserOnlineStatus } from '@/lib/offline/network-status';
import { CACHE_MAX_AGE, KEPT_OFFLINE } from '@/lib/offline/query-persistence';

/** Client errors (4xx) will not change by asking again; server and network errors may. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status < 500) {
    return false;
  }
  return failureCount < 2;
}

/**
 * Queries run only with a network (networkMode 'online', React Query's default): offline, a
 * screen shows what the device keeps (restored from IndexedDB, see query-persistence.ts) without
 * a request that could only fail, and refreshes it when the network returns. What the device
 * keeps stays in memory as long as it is kept on the device, or it would be dropped from there.
 */
export function createQueryClient(): QueryClient {
  startFromBrowserOnlineStatus();
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        networkMode: 'online',
      },
    },
  });
  for (const queryKey of KEPT_OFFLINE) {
    queryClient.setQueryDefaults(queryKey, { gcTime: CACHE_MAX_AGE });
  }
  return queryClient;
}
