import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type RecognitionCase = Schema<'RecognitionCase'>;
export type RecognitionCaseSummary = Schema<'RecognitionCaseSummary'>;
export type RecognitionCaseState = Schema<'RecognitionCaseState'>;
export type RecognitionCaseCriterion = Schema<'RecognitionCaseCriterion'>;
export type RecognitionAssessment = Schema<'RecognitionAssessment'>;
export type RecognitionCaseEvent = Schema<'RecognitionCaseEvent'>;
export type RecognitionDecision = Schema<'RecognitionDecision'>;
export type RecognitionDecisionStatus = Schema<'RecognitionDecisionStatus'>;
export type RecognitionTitle = Schema<'RecognitionTitle'>;
export type RecognitionRegistration = Schema<'RecognitionCaseRegistration'>;
export type RecognitionSelfAssessment = Schema<'RecognitionSelfAssessment'>;
export type RecognitionReviewWrite = Schema<'RecognitionReviewWrite'>;
export type RecognitionAttachment = Schema<'Attachment'>;
export type RecognitionCaseListParams = NonNullable<
  operations['listRecognitionCases']['parameters']['query']
>;

/** Every case state, in the order of the procedure (a missing one fails to compile). */
export const RECOGNITION_CASE_STATES = [
  'REGISTERED',
  'SELF_ASSESSED',
  'REVIEWED',
  'POSTED',
  'VOTED',
  'APPRAISED',
  'RECOGNIZED',
  'REFUSED',
  'WITHDRAWN',
] as const satisfies readonly RecognitionCaseState[];

export const RECOGNITION_DECISION_STATUSES = [
  'IN_FORCE',
  'LAPSED',
  'REVOKED',
  'LOST',
] as const satisfies readonly RecognitionDecisionStatus[];

/**
 * Query keys. ['recognition', 'list'], ['recognition', 'detail'] and ['recognition', 'titles'] are
 * kept on the device, so that an area's self-assessment opens (and is written) offline.
 */
export const recognitionKeys = {
  all: ['recognition'] as const,
  titles: () => [...recognitionKeys.all, 'titles'] as const,
  list: (params: RecognitionCaseListParams) => [...recognitionKeys.all, 'list', params] as const,
  detail: (id: number) => [...recognitionKeys.all, 'detail', id] as const,
  timeline: (id: number) => [...recognitionKeys.all, 'timeline', id] as const,
  /** Apart from `all`: a stored file never changes, so reading a case again does not fetch it. */
  evidence: (caseId: number, criterionId: number, attachmentId: number) =>
    ['recognition-evidence', caseId, criterionId, attachmentId] as const,
};

const IDEMPOTENCY_KEY = 'Idempotency-Key';

/** A key for one user action: a retry of the same request (a lost answer) is not done twice. */
function newKey() {
  return { [IDEMPOTENCY_KEY]: crypto.randomUUID() };
}

/** GET /api/v1/recognition-titles (listRecognitionTitles): the titles the caller reads. */
export function recognitionTitlesQueryOptions() {
  return queryOptions({
    queryKey: recognitionKeys.titles(),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/recognition-titles', { signal })),
    staleTime: 10 * 60_000,
  });
}

export function useRecognitionTitles() {
  return useQuery(recognitionTitlesQueryOptions());
}

/** GET /api/v1/recognition-cases (listRecognitionCases): the caller's cases, newest first. */
export function recognitionCasesQueryOptions(params: RecognitionCaseListParams) {
  return queryOptions({
    queryKey: recognitionKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-cases', { params: { query: params }, signal }),
      ),
  });
}

