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
