import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type ModelFunnel = Schema<'ModelFunnel'>;
export type ModelFunnelRow = Schema<'ModelFunnelRow'>;
export type ModelFunnelCounts = Schema<'ModelFunnelCounts'>;
export type ModelFunnelParams = operations['getModelFunnel']['parameters']['query'];

/** The funnel's stages, in the order of the yearly cycle (a missing one fails to compile). */
export const FUNNEL_STAGES = [
  'registered',
  'appraised',
  'recognized',
  'exemplary',
  'commended',
  'replicated',
] as const satisfies readonly (keyof ModelFunnelCounts)[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Not kept on the device: the funnel is read online only (see KEPT_OFFLINE). */
export const funnelKeys = {
  funnel: (params: ModelFunnelParams) => ['models', 'funnel', params] as const,
};

/** GET /api/v1/mobilization-models/funnel (getModelFunnel): the round's funnel for the unit. */
export function useModelFunnel(params: ModelFunnelParams | undefined) {
  return useQuery({
    queryKey: funnelKeys.funnel(params ?? { roundId: 0 }),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/mobilization-models/funnel', {
          params: { query: params ?? { roundId: 0 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: params !== undefined,
  });
}

/** GET /api/v1/mobilization-models/funnel.xlsx (exportModelFunnel): the same figures as .xlsx. */
export async function exportModelFunnel(
  params: ModelFunnelParams,
): Promise<{ blob: Blob; fileName: string }> {
  const result = await apiClient.GET('/api/v1/mobilization-models/funnel.xlsx', {
    params: { query: params },
    parseAs: 'blob',
  });
  const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'ket-qua-phong-trao.xlsx';
  return { blob, fileName };
}
