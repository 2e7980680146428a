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

export type EmulationMovement = Schema<'EmulationMovement'>;
export type EmulationRound = Schema<'EmulationRound'>;
export type ModelSummary = Schema<'MobilizationModelSummary'>;
export type MobilizationModel = Schema<'MobilizationModel'>;
export type ModelRound = Schema<'ModelRound'>;
export type ModelRoundState = Schema<'ModelRoundState'>;
export type ModelState = Schema<'ModelState'>;
export type ModelTransition = Schema<'ModelTransition'>;
export type ModelRegistration = Schema<'MobilizationModelRegistration'>;
export type ModelAppraisal = Schema<'ModelAppraisal'>;
export type ModelRecognition = Schema<'ModelRecognition'>;
export type ModelCommendationWrite = Schema<'ModelCommendationWrite'>;
export type ModelResults = Schema<'ModelResults'>;
export type ModelAttachment = Schema<'Attachment'>;
export type PublicModel = Schema<'PublicModel'>;
export type ModelListParams = NonNullable<operations['listModels']['parameters']['query']>;
export type PublicModelListParams = NonNullable<
  operations['listPublicModels']['parameters']['query']
>;

/** Every round state, in the order of the yearly cycle (a missing one fails to compile). */
export const MODEL_ROUND_STATES = [
  'REGISTERED',
  'IN_PROGRESS',
  'REPORTED',
  'SUBMITTED',
  'RETURNED',
  'NOT_PASSED',
  'APPRAISED',
  'RECOGNIZED',
  'EXEMPLARY',
  'PROPOSED_FOR_COMMENDATION',
  'COMMENDED',
  'PROPOSED_UPWARD',
] as const satisfies readonly ModelRoundState[];
export const MODEL_STATES = [
  'REGISTERED',
  'ACTIVE',
  'DISCONTINUED',
] as const satisfies readonly ModelState[];

/**
 * Query keys. ['models', 'list'], ['models', 'detail'] and ['models', 'movements'] are kept on the
 * device for reading (and registering) offline: see KEPT_OFFLINE.
 */
export const modelKeys = {
  all: ['models'] as const,
  movements: () => [...modelKeys.all, 'movements'] as const,
  list: (params: ModelListParams) => [...modelKeys.all, 'list', params] as const,
  detail: (id: number) => [...modelKeys.all, 'detail', id] as const,
  timeline: (id: number) => [...modelKeys.all, 'timeline', id] as const,
  photo: (roundId: number, attachmentId: number) =>
    [...modelKeys.all, 'photo', roundId, attachmentId] as const,
  publicList: (params: PublicModelListParams) => ['public-models', 'list', params] as const,
  publicDetail: (id: number) => ['public-models', 'detail', id] as const,
  publicPhoto: (id: number, photoId: number) => ['public-models', 'photo', id, photoId] as const,
};

/** GET /api/v1/emulation/movements (listMovements): the movements with their fields and rounds. */
export function movementsQueryOptions() {
  return queryOptions({
    queryKey: modelKeys.movements(),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/emulation/movements', { signal })),
    staleTime: 10 * 60_000,
  });
}

export function useMovements() {
  return useQuery(movementsQueryOptions());
}

/** GET /api/v1/mobilization-models (listModels). */
export function useModels(params: ModelListParams, enabled = true) {
  return useQuery({
    queryKey: modelKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/mobilization-models', { params: { query: params }, signal }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/v1/mobilization-models/{id} (getModel): the model with its round records. */
export function useModel(id: number | undefined) {
  return useQuery({
    queryKey: modelKeys.detail(id ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/mobilization-models/{id}', {
          params: { path: { id: id ?? 0 } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

/** GET /api/v1/mobilization-models/{id}/timeline (getModelTimeline). */
export function useModelTimeline(id: number) {
  return useQuery({
    queryKey: modelKeys.timeline(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/mobilization-models/{id}/timeline', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

function useInvalidateModels() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: modelKeys.all });
}

/** The round transitions whose body is only the record's version. */
export type VersionAction =
  'start' | 'submit' | 'mark-exemplary' | 'propose-commendation' | 'propose-upward';

/** The transitions of a model's round record (POST /api/v1/model-rounds/{id}/…). */
export type RoundTransition =
  | { action: VersionAction; body: Schema<'ModelVersion'> }
  | { action: 'report-results'; body: ModelResults }
  | { action: 'appraise'; body: ModelAppraisal }
  | { action: 'return'; body: Schema<'ModelReturn'> }
  | { action: 'recognize'; body: ModelRecognition }
  | { action: 'commend'; body: ModelCommendationWrite };

async function postTransition(id: number, transition: RoundTransition): Promise<ModelRound> {
  const path = { params: { path: { id } } };
  switch (transition.action) {
    case 'start':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/start', { ...path, body: transition.body }),
      );
    case 'submit':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/submit', {
          ...path,
          body: transition.body,
        }),
      );
    case 'mark-exemplary':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/mark-exemplary', {
          ...path,
          body: transition.body,
        }),
      );
    case 'propose-commendation':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/propose-commendation', {
          ...path,
          body: transition.body,
        }),
      );
    case 'propose-upward':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/propose-upward', {
          ...path,
          body: transition.body,
        }),
      );
    case 'report-results':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/report-results', {
          ...path,
          body: transition.body,
        }),
      );
    case 'appraise':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/appraise', {
          ...path,
          body: transition.body,
        }),
      );
    case 'return':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/return', {
          ...path,
          body: transition.body,
        }),
      );
    case 'recognize':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/recognize', {
          ...path,
          body: transition.body,
        }),
      );
    case 'commend':
      return unwrap(
        await apiClient.POST('/api/v1/model-rounds/{id}/commend', {
          ...path,
          body: transition.body,
        }),
      );
  }
}

