import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/** The oldest time at which the data on screen (queries with observers) came from the server. */
function oldestShownData(cache: QueryCache): number | undefined {
  let oldest: number | undefined;
  for (const query of cache.getAll()) {
    const { data, dataUpdatedAt } = query.state;
    if (query.getObserversCount() > 0 && data !== undefined && dataUpdatedAt > 0) {
      oldest = oldest === undefined ? dataUpdatedAt : Math.min(oldest, dataUpdatedAt);
    }
  }
  return oldest;
}

/** When what the screen shows was saved: the "as of" of a screen read from the device offline. */
export function useShownDataSavedAt(): number | undefined {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const snapshot = useCallback(() => oldestShownData(cache), [cache]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
