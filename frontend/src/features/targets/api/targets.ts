import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';
import { downloadedFile } from '@/lib/files/downloaded-file';
import type { DownloadedFile } from '@/lib/files/use-download';

export type Target = Schema<'Target'>;
export type TargetProgress = Schema<'TargetProgress'>;
export type TargetStatus = Schema<'TargetStatus'>;
export type TargetTrendPoint = Schema<'TargetTrendPoint'>;
export type TargetMissingUnit = Schema<'TargetMissingUnit'>;
export type TargetParams = NonNullable<operations['listTargets']['parameters']['query']>;
export type TargetMissingParams = NonNullable<
  operations['listTargetMissingUnits']['parameters']['query']
>;

export const targetKeys = {
  all: ['targets'] as const,
  list: (params: TargetParams) => ['targets', 'list', params] as const,
  progress: (id: number) => ['targets', 'progress', id] as const,
  missing: (id: number, params: TargetMissingParams) => ['targets', 'missing', id, params] as const,
};

/** GET /api/v1/targets (listTargets): the targets of the caller's scope with their progress. */
export function useTargets(params: TargetParams) {
  return useQuery({
    queryKey: targetKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/targets', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/targets/{id}/progress (getTargetProgress): the target with its trend by year. */
export function useTargetProgress(id: number) {
  return useQuery({
    queryKey: targetKeys.progress(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/targets/{id}/progress', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

/** GET /api/v1/targets/{id}/missing-units (listTargetMissingUnits): the units still missing. */
export function useTargetMissingUnits(id: number, params: TargetMissingParams, enabled: boolean) {
  return useQuery({
    queryKey: targetKeys.missing(id, params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/targets/{id}/missing-units', {
          params: { path: { id }, query: params },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/v1/targets.xlsx (exportTargets): the same targets as a workbook. */
export async function exportTargets(
  params: Omit<TargetParams, 'page' | 'size'>,
): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/targets.xlsx', {
    params: { query: params },
    parseAs: 'blob',
  });
  return downloadedFile(result, 'chi-tieu.xlsx');
}