/** One transition of a round record; the model, its list and its timeline are read again. */
export function useRoundTransition() {
  const invalidate = useInvalidateModels();
  return useMutation({
    mutationFn: ({ roundId, transition }: { roundId: number; transition: RoundTransition }) =>
      postTransition(roundId, transition),
    onSuccess: invalidate,
  });
}

/** POST /api/v1/mobilization-models/{id}/publish | unpublish: on or off the public showcase. */
export function usePublication() {
  const invalidate = useInvalidateModels();
  return useMutation({
    mutationFn: async ({
      id,
      publish,
      version,
    }: {
      id: number;
      publish: boolean;
      version: number;
    }) =>
      unwrap(
        publish
          ? await apiClient.POST('/api/v1/mobilization-models/{id}/publish', {
              params: { path: { id } },
              body: { version, afterTheFact: false },
            })
          : await apiClient.POST('/api/v1/mobilization-models/{id}/unpublish', {
              params: { path: { id } },
              body: { version, afterTheFact: false },
            }),
      ),
    onSuccess: invalidate,
  });
}

/** GET /api/v1/model-rounds/{id}/attachments/{attachmentId}: a photo, with the bearer token. */
export function useModelPhoto(roundId: number, attachmentId: number) {
  return useQuery({
    queryKey: modelKeys.photo(roundId, attachmentId),
    queryFn: async () => {
      const result = await apiClient.GET('/api/v1/model-rounds/{id}/attachments/{attachmentId}', {
        params: { path: { id: roundId, attachmentId } },
        parseAs: 'blob',
      });
      return unwrap(result as { data?: Blob; error?: unknown; response: Response });
    },
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/** GET /api/v1/public/models (listPublicModels): the showcase, without signing in. */
export function usePublicModels(params: PublicModelListParams) {
  return useQuery({
    queryKey: modelKeys.publicList(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/public/models', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/public/models/{id} (getPublicModel). */
export function usePublicModel(id: number) {
  return useQuery({
    queryKey: modelKeys.publicDetail(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/public/models/{id}', { params: { path: { id } }, signal }),
      ),
  });
}

/** GET /api/v1/public/models/{id}/photos/{attachmentId} (downloadPublicModelPhoto). */
export function usePublicPhoto(id: number, photoId: number) {
  return useQuery({
    queryKey: modelKeys.publicPhoto(id, photoId),
    queryFn: async () => {
      const result = await apiClient.GET('/api/v1/public/models/{id}/photos/{attachmentId}', {
        params: { path: { id, attachmentId: photoId } },
        parseAs: 'blob',
      });
      return unwrap(result as { data?: Blob; error?: unknown; response: Response });
    },
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/** POST /api/v1/mobilization-models/{id}/rounds (enrollModelRound): into a later round, with the year's mark. */
export function useEnrollModel() {
  const invalidate = useInvalidateModels();
  return useMutation({
    mutationFn: async ({
      id,
      roundId,
      mark,
    }: {
      id: number;
      roundId: number;
      mark: 'NEW' | 'MAINTAINED' | 'WEAK';
    }) =>
      unwrap(
        await apiClient.POST('/api/v1/mobilization-models/{id}/rounds', {
          params: { path: { id } },
          body: { roundId, mark, afterTheFact: false },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** POST /api/v1/mobilization-models/{id}/discontinue (discontinueModel): the model stops. */
export function useDiscontinueModel() {
  const invalidate = useInvalidateModels();
  return useMutation({
    mutationFn: async ({ id, reason, version }: { id: number; reason: string; version: number }) =>
      unwrap(
        await apiClient.POST('/api/v1/mobilization-models/{id}/discontinue', {
          params: { path: { id } },
          body: { ...(reason ? { reason } : {}), version },
        }),
      ),
    onSuccess: invalidate,
  });
}
