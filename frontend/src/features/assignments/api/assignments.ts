import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type Assignment = Schema<'Assignment'>;
export type Bucket = Schema<'Bucket'>;
export type AssignmentStatus = Schema<'AssignmentStatus'>;
export type AssignmentSummary = Schema<'AssignmentSummary'>;
export type BucketCounts = Schema<'BucketCounts'>;
export type AssignmentListParams = NonNullable<
  operations['listAssignments']['parameters']['query']
>;
export type SummaryParams = NonNullable<operations['summarizeAssignments']['parameters']['query']>;

export const BUCKETS: Bucket[] = ['OPEN_OVERDUE', 'OPEN_IN_TIME', 'DONE_LATE', 'DONE_ON_TIME'];
export const ASSIGNMENT_STATUSES: AssignmentStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'DONE',
  'CANCELLED',
];

export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (params: AssignmentListParams) => [...assignmentKeys.all, 'list', params] as const,
  summary: (params: SummaryParams) => [...assignmentKeys.all, 'summary', params] as const,
};

/** GET /api/v1/assignments (listAssignments): an organization's work, by due date. */
export function useAssignments(params: AssignmentListParams) {
  return useQuery({
    queryKey: assignmentKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/assignments', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/assignments/summary (summarizeAssignments): the four buckets by organization. */
export function useAssignmentSummary(params: SummaryParams) {
  return useQuery({
    queryKey: assignmentKeys.summary(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/assignments/summary', { params: { query: params }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** PUT /api/v1/assignments/{id} (updateAssignment): a status report. */
export function useUpdateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: Schema<'AssignmentUpdate'> }) =>
      unwrap(await apiClient.PUT('/api/v1/assignments/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}

export type ReportSlot = Schema<'ReportSlot'>;
export type ReportSubmission = Schema<'ReportSubmission'>;

/** GET /api/v1/assignments/{id}/reports (listAssignmentReports): one slot per period. */
export function useAssignmentReports(assignmentId: number) {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'reports', assignmentId] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/assignments/{id}/reports', {
          params: { path: { id: assignmentId } },
          signal,
        }),
      ),
  });
}

/** PUT /api/v1/reports/{id} (submitReport): submit or resubmit a period's report. */
export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ReportSubmission }) =>
      unwrap(await apiClient.PUT('/api/v1/reports/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}
