import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';
import { downloadedFile } from '@/lib/files/downloaded-file';
import type { DownloadedFile } from '@/lib/files/use-download';

export type SatisfactionSurvey = Schema<'SatisfactionSurvey'>;
export type SatisfactionSurveySummary = Schema<'SatisfactionSurveySummary'>;
export type SatisfactionSurveyState = Schema<'SatisfactionSurveyState'>;
export type SatisfactionSurveyCreate = Schema<'SatisfactionSurveyCreate'>;
export type SatisfactionSurveyUpdate = Schema<'SatisfactionSurveyUpdate'>;
export type SatisfactionResults = Schema<'SatisfactionResults'>;
export type SatisfactionShare = Schema<'SatisfactionShare'>;
export type SatisfactionCodeBatch = Schema<'SatisfactionCodeBatch'>;
export type SatisfactionQuestionnaire = Schema<'SatisfactionQuestionnaire'>;
export type SatisfactionScaleOption = Schema<'SatisfactionScaleOption'>;
export type SatisfactionQuestion = Schema<'SatisfactionQuestion'>;
export type SatisfactionResponseWrite = Schema<'SatisfactionResponseWrite'>;
export type SatisfactionAnswerWrite = Schema<'SatisfactionAnswerWrite'>;
export type SatisfactionPublicSurvey = Schema<'SatisfactionPublicSurvey'>;
export type SurveyParams = NonNullable<
  operations['listSatisfactionSurveys']['parameters']['query']
>;
export type SurveyStep = 'open' | 'close' | 'publish';

const IDEMPOTENCY_KEY = 'Idempotency-Key';

export const surveyKeys = {
  all: ['surveys'] as const,
  list: (params: SurveyParams) => ['surveys', 'list', params] as const,
  one: (id: number) => ['surveys', 'one', id] as const,
  results: (id: number) => ['surveys', 'results', id] as const,
  publicList: (provinceCode: string | undefined, page: number) =>
    ['public-surveys', 'list', provinceCode ?? '', page] as const,
  publicResults: (id: number) => ['public-surveys', 'results', id] as const,
  questionnaire: (id: number) => ['public-surveys', 'questionnaire', id] as const,
};

/** GET /api/v1/satisfaction-surveys (listSatisfactionSurveys): the surveys of the caller's scope. */
export function useSurveys(params: SurveyParams) {
  return useQuery({
    queryKey: surveyKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/satisfaction-surveys', { params: { query: params }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/satisfaction-surveys/{id} (getSatisfactionSurvey). */
export function useSurvey(id: number) {
  return useQuery({
    queryKey: surveyKeys.one(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/satisfaction-surveys/{id}', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

/** GET /api/v1/satisfaction-surveys/{id}/results (getSatisfactionResults): the aggregate, any state. */
export function useSurveyResults(id: number) {
  return useQuery({
    queryKey: surveyKeys.results(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/satisfaction-surveys/{id}/results', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

function useInvalidateSurveys() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: surveyKeys.all });
}

/** POST /api/v1/satisfaction-surveys (createSatisfactionSurvey): a new DRAFT. */
export function useCreateSurvey() {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async (body: SatisfactionSurveyCreate) =>
      unwrap(
        await apiClient.POST('/api/v1/satisfaction-surveys', {
          body,
          headers: { [IDEMPOTENCY_KEY]: crypto.randomUUID() },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** PUT /api/v1/satisfaction-surveys/{id} (updateSatisfactionSurvey): the whole design of a DRAFT. */
export function useUpdateSurvey(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async (body: SatisfactionSurveyUpdate) =>
      unwrap(
        await apiClient.PUT('/api/v1/satisfaction-surveys/{id}', {
          params: { path: { id } },
          body,
          headers: { [IDEMPOTENCY_KEY]: crypto.randomUUID() },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** POST …/open | close | publish: one step of the survey on the version read. */
export function useSurveyStep(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async ({ step, version }: { step: SurveyStep; version: number }) => {
      const init = {
        params: { path: { id } },
        body: { version },
        headers: { [IDEMPOTENCY_KEY]: crypto.randomUUID() },
      };
      switch (step) {
        case 'open':
          return unwrap(await apiClient.POST('/api/v1/satisfaction-surveys/{id}/open', init));
        case 'close':
          return unwrap(await apiClient.POST('/api/v1/satisfaction-surveys/{id}/close', init));
        case 'publish':
          return unwrap(await apiClient.POST('/api/v1/satisfaction-surveys/{id}/publish', init));
      }
    },
    onSettled: invalidate,
  });
}

/** POST /api/v1/satisfaction-surveys/{id}/codes (generateSatisfactionCodes): shown this once. */
export function useGenerateCodes(id: number) {
  return useMutation({
    mutationFn: async (body: { residentialAreaId: number; count: number }) =>
      unwrap(
        await apiClient.POST('/api/v1/satisfaction-surveys/{id}/codes', {
          params: { path: { id } },
          body,
          headers: { [IDEMPOTENCY_KEY]: crypto.randomUUID() },
        }),
      ),
  });
}

/** GET /api/v1/satisfaction-surveys/{id}/results.xlsx (exportSatisfactionResults): the aggregate. */
export async function exportSurveyResults(id: number): Promise<DownloadedFile> {
  const result = await apiClient.GET('/api/v1/satisfaction-surveys/{id}/results.xlsx', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  return downloadedFile(result, `khao-sat-${id}.xlsx`);
}

/** GET /api/v1/public/satisfaction-surveys (listPublicSatisfactionSurveys): no sign-in. */
export function usePublicSurveys(provinceCode: string | undefined, page: number, size: number) {
  return useQuery({
    queryKey: surveyKeys.publicList(provinceCode, page),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/public/satisfaction-surveys', {
          params: { query: { ...(provinceCode ? { provinceCode } : {}), page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/public/satisfaction-surveys/{id}/results (getPublicSatisfactionResults): no sign-in. */
export function usePublicSurveyResults(id: number) {
  return useQuery({
    queryKey: surveyKeys.publicResults(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/public/satisfaction-surveys/{id}/results', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

/** GET /api/v1/public/satisfaction-surveys/{id}/questionnaire: the questions of an OPEN survey. */
export function usePublicQuestionnaire(id: number) {
  return useQuery({
    queryKey: surveyKeys.questionnaire(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/public/satisfaction-surveys/{id}/questionnaire', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

/** POST /api/v1/public/satisfaction-surveys/{id}/responses: a resident's answer with a one-time code. */
export function useSubmitPublicResponse(id: number) {
  return useMutation({
    mutationFn: async (body: { code: string; answers: SatisfactionAnswerWrite[] }) =>
      unwrap(
        await apiClient.POST('/api/v1/public/satisfaction-surveys/{id}/responses', {
          params: { path: { id } },
          body,
        }),
      ),
  });
}

/** GET /api/v1/recognition-titles (listRecognitionTitles): the titles a survey may be about. */
export function useSurveyTitles() {
  return useQuery({
    queryKey: ['surveys', 'titles'] as const,
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/recognition-titles', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** GET /api/v1/units/{id}/residential-areas (listUnitResidentialAreas): the commune's areas, for the plan. */
export function useCommuneAreas(unitId: number | undefined) {
  return useQuery({
    queryKey: ['surveys', 'areas', unitId] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/units/{id}/residential-areas', {
          params: { path: { id: unitId ?? 0 }, query: { size: 100 } },
          signal,
        }),
      ),
    enabled: unitId !== undefined,
  });
}
