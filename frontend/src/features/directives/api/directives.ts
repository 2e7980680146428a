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

export const directiveKeys = {
  all: ['directives'] as const,
  list: (params: DirectiveListParams) => [...directiveKeys.all, 'list', params] as const,
  detail: (id: number) => [...directiveKeys.all, 'detail', id] as const,
  relations: (id: number) => [...directiveKeys.all, 'relations', id] as const,
  attachments: (id: number) => [...directiveKeys.all, 'attachments', id] as const,
  organizations: (q: string) => [...directiveKeys.all, 'organization-options', q] as const,
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

/** GET /api/v1/organizations (listOrganizations): options for the organization pickers. */
export function useOrganizationOptions(q: string) {
  return useQuery({
    queryKey: directiveKeys.organizations(q),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/organizations', {
          params: { query: { q: q || undefined, size: 20 } },
          signal,
        }),
      ).items,
    placeholderData: keepPreviousData,
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
