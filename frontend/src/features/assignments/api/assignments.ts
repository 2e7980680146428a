import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
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

export type Digest = Schema<'Digest'>;
export type DigestItem = Schema<'DigestItem'>;
export type Task = Schema<'Task'>;
export type Explanation = Schema<'Explanation'>;
export type AssignmentTargets = Schema<'AssignmentTargets'>;

/** GET /api/v1/me/digest (getMyDigest): the caller's reminders today. */
export function useMyDigest() {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'digest'] as const,
    queryFn: async ({ signal }) => unwrap(await apiClient.GET('/api/v1/me/digest', { signal })),
  });
}

/** GET /api/v1/assignments/summary/export (exportAssignmentSummary): the summary as .xlsx. */
export async function exportSummary(
  params: SummaryParams,
): Promise<{ blob: Blob; fileName: string }> {
  const result = await apiClient.GET('/api/v1/assignments/summary/export', {
    params: { query: params },
    parseAs: 'blob',
  });
  const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'tong-hop-nhiem-vu.xlsx';
  return { blob, fileName };
}

/** GET /api/v1/tasks/{id} (getTask). */
export function useTask(id: number) {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'task', id] as const,
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/tasks/{id}', { params: { path: { id } }, signal })),
  });
}

/** GET /api/v1/tasks/{id}/assignments (listTaskAssignments): every assignment of a task. */
export function useTaskAssignments(taskId: number) {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'task-assignments', taskId] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/tasks/{id}/assignments', {
          params: { path: { id: taskId } },
          signal,
        }),
      ),
  });
}

/** POST /api/v1/assignments/{id}/sub-assignments (assignSubAssignments): cascade to lower units. */
export function useAssignSubAssignments(assignmentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AssignmentTargets) =>
      unwrap(
        await apiClient.POST('/api/v1/assignments/{id}/sub-assignments', {
          params: { path: { id: assignmentId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}

/** GET /api/v1/assignments/{id}/explanations (listExplanations), newest first. */
export function useExplanations(assignmentId: number) {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'explanations', assignmentId] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/assignments/{id}/explanations', {
          params: { path: { id: assignmentId } },
          signal,
        }),
      ),
  });
}

/** POST /api/v1/assignments/{id}/explanations (requestExplanation). */
export function useRequestExplanation(assignmentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (question: string) =>
      unwrap(
        await apiClient.POST('/api/v1/assignments/{id}/explanations', {
          params: { path: { id: assignmentId } },
          body: { question },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}

/** PUT /api/v1/explanations/{id} (answerExplanation). */
export function useAnswerExplanation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, answer, version }: { id: number; answer: string; version: number }) =>
      unwrap(
        await apiClient.PUT('/api/v1/explanations/{id}', {
          params: { path: { id } },
          body: { answer, version },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}

/** GET /api/v1/assignments/{id}/sub-assignments (listSubAssignments): each with its roll-up. */
export function useSubAssignments(assignmentId: number) {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'sub-assignments', assignmentId] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/assignments/{id}/sub-assignments', {
          params: { path: { id: assignmentId } },
          signal,
        }),
      ),
  });
}

/** GET /api/v1/assignments/{id} (getAssignment): one assignment, e.g. the one a reminder names. */
export function useAssignment(id: number | undefined) {
  return useQuery({
    queryKey: [...assignmentKeys.all, 'one', id ?? 0] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/assignments/{id}', {
          params: { path: { id: id ?? 0 } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

/** POST /api/v1/tasks/{id}/assignments (assignTask): give a task to organizations, one assignment each. */
export function useAssignTask(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AssignmentTargets) =>
      unwrap(
        await apiClient.POST('/api/v1/tasks/{id}/assignments', {
          params: { path: { id: taskId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}

export type AssignmentPreview = Schema<'AssignmentPreview'>;

/** POST /api/v1/tasks/{id}/assignments/preview (assignTaskPreview): what assignTask would do. */
export async function previewTaskAssignment(
  taskId: number,
  body: AssignmentTargets,
): Promise<AssignmentPreview> {
  return unwrap(
    await apiClient.POST('/api/v1/tasks/{id}/assignments/preview', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

/**
 * What a cascade would do, for its confirmation. The API has no preview for sub-assignments, so
 * this reads the organizations the targets describe (GET /api/v1/organizations by kind and level,
 * or each one picked) and skips those already given the work.
 */
export async function previewSubAssignment(
  body: AssignmentTargets,
  alreadyAssignedIds: Set<number>,
): Promise<AssignmentPreview> {
  if (body.organizationIds && body.organizationIds.length > 0) {
    const fresh = body.organizationIds.filter((id) => !alreadyAssignedIds.has(id));
    const named = await Promise.all(
      fresh.slice(0, PREVIEW_NAMES).map(async (id) => {
        const o = unwrap(
          await apiClient.GET('/api/v1/organizations/{id}', { params: { path: { id } } }),
        );
        return { id: o.id, code: o.code, name: o.name };
      }),
    );
    return {
      organizations: named,
      count: fresh.length,
      alreadyAssigned: body.organizationIds.length - fresh.length,
    };
  }
  const page = unwrap(
    await apiClient.GET('/api/v1/organizations', {
      params: {
        query: { kind: body.kind, level: body.level, unitId: body.underUnitId, size: 100 },
      },
    }),
  );
  const skipped = page.items.filter((o) => alreadyAssignedIds.has(o.id)).length;
  return {
    organizations: page.items
      .filter((o) => !alreadyAssignedIds.has(o.id))
      .map((o) => ({ id: o.id, code: o.code, name: o.name })),
    count: page.total - skipped,
    alreadyAssigned: skipped,
  };
}

/** How many organizations a confirmation names before "and N others". */
export const PREVIEW_NAMES = 5;
/**
 * How many assignments an organization has in each bucket (and in all), for the bucket filter:
 * one page of one item per bucket, whose total is the count.
 */
export function useBucketCounts(organizationId: number) {
  return useQueries({
    queries: [undefined, ...BUCKETS].map((bucket) => {
      const params: AssignmentListParams = {
        organizationId,
        ...(bucket ? { bucket } : {}),
        page: 0,
        size: 1,
      };
      return {
        queryKey: assignmentKeys.list(params),
        queryFn: async ({ signal }: { signal: AbortSignal }) =>
          unwrap(await apiClient.GET('/api/v1/assignments', { params: { query: params }, signal })),
      };
    }),
    combine: (results) => {
      const [all, ...buckets] = results.map((r) => r.data?.total);
      return {
        ALL: all,
        ...Object.fromEntries(BUCKETS.map((b, i) => [b, buckets[i]])),
      } as Record<Bucket | 'ALL', number | undefined>;
    },
  });
}
