import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { unitChildrenQueryOptions, type UnitSummary } from '@/features/units/api/units';

interface ChildrenLoadError {
  parentId: number;
  error: Error;
}

/**
 * The children loaded so far for a lazily expanded unit tree. Loading goes through the query
 * cache, so expanding a node twice, or in two trees, asks the server once.
 */
export function useUnitChildren() {
  const queryClient = useQueryClient();
  const [childrenByParent, setChildrenByParent] = useState<ReadonlyMap<number, UnitSummary[]>>(
    () => new Map(),
  );
  const [loadError, setLoadError] = useState<ChildrenLoadError | null>(null);

  const loadChildren = useCallback(
    async (parentId: number) => {
      try {
        const children = await queryClient.fetchQuery(unitChildrenQueryOptions(parentId));
        setChildrenByParent((previous) => new Map(previous).set(parentId, children));
        setLoadError((previous) => (previous?.parentId === parentId ? null : previous));
      } catch (error) {
        setLoadError({
          parentId,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      }
    },
    [queryClient],
  );

  return { childrenByParent, loadChildren, loadError };
}
