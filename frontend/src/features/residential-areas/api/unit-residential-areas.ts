import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type ResidentialArea = Schema<'ResidentialArea'>;
export type UnitResidentialAreaParams = NonNullable<
  operations['listUnitResidentialAreas']['parameters']['query']
>;

export const residentialAreaKeys = {
  all: ['residential-areas'] as const,
  byUnit: (unitId: number, params: UnitResidentialAreaParams) =>
    [...residentialAreaKeys.all, 'by-unit', unitId, params] as const,
};

/** GET /api/v1/units/{id}/residential-areas (listUnitResidentialAreas). */
export function unitResidentialAreasQueryOptions(
  unitId: number,
  params: UnitResidentialAreaParams,
) {
  return queryOptions({
    queryKey: residentialAreaKeys.byUnit(unitId, params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/units/{id}/residential-areas', {
          params: { path: { id: unitId }, query: params },
          signal,
        }),
      ),
  });
}

export function useUnitResidentialAreas(unitId: number, params: UnitResidentialAreaParams) {
  return useQuery({
    ...unitResidentialAreasQueryOptions(unitId, params),
    placeholderData: keepPreviousData,
  });
}
