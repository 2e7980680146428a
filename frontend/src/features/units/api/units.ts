import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type UnitSummary = Schema<'UnitSummary'>;
export type UnitDetail = Schema<'UnitDetail'>;
export type UnitListParams = NonNullable<operations['listUnits']['parameters']['query']>;

/** The API's largest page: children of a unit are fetched in pages of this size. */
const MAX_PAGE_SIZE = 100;

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (params: UnitListParams) => [...unitKeys.lists(), params] as const,
  children: (parentId: number) => [...unitKeys.all, 'children', parentId] as const,
  detail: (id: number) => [...unitKeys.all, 'detail', id] as const,
};

/** GET /api/v1/units (listUnits): one page of units, e.g. a search by name. */
export function unitListQueryOptions(params: UnitListParams) {
  return queryOptions({
    queryKey: unitKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/units', { params: { query: params }, signal })),
  });
}

/** Every unit in force directly under a parent (listUnits?parentId=), all pages. */
export function unitChildrenQueryOptions(parentId: number) {
  return queryOptions({
    queryKey: unitKeys.children(parentId),
    queryFn: async ({ signal }) => {
      const units: UnitSummary[] = [];
      for (let page = 0; ; page += 1) {
        const result = unwrap(
          await apiClient.GET('/api/v1/units', {
            params: { query: { parentId, page, size: MAX_PAGE_SIZE } },
            signal,
          }),
        );
        units.push(...result.items);
        if (result.items.length === 0 || units.length >= result.total) {
          return units;
        }
      }
    },
  });
}

/** GET /api/v1/units/{id} (getUnit): a unit with ancestors, children, successor, predecessors. */
export function unitDetailQueryOptions(id: number) {
  return queryOptions({
    queryKey: unitKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/units/{id}', { params: { path: { id } }, signal })),
  });
}

/** Searches units by name; abolished ones are included so that old names still find something. */
export function useUnitSearch(q: string, page: number, size: number) {
  return useQuery({
    ...unitListQueryOptions({ q, includeEnded: true, page, size }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useUnit(id: number) {
  return useQuery(unitDetailQueryOptions(id));
}
