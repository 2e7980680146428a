import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type RuralCommuneRow = Schema<'RuralCommuneRow'>;
export type RuralLevel = Schema<'RuralLevel'>;
export type RuralLevelFilter = Schema<'RuralLevelFilter'>;
export type RuralCriteriaPage = Schema<'RuralCriteriaPage'>;
export type RuralCriterionRow = Schema<'RuralCriterionRow'>;
export type RuralCriterionYear = Schema<'RuralCriterionYear'>;
export type RuralRecognition = Schema<'RuralRecognition'>;
export type RuralCommuneGroup = Schema<'RuralCommuneGroup'>;
export type RuralCommuneParams = NonNullable<
  operations['listRuralCommunes']['parameters']['query']
>;
export type RuralCriteriaParams = NonNullable<
  operations['getRuralCommuneCriteria']['parameters']['query']
>;

export const ruralKeys = {
  all: ['rural'] as const,
  communes: (params: RuralCommuneParams) => ['rural', 'communes', params] as const,
  criteria: (unitId: number, params: RuralCriteriaParams) =>
    ['rural', 'criteria', unitId, params] as const,
  recognitions: (unitId: number) => ['rural', 'recognitions', unitId] as const,
  groups: (unitId: number) => ['rural', 'groups', unitId] as const,
};

/** GET /api/v1/rural/communes (listRuralCommunes): the communes of the caller's scope with their NTM status. */
export function useRuralCommunes(params: RuralCommuneParams) {
  return useQuery({
    queryKey: ruralKeys.communes(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/rural/communes', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/rural/communes/{unitId}/criteria (getRuralCommuneCriteria): criteria and indicators by year. */
export function useRuralCriteria(unitId: number, params: RuralCriteriaParams) {
  return useQuery({
    queryKey: ruralKeys.criteria(unitId, params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/rural/communes/{unitId}/criteria', {
          params: { path: { unitId }, query: params },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/rural/communes/{unitId}/recognitions (listRuralRecognitions): decisions, with the former communes'. */
export function useRuralRecognitions(unitId: number) {
  return useQuery({
    queryKey: ruralKeys.recognitions(unitId),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/rural/communes/{unitId}/recognitions', {
          params: { path: { unitId } },
          signal,
        }),
      ),
  });
}

/** GET /api/v1/rural/communes/{unitId}/groups (listRuralCommuneGroups): the group of each period. */
export function useRuralGroups(unitId: number) {
  return useQuery({
    queryKey: ruralKeys.groups(unitId),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/rural/communes/{unitId}/groups', {
          params: { path: { unitId } },
          signal,
        }),
      ),
  });
}
