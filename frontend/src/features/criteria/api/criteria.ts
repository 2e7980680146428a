import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { Schema } from '@/lib/api/schema-types';

export type RecognitionTitle = Schema<'RecognitionTitle'>;
export type CriteriaSetSummary = Schema<'CriteriaSetSummary'>;
export type CriteriaSet = Schema<'CriteriaSet'>;
export type CriteriaSetWrite = Schema<'CriteriaSetWrite'>;
export type CriteriaSetUpdate = Schema<'CriteriaSetUpdate'>;
export type CriteriaRule = Schema<'CriteriaRule'>;
export type CriteriaGroup = Schema<'CriteriaGroup'>;
export type Criterion = Schema<'Criterion'>;
export type Indicator = Schema<'Indicator'>;
export type CriteriaSetStatus = Schema<'CriteriaSetStatus'>;
export type CriterionKind = Schema<'CriterionKind'>;
export type PassRule = Schema<'PassRule'>;
export type Comparison = Schema<'Comparison'>;

/** Every value of the contract's enums, in the order the screens offer them (a missing one fails to compile). */
export const CRITERIA_SET_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'RETIRED',
] as const satisfies readonly CriteriaSetStatus[];
export const CRITERION_KINDS = [
  'PASS_FAIL',
  'SCORED',
  'NUMERIC',
] as const satisfies readonly CriterionKind[];
export const PASS_RULES = ['ALL_REQUIRED', 'SCORE'] as const satisfies readonly PassRule[];
export const COMPARISONS = ['>=', '<=', '='] as const satisfies readonly Comparison[];

/** Query keys; none is kept on the device (the sets are read online, see KEPT_OFFLINE). */
export const criteriaKeys = {
  all: ['criteria'] as const,
  titles: () => [...criteriaKeys.all, 'titles'] as const,
  title: (id: number) => [...criteriaKeys.all, 'title', id] as const,
  sets: (titleId: number) => [...criteriaKeys.all, 'sets', titleId] as const,
  set: (id: number) => [...criteriaKeys.all, 'set', id] as const,
};

