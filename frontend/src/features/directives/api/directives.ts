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

export type Directive = Schema<'Directive'>;
export type DirectiveSummary = Schema<'DirectiveSummary'>;
export type DirectiveWrite = Schema<'DirectiveWrite'>;
export type DirectiveDraft = Schema<'DirectiveDraft'>;
export type DirectiveType = Schema<'DirectiveType'>;
export type DirectiveStatus = Schema<'DirectiveStatus'>;
export type RelationStep = Schema<'DirectiveRelationStep'>;
export type RelationKind = Schema<'RelationKind'>;
export type ReportingCadence = Schema<'ReportingCadence'>;
export type Attachment = Schema<'Attachment'>;
export type OrganizationRef = Schema<'OrganizationRef'>;
export type OrganizationMatch = Schema<'OrganizationMatch'>;
export type UnitOption = Schema<'UnitSummary'>;
export type UnitLevel = Schema<'UnitLevel'>;
export type ProposedTask = Schema<'ProposedTask'>;
export type DirectiveTask = Schema<'Task'>;
export type TaskWrite = Schema<'TaskWrite'>;
export type DueKind = Schema<'DueKind'>;
export type DirectiveListParams = NonNullable<operations['listDirectives']['parameters']['query']>;

export const DIRECTIVE_TYPES: DirectiveType[] = [
  'RESOLUTION',
  'JOINT_RESOLUTION',
  'DECISION',
  'REGULATION',
  'DIRECTIVE',
  'CONCLUSION',
  'STATUTE',
  'CIRCULAR_PARTY',
  'GUIDANCE',
  'NOTICE',
  'PLAN',
  'PROGRAMME',
  'PROJECT',
  'OFFICIAL_LETTER',
  'REPORT',
  'SUBMISSION',
  'DECREE',
  'CIRCULAR',
];
export const DIRECTIVE_STATUSES: DirectiveStatus[] = ['DRAFT', 'IN_FORCE', 'EXPIRED', 'REPLACED'];
export const REPORTING_CADENCES: ReportingCadence[] = ['QUARTERLY', 'HALF_YEARLY', 'YEARLY'];
export const DUE_KINDS: DueKind[] = ['DATE', 'RECURRING', 'CONTINUOUS'];

export const directiveKeys = {
  all: ['directives'] as const,
  list: (params: DirectiveListParams) => [...directiveKeys.all, 'list', params] as const,
  detail: (id: number) => [...directiveKeys.all, 'detail', id] as const,
  relations: (id: number) => [...directiveKeys.all, 'relations', id] as const,
  attachments: (id: number) => [...directiveKeys.all, 'attachments', id] as const,
  tasks: (id: number) => [...directiveKeys.all, 'tasks', id] as const,
  organizations: (q: string, scope: OrganizationScope) =>
    [...directiveKeys.all, 'organization-options', q, scope] as const,
  organization: (id: number) => [...directiveKeys.all, 'organization', id] as const,
  units: (q: string, filter: UnitOptionFilter = {}) =>
    [...directiveKeys.all, 'unit-options', q, filter] as const,
  unit: (id: number) => [...directiveKeys.all, 'unit', id] as const,
};

