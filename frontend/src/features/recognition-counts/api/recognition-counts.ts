import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type RecognitionCounts = Schema<'RecognitionCounts'>;
export type RecognitionCountRow = Schema<'RecognitionCountRow'>;
export type RecognitionCountFigures = Schema<'RecognitionCountFigures'>;
export type RecognitionCriterionFailure = Schema<'RecognitionCriterionFailure'>;
export type RecognitionCountParams = operations['getRecognitionCounts']['parameters']['query'];

/** The figures the screens show, in the order of a title's life (a missing one fails to compile). */
export const COUNT_FIGURES = [
  'registered',
  'refused',
  'recognized',
  'inForce',
  'lapsed',
  'revoked',
  'lost',
] as const satisfies readonly (keyof RecognitionCountFigures)[];
export type CountFigure = (typeof COUNT_FIGURES)[number];

/** Not kept on the device: the counts are read online only (see KEPT_OFFLINE). */
export const recognitionCountKeys = {
  counts: (params: RecognitionCountParams) => ['recognition-counts', 'units', params] as const,
  failures: (params: RecognitionCountParams) => ['recognition-counts', 'criteria', params] as const,
};

/** GET /api/v1/recognition-counts (getRecognitionCounts): a year's counts by unit and title. */
export function useRecognitionCounts(params: RecognitionCountParams) {
  return useQuery({
    queryKey: recognitionCountKeys.counts(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-counts', { params: { query: params }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/recognition-counts/criteria (getRecognitionCriterionFailures): worst first. */
export function useRecognitionCriterionFailures(params: RecognitionCountParams) {
  return useQuery({
    queryKey: recognitionCountKeys.failures(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-counts/criteria', {
          params: { query: params },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/recognition-counts.xlsx (exportRecognitionCounts): both tables as .xlsx. */
export async function exportRecognitionCounts(
  params: RecognitionCountParams,
): Promise<{ blob: Blob; fileName: string }> {
  const result = await apiClient.GET('/api/v1/recognition-counts.xlsx', {
    params: { query: params },
    parseAs: 'blob',
  });
  const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const fileName =
    /filename="([^"]+)"/.exec(disposition)?.[1] ?? `cong-nhan-khu-dan-cu-${params.year}.xlsx`;
  return { blob, fileName };
}
