import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { Schema } from '@/lib/api/schema-types';

export type CurrentUser = Schema<'CurrentUser'>;

export const currentUserKeys = {
  all: ['current-user'] as const,
};

/** GET /api/v1/me (getCurrentUser): who is signed in, their roles, organization and unit. */
export function currentUserQueryOptions() {
  return queryOptions({
    queryKey: currentUserKeys.all,
    queryFn: async ({ signal }) => unwrap(await apiClient.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