/** GET /api/v1/directives (listDirectives): a search within the caller's scope. */
export function useDirectives(params: DirectiveListParams) {
  return useQuery({
    queryKey: directiveKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/directives', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function directiveQueryOptions(id: number) {
  return queryOptions({
    queryKey: directiveKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/directives/{id}', { params: { path: { id } }, signal })),
  });
}

/** GET /api/v1/directives/{id} (getDirective). */
export function useDirective(id: number) {
  return useQuery(directiveQueryOptions(id));
}

/** GET /api/v1/directives/{id}/relations (getDirectiveRelations): the chain up and down. */
export function useDirectiveRelations(id: number) {
  return useQuery({
    queryKey: directiveKeys.relations(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/directives/{id}/relations', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

/** GET /api/v1/directives/{id}/attachments (listDirectiveAttachments). */
export function useDirectiveAttachments(id: number) {
  return useQuery({
    queryKey: directiveKeys.attachments(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/directives/{id}/attachments', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

/** Where a picker's organizations may come from: a unit and below, or those a task can be given to. */
export interface OrganizationScope {
  unitId?: number;
  forTaskId?: number;
}

/**
 * GET /api/v1/organizations (listOrganizations): options for the organization pickers, fetched
 * once the picker is `enabled` (opened or typed into), not for every picker on the page; with
 * `unitId`, only those of that unit and the units below it; with `forTaskId`, only those the task
 * can be assigned to. In the server's order (exact matches, then the caller's scope, first).
 */
export function useOrganizationOptions(q: string, enabled = true, scope: OrganizationScope = {}) {
  return useQuery({
    queryKey: directiveKeys.organizations(q, scope),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/organizations', {
          params: {
            query: {
              q: q || undefined,
              unitId: scope.unitId,
              forTaskId: scope.forTaskId,
              size: 20,
            },
          },
          signal,
        }),
      ).items,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/v1/organizations/{id} (getOrganization): the whole organization, e.g. an issuer's unit. */
export function useOrganization(id: number | undefined) {
  return useQuery({
    queryKey: [...directiveKeys.organization(id ?? 0), 'full'] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/organizations/{id}', {
          params: { path: { id: id ?? 0 } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** GET /api/v1/organizations/{id} (getOrganization): the name of an organization picked earlier. */
export function useOrganizationRef(id: number | undefined) {
  return useQuery({
    queryKey: directiveKeys.organization(id ?? 0),
    queryFn: async ({ signal }): Promise<OrganizationRef> => {
      const organization = unwrap(
        await apiClient.GET('/api/v1/organizations/{id}', {
          params: { path: { id: id ?? 0 } },
          signal,
        }),
      );
      return { id: organization.id, code: organization.code, name: organization.name };
    },
    enabled: id !== undefined,
  });
}

/**
 * What a unit picker offers: units of one level only (`level`), and whether abolished units are
 * offered too (`includeEnded`, the default: old names must still find something).
 */
export interface UnitOptionFilter {
  level?: UnitLevel;
  includeEnded?: boolean;
}

/**
 * GET /api/v1/units (listUnits): options for a unit picker, within the caller's scope, the server's
 * rank first (exact code or name, then prefix); abolished units included unless the filter says not.
 */
export function useUnitOptions(q: string, enabled = true, filter: UnitOptionFilter = {}) {
  const { level, includeEnded = true } = filter;
  return useQuery({
    queryKey: directiveKeys.units(q, filter),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/units', {
          params: {
            query: { q: q || undefined, ...(level ? { level } : {}), includeEnded, size: 20 },
          },
          signal,
        }),
      ).items,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/v1/units/{id} (getUnit): the name of a unit picked earlier. */
export function useUnitRef(id: number | undefined) {
  return useQuery({
    queryKey: directiveKeys.unit(id ?? 0),
    queryFn: async ({ signal }): Promise<UnitOption> =>
      unwrap(
        await apiClient.GET('/api/v1/units/{id}', { params: { path: { id: id ?? 0 } }, signal }),
      ),
    enabled: id !== undefined,
  });
}

/** POST /api/v1/directives (createDirective). */
export function useCreateDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DirectiveWrite) =>
      unwrap(await apiClient.POST('/api/v1/directives', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.all }),
  });
}

/** PUT /api/v1/directives/{id} (updateDirective): `version` is the one read. */
export function useUpdateDirective(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DirectiveWrite) =>
      unwrap(await apiClient.PUT('/api/v1/directives/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.all }),
  });
}

/** DELETE /api/v1/directives/{id} (deleteDirective). */
export function useDeleteDirective(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      const result = await apiClient.DELETE('/api/v1/directives/{id}', {
        params: { path: { id }, query: { version } },
      });
      if (!result.response.ok) {
        unwrap(result);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.all }),
  });
}

/** POST /api/v1/directives/{id}/relations (addDirectiveRelation). */
export async function addRelation(id: number, body: Schema<'DirectiveRelationWrite'>) {
  return unwrap(
    await apiClient.POST('/api/v1/directives/{id}/relations', { params: { path: { id } }, body }),
  );
}

/** POST /api/v1/directives/parse (parseDirective): a draft from pasted text. */
export function useParseText() {
  return useMutation({
    mutationFn: async (text: string) =>
      unwrap(await apiClient.POST('/api/v1/directives/parse', { body: { text } })),
  });
}

function fileForm(file: Blob, name: string) {
  return {
    // the contract's binary string is a Blob in the browser
    body: { file: file as unknown as string },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file, name);
      return form;
    },
  };
}

/** POST /api/v1/directives/parse-file (parseDirectiveFile): a draft from a .docx or .pdf. */
export function useParseFile() {
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(await apiClient.POST('/api/v1/directives/parse-file', fileForm(file, file.name))),
  });
}

/** POST /api/v1/directives/{id}/attachments (addDirectiveAttachment). */
export function useUploadAttachment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await apiClient.POST('/api/v1/directives/{id}/attachments', {
          params: { path: { id } },
          ...fileForm(file, file.name),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.attachments(id) }),
  });
}

/** DELETE /api/v1/directives/{id}/attachments/{attachmentId} (deleteDirectiveAttachment). */
export function useDeleteAttachment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: number) => {
      const result = await apiClient.DELETE('/api/v1/directives/{id}/attachments/{attachmentId}', {
        params: { path: { id, attachmentId } },
      });
      if (!result.response.ok) {
        unwrap(result);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.attachments(id) }),
  });
}

/** GET /api/v1/directives/{id}/attachments/{attachmentId}: the file, with the bearer token. */
export async function downloadAttachment(id: number, attachment: Attachment): Promise<Blob> {
  const result = await apiClient.GET('/api/v1/directives/{id}/attachments/{attachmentId}', {
    params: { path: { id, attachmentId: attachment.id } },
    parseAs: 'blob',
  });
  return unwrap(result as { data?: Blob; error?: unknown; response: Response });
}

/** GET /api/v1/directives/{id}/tasks (listDirectiveTasks): the directive's tasks, by ordinal. */
export function useDirectiveTasks(id: number) {
  return useQuery({
    queryKey: directiveKeys.tasks(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/directives/{id}/tasks', { params: { path: { id } }, signal }),
      ),
  });
}

/**
 * POST /api/v1/directives/{id}/tasks (createDirectiveTasks): several tasks in one step, all or
 * nothing (a 400 names the task, `tasks[2].dueDate`).
 */
export function useCreateDirectiveTasks(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (tasks: TaskWrite[]) =>
      unwrap(
        await apiClient.POST('/api/v1/directives/{id}/tasks', {
          params: { path: { id } },
          body: { tasks },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.tasks(id) }),
  });
}
