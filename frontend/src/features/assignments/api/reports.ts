import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { assignmentKeys } from '@/features/assignments/api/assignments';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type ReportSlot = Schema<'ReportSlot'>;
export type ReportReview = Schema<'ReportReview'>;
export type Attachment = Schema<'Attachment'>;
export type ReportListParams = NonNullable<operations['listReports']['parameters']['query']>;

export const reportKeys = {
  all: ['reports'] as const,
  list: (params: ReportListParams) => [...reportKeys.all, 'list', params] as const,
};

/** GET /api/v1/reports (listReports): with `inbox`, the reports waiting for the caller's review. */
export function useReports(params: ReportListParams) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/reports', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

function invalidateReports(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.all }),
    queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  ]);
}

/** POST /api/v1/reports/{id}/review (reviewReport): accept, or return with a comment. */
export function useReviewReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ReportReview }) =>
      unwrap(
        await apiClient.POST('/api/v1/reports/{id}/review', { params: { path: { id } }, body }),
      ),
    onSuccess: () => invalidateReports(queryClient),
  });
}

/** POST /api/v1/reports/{id}/attachments (addReportAttachment): evidence, a file or a photo. */
export function useAddEvidence(reportId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await apiClient.POST('/api/v1/reports/{id}/attachments', {
          params: { path: { id: reportId } },
          // the contract's binary string is a Blob in the browser
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () => invalidateReports(queryClient),
  });
}

/** DELETE /api/v1/reports/{id}/attachments/{attachmentId} (deleteReportAttachment). */
export function useDeleteEvidence(reportId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: number) => {
      const result = await apiClient.DELETE('/api/v1/reports/{id}/attachments/{attachmentId}', {
        params: { path: { id: reportId, attachmentId } },
      });
      if (!result.response.ok) {
        unwrap(result);
      }
    },
    onSuccess: () => invalidateReports(queryClient),
  });
}

/** GET /api/v1/reports/{id}/attachments/{attachmentId} (downloadReportAttachment): the file. */
export async function downloadEvidence(reportId: number, attachment: Attachment): Promise<Blob> {
  const result = await apiClient.GET('/api/v1/reports/{id}/attachments/{attachmentId}', {
    params: { path: { id: reportId, attachmentId: attachment.id } },
    parseAs: 'blob',
  });
  return unwrap(result as { data?: Blob; error?: unknown; response: Response });
}

export type ReportSort = Schema<'ReportSort'>;
export type ReportBulkReviewResult = Schema<'ReportBulkReviewResult'>;
export type ReportBulkReviewOutcome = Schema<'ReportBulkReviewOutcome'>;
export type ReportBulkReview = Schema<'ReportBulkReview'>;

export const REPORT_SORTS: ReportSort[] = [
  'submittedAt',
  '-submittedAt',
  'dueDate',
  '-dueDate',
  'organization',
  'task',
];

/** POST /api/v1/reports/reviews (reviewReports): many reports at once, a result for each. */
export function useReviewReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReportBulkReview) =>
      unwrap(await apiClient.POST('/api/v1/reports/reviews', { body })),
    onSettled: () => invalidateReports(queryClient),
  });
}

/**
 * A report's evidence file as a Blob, fetched with the bearer token, for an inline preview; kept
 * while the report is looked at (the object URL made from it is the component's to revoke).
 */
export function useEvidenceBlob(reportId: number, attachment: Attachment, enabled = true) {
  return useQuery({
    queryKey: [...reportKeys.all, 'evidence', reportId, attachment.id] as const,
    queryFn: () => downloadEvidence(reportId, attachment),
    enabled,
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/** GET /api/v1/directives (listDirectives): directives to filter the inbox by. */
export function useDirectiveChoices(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...reportKeys.all, 'directive-choices', q] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/directives', {
          params: { query: { q: q || undefined, size: 20 } },
          signal,
        }),
      ).items,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/v1/directives/{id}/tasks (listDirectiveTasks): a directive's tasks, to filter by one. */
export function useTaskChoices(directiveId: number | undefined) {
  return useQuery({
    queryKey: [...reportKeys.all, 'task-choices', directiveId ?? 0] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/directives/{id}/tasks', {
          params: { path: { id: directiveId ?? 0 } },
          signal,
        }),
      ),
    enabled: directiveId !== undefined,
  });
}