export function useRecognitionCases(params: RecognitionCaseListParams, enabled = true) {
  return useQuery({
    ...recognitionCasesQueryOptions(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/v1/recognition-cases/{id} (getRecognitionCase): the case with its criteria and steps. */
export function recognitionCaseQueryOptions(id: number) {
  return queryOptions({
    queryKey: recognitionKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-cases/{id}', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

export function useRecognitionCase(id: number) {
  return useQuery(recognitionCaseQueryOptions(id));
}

/** GET /api/v1/recognition-cases/{id}/timeline (getRecognitionCaseTimeline), oldest first. */
export function recognitionTimelineQueryOptions(id: number) {
  return queryOptions({
    queryKey: recognitionKeys.timeline(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-cases/{id}/timeline', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

export function useRecognitionTimeline(id: number) {
  return useQuery(recognitionTimelineQueryOptions(id));
}

/** GET …/assessments/{criterionId}/attachments/{attachmentId}: an evidence photo, with the token. */
export function useRecognitionEvidence(caseId: number, criterionId: number, attachmentId: number) {
  return useQuery({
    queryKey: recognitionKeys.evidence(caseId, criterionId, attachmentId),
    queryFn: async () => {
      const result = await apiClient.GET(
        '/api/v1/recognition-cases/{id}/assessments/{criterionId}/attachments/{attachmentId}',
        { params: { path: { id: caseId, criterionId, attachmentId } }, parseAs: 'blob' },
      );
      return unwrap(result as { data?: Blob; error?: unknown; response: Response });
    },
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

function useInvalidateRecognition() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: recognitionKeys.all });
}

/** POST /api/v1/recognition-cases (registerRecognitionCase). */
export function useRegisterRecognitionCase() {
  const invalidate = useInvalidateRecognition();
  return useMutation({
    mutationFn: async (body: RecognitionRegistration) =>
      unwrap(await apiClient.POST('/api/v1/recognition-cases', { body, headers: newKey() })),
    onSuccess: invalidate,
  });
}

/** PUT /api/v1/recognition-cases/{id}/reviews/{criterionId} (reviewRecognitionCriterion). */
export function useReviewCriterion() {
  const invalidate = useInvalidateRecognition();
  return useMutation({
    mutationFn: async ({
      caseId,
      criterionId,
      body,
    }: {
      caseId: number;
      criterionId: number;
      body: RecognitionReviewWrite;
    }) =>
      unwrap(
        await apiClient.PUT('/api/v1/recognition-cases/{id}/reviews/{criterionId}', {
          params: { path: { id: caseId, criterionId } },
          body,
          headers: newKey(),
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The steps of a case after the self-assessment (POST /api/v1/recognition-cases/{id}/…). */
export type CaseStep =
  | { action: 'complete-review'; body: Schema<'RecognitionVersion'> }
  | { action: 'post'; body: Schema<'RecognitionPosting'> }
  | { action: 'posting-comments'; body: Schema<'RecognitionPostingCommentWrite'> }
  | { action: 'council'; body: Schema<'RecognitionCouncil'> }
  | { action: 'appraise'; body: Schema<'RecognitionAppraisal'> }
  | { action: 'decide'; body: Schema<'RecognitionDecisionWrite'> }
  | { action: 'refuse'; body: Schema<'RecognitionRefusal'> }
  | { action: 'withdraw'; body: Schema<'RecognitionWithdrawal'> };

async function postStep(id: number, step: CaseStep): Promise<RecognitionCase> {
  const init = { params: { path: { id } }, headers: newKey() };
  switch (step.action) {
    case 'complete-review':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/complete-review', {
          ...init,
          body: step.body,
        }),
      );
    case 'post':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/post', { ...init, body: step.body }),
      );
    case 'posting-comments':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/posting-comments', {
          ...init,
          body: step.body,
        }),
      );
    case 'council':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/council', {
          ...init,
          body: step.body,
        }),
      );
    case 'appraise':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/appraise', {
          ...init,
          body: step.body,
        }),
      );
    case 'decide':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/decide', {
          ...init,
          body: step.body,
        }),
      );
    case 'refuse':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/refuse', {
          ...init,
          body: step.body,
        }),
      );
    case 'withdraw':
      return unwrap(
        await apiClient.POST('/api/v1/recognition-cases/{id}/withdraw', {
          ...init,
          body: step.body,
        }),
      );
  }
}

/** One step of a case; the case, the lists and the timeline are read again. */
export function useCaseStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, step }: { caseId: number; step: CaseStep }) => postStep(caseId, step),
    onSuccess: (updated) => {
      queryClient.setQueryData(recognitionKeys.detail(updated.id), updated);
      return queryClient.invalidateQueries({ queryKey: recognitionKeys.all });
    },
  });
}

/** POST /api/v1/recognition-decisions/{id}/revoke (revokeRecognitionDecision): thu hồi. */
export function useRevokeDecision() {
  const invalidate = useInvalidateRecognition();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: Schema<'RecognitionRevocation'> }) =>
      unwrap(
        await apiClient.POST('/api/v1/recognition-decisions/{id}/revoke', {
          params: { path: { id } },
          body,
          headers: newKey(),
        }),
      ),
    onSuccess: invalidate,
  });
}
