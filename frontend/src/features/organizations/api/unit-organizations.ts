import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';

export type Organization = Schema<'Organization'>;
export type UnitOrganizationParams = NonNullable<
  operations['listUnitOrganizations']['parameters']['query']
>;

export const organizationKeys = {
  all: ['organizations'] as const,
  byUnit: (unitId: number, params: UnitOrganizationParams) =>
    [...organizationKeys.all, 'by-unit', unitId, params] as const,
};

/** GET /api/v1/units/{id}/organizations (listUnitOrganizations): those in force today. */
export function unitOrganizationsQueryOptions(unitId: number, params: UnitOrganizationParams) {
  return queryOptions({
    queryKey: organizationKeys.byUnit(unitId, params),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/units/{id}/organizations', {
          params: { path: { id: unitId }, query: params },
          signal,
        }),
      ),
  });
}

export function useUnitOrganizations(unitId: number, params: UnitOrganizationParams) {
  return useQuery({
    ...unitOrganizationsQueryOptions(unitId, params),
    placeholderData: keepPreviousData,
  });
}
