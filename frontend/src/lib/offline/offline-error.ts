import type { Query, QueryClient } from '@tanstack/react-query';

/** What a query without data says when there is no network to load it. */
export class OfflineError extends Error {
  constructor() {
    super('offline: nothing of this is kept on the device');
    this.name = 'OfflineError';
  }
}

/**
 * A query without data that cannot run for want of network is, for React Query, "pending" and
 * paused: screens would show their skeleton until the network returns. Turn it into an
 * OfflineError at once, so that the screen says why. The paused request is left as it is: when
 * the network returns, it runs, and its answer replaces the error.
 */
export function reportOfflineQueriesAsErrors(queryClient: QueryClient): () => void {
  const cache = queryClient.getQueryCache();
  cache.getAll().forEach(reportIfWaitingForNetwork);
  return cache.subscribe((event) => {
    if (event.type === 'updated') {
      reportIfWaitingForNetwork(event.query as Query);
    }
  });
}

function reportIfWaitingForNetwork(query: Query): void {
  const { status, fetchStatus } = query.state;
  if (status === 'pending' && fetchStatus === 'paused') {
    query.setState({ status: 'error', error: new OfflineError(), errorUpdatedAt: Date.now() });
  }
}
