import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type PublicRecognizedArea = Schema<'PublicRecognizedArea'>;
export type PublicRecognizedAreaParams = NonNullable<
  operations['listPublicRecognizedAreas']['parameters']['query']
>;

export const recognizedAreaKeys = {
  list: (params: PublicRecognizedAreaParams) =>
    ['public-recognized-areas', 'list', params] as const,
};

/** GET /api/v1/public/recognized-areas (listPublicRecognizedAreas): no sign-in; newest first. */
export function usePublicRecognizedAreas(params: PublicRecognizedAreaParams) {
  return useQuery({
    queryKey: recognizedAreaKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/public/recognized-areas', {
          params: { query: params },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