/** GET /api/v1/recognition-titles (listRecognitionTitles): the titles the caller reads. */
export function titlesQueryOptions() {
  return queryOptions({
    queryKey: criteriaKeys.titles(),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/recognition-titles', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useRecognitionTitles() {
  return useQuery(titlesQueryOptions());
}

/** GET /api/v1/recognition-titles/{id} (getRecognitionTitle). */
export function titleQueryOptions(id: number) {
  return queryOptions({
    queryKey: criteriaKeys.title(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-titles/{id}', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

export function useRecognitionTitle(id: number | undefined) {
  return useQuery({ ...titleQueryOptions(id ?? 0), enabled: id !== undefined });
}

/** GET /api/v1/recognition-titles/{id}/criteria-sets (listCriteriaSets): newest version first. */
export function criteriaSetsQueryOptions(titleId: number) {
  return queryOptions({
    queryKey: criteriaKeys.sets(titleId),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/recognition-titles/{id}/criteria-sets', {
          params: { path: { id: titleId } },
          signal,
        }),
      ),
  });
}

export function useCriteriaSets(titleId: number) {
  return useQuery(criteriaSetsQueryOptions(titleId));
}

/** GET /api/v1/criteria-sets/{id} (getCriteriaSet): a version with its rule, groups and criteria. */
export function criteriaSetQueryOptions(id: number) {
  return queryOptions({
    queryKey: criteriaKeys.set(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/criteria-sets/{id}', { params: { path: { id } }, signal }),
      ),
  });
}

export function useCriteriaSet(id: number) {
  return useQuery(criteriaSetQueryOptions(id));
}

/** After a change: the set as answered, and the title's list of versions read again. */
function useSetChanged() {
  const queryClient = useQueryClient();
  return (set: CriteriaSet) => {
    queryClient.setQueryData(criteriaKeys.set(set.id), set);
    return queryClient.invalidateQueries({ queryKey: criteriaKeys.sets(set.titleId) });
  };
}

/** POST /api/v1/recognition-titles/{id}/criteria-sets (createCriteriaSet): a new draft version. */
export function useCreateCriteriaSet() {
  const changed = useSetChanged();
  return useMutation({
    mutationFn: async ({ titleId, body }: { titleId: number; body: CriteriaSetWrite }) =>
      unwrap(
        await apiClient.POST('/api/v1/recognition-titles/{id}/criteria-sets', {
          params: { path: { id: titleId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

/** PUT /api/v1/criteria-sets/{id} (updateCriteriaSet): the draft replaced as one document. */
export function useUpdateCriteriaSet() {
  const changed = useSetChanged();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: CriteriaSetUpdate }) =>
      unwrap(await apiClient.PUT('/api/v1/criteria-sets/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

/** The transitions of a set whose body is its version (publish, retire) and revise (no body). */
export type CriteriaSetAction = 'publish' | 'retire' | 'revise';

async function transition(
  id: number,
  action: CriteriaSetAction,
  version: number,
): Promise<CriteriaSet> {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'publish':
      return unwrap(
        await apiClient.POST('/api/v1/criteria-sets/{id}/publish', { ...path, body: { version } }),
      );
    case 'retire':
      return unwrap(
        await apiClient.POST('/api/v1/criteria-sets/{id}/retire', { ...path, body: { version } }),
      );
    case 'revise':
      return unwrap(await apiClient.POST('/api/v1/criteria-sets/{id}/revise', path));
  }
}

/** Publish (freezes), retire, or revise into a new draft; answers the set it leads to. */
export function useCriteriaSetTransition() {
  const changed = useSetChanged();
  return useMutation({
    mutationFn: ({
      id,
      action,
      version,
    }: {
      id: number;
      action: CriteriaSetAction;
      version: number;
    }) => transition(id, action, version),
    onSuccess: changed,
  });
}

/** DELETE /api/v1/criteria-sets/{id} (deleteCriteriaSet): a draft only. */
export function useDeleteCriteriaSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id }: { id: number; titleId: number }) => {
      const result = await apiClient.DELETE('/api/v1/criteria-sets/{id}', {
        params: { path: { id } },
      });
      if (!result.response.ok) {
        unwrap(result);
      }
    },
    onSuccess: (_, { id, titleId }) => {
      queryClient.removeQueries({ queryKey: criteriaKeys.set(id) });
      return queryClient.invalidateQueries({ queryKey: criteriaKeys.sets(titleId) });
    },
  });
}

/** POST /api/v1/criteria-sets/{id}/criteria.xlsx (importCriteriaSet): all rows or nothing. */
export function useImportCriteriaSet() {
  const changed = useSetChanged();
  return useMutation({
    mutationFn: async ({ id, file, version }: { id: number; file: File; version: number }) =>
      unwrap(
        await apiClient.POST('/api/v1/criteria-sets/{id}/criteria.xlsx', {
          params: { path: { id } },
          // the contract's binary string is a Blob in the browser
          body: { file: file as unknown as string, version },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            form.append('version', String(version));
            return form;
          },
        }),
      ),
    onSuccess: changed,
  });
}

export interface Workbook {
  blob: Blob;
  fileName: string;
}

function workbookOf(
  result: { data?: unknown; error?: unknown; response: Response },
  fallbackName: string,
): Workbook {
  const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  return { blob, fileName };
}

/** GET /api/v1/criteria-sets/template.xlsx (getCriteriaSetTemplate): the import template. */
export async function downloadCriteriaTemplate(): Promise<Workbook> {
  const result = await apiClient.GET('/api/v1/criteria-sets/template.xlsx', { parseAs: 'blob' });
  return workbookOf(result, 'mau-bo-tieu-chi.xlsx');
}

/** GET /api/v1/criteria-sets/{id}/criteria.xlsx (exportCriteriaSet): a set in the template's columns. */
export async function exportCriteriaSet(id: number): Promise<Workbook> {
  const result = await apiClient.GET('/api/v1/criteria-sets/{id}/criteria.xlsx', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  return workbookOf(result, `bo-tieu-chi-${id}.xlsx`);
}
