import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/schema-types';
import { downloadedFile } from '@/lib/files/downloaded-file';
import type { DownloadedFile } from '@/lib/files/use-download';

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

export type RuralStanding = Schema<'RuralStanding'>;
export type RuralStandingTitle = Schema<'RuralStandingTitle'>;
export type RuralAssessmentWrite = Schema<'RuralAssessmentWrite'>;
export type RuralCommuneGroupWrite = Schema<'RuralCommuneGroupWrite'>;
export type RuralRecordedDecisionWrite = Schema<'RuralRecordedDecisionWrite'>;
export type RuralAttachment = Schema<'Attachment'>;
export type RuralTitle = Schema<'RecognitionTitle'>;

/** The four NTM titles (fixed codes), lowest level first. */
export const NTM_TITLE_CODES = [
  'XA-NTM',
  'XA-NTM-NANG-CAO',
  'XA-NTM-KIEU-MAU',
  'XA-NTM-HIEN-DAI',
] as const;

const ruralStandingKey = (unitId: number, year: number) =>
  [...ruralKeys.all, 'standing', unitId, year] as const;
const ruralTitlesKey = [...ruralKeys.all, 'titles'] as const;

/** A key for one user action: a retry of the same request (a lost answer) is not done twice. */
function newKey() {
  return { 'Idempotency-Key': crypto.randomUUID() };
}

/** GET /api/v1/rural/communes/{unitId}/standing (getRuralCommuneStanding): titles held vs the year's assessments. */
export function useRuralStanding(unitId: number, year: number) {
  return useQuery({
    queryKey: ruralStandingKey(unitId, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await apiClient.GET('/api/v1/rural/communes/{unitId}/standing', {
          params: { path: { unitId }, query: { year } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/recognition-titles (listRecognitionTitles), only the NTM titles, lowest level first. */
export function useRuralTitles(enabled: boolean) {
  return useQuery({
    queryKey: ruralTitlesKey,
    queryFn: async ({ signal }) =>
      unwrap(await apiClient.GET('/api/v1/recognition-titles', { signal })),
    select: (titles: RuralTitle[]) =>
      NTM_TITLE_CODES.flatMap((code) => titles.filter((title) => title.code === code)),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** Whatever the commune's page shows is read again after a change (list, criteria, standing, history). */
function useInvalidateRural() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ruralKeys.all });
}

/** PUT /api/v1/rural/communes/{unitId}/groups/{periodFrom} (setRuralCommuneGroup). */
export function useSetRuralGroup(unitId: number) {
  const invalidate = useInvalidateRural();
  return useMutation({
    mutationFn: async ({
      periodFrom,
      body,
    }: {
      periodFrom: number;
      body: RuralCommuneGroupWrite;
    }) =>
      unwrap(
        await apiClient.PUT('/api/v1/rural/communes/{unitId}/groups/{periodFrom}', {
          params: { path: { unitId, periodFrom } },
          body,
          headers: newKey(),
        }),
      ),
    onSuccess: invalidate,
  });
}

/** PUT /api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId} (saveRuralAssessment). */
export function useSaveRuralAssessment(unitId: number, onSaved?: () => void) {
  const invalidate = useInvalidateRural();
  return useMutation({
    mutationFn: async ({
      year,
      criterionId,
      body,
    }: {
      year: number;
      criterionId: number;
      body: RuralAssessmentWrite;
    }) =>
      unwrap(
        await apiClient.PUT('/api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId}', {
          params: { path: { unitId, year, criterionId } },
          body,
          headers: newKey(),
        }),
      ),
    // before the page is read again: the new version re-keys the editor, which must not find the
    // draft of what was just saved (a callback of mutate() would not run once it is unmounted)
    onSuccess: () => {
      onSaved?.();
      return invalidate();
    },
  });
}

/** POST …/assessments/{year}/{criterionId}/attachments (addRuralEvidence): one file, multipart. */
export function useAddRuralEvidence(unitId: number) {
  const invalidate = useInvalidateRural();
  return useMutation({
    mutationFn: async ({
      year,
      criterionId,
      file,
    }: {
      year: number;
      criterionId: number;
      file: File;
    }) =>
      unwrap(
        await apiClient.POST(
          '/api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId}/attachments',
          {
            params: { path: { unitId, year, criterionId } },
            // the contract's binary string is a Blob in the browser
            body: { file: file as unknown as string },
            bodySerializer: () => {
              const form = new FormData();
              form.append('file', file, file.name);
              return form;
            },
            headers: newKey(),
          },
        ),
      ),
    onSuccess: invalidate,
  });
}

/** GET …/attachments/{attachmentId} (downloadRuralEvidence): the file with the bearer token. */
export async function downloadRuralEvidence(
  unitId: number,
  year: number,
  criterionId: number,
  attachment: RuralAttachment,
): Promise<DownloadedFile> {
  const result = await apiClient.GET(
    '/api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId}/attachments/{attachmentId}',
    {
      params: { path: { unitId, year, criterionId, attachmentId: attachment.id } },
      parseAs: 'blob',
    },
  );
  return downloadedFile(result, attachment.fileName);
}

/** POST /api/v1/rural/communes/{unitId}/recognitions (recordRuralRecognition): a paper decision. */
export function useRecordRuralRecognition(unitId: number) {
  const invalidate = useInvalidateRural();
  return useMutation({
    mutationFn: async (body: RuralRecordedDecisionWrite) =>
      unwrap(
        await apiClient.POST('/api/v1/rural/communes/{unitId}/recognitions', {
          params: { path: { unitId } },
          body,
          headers: newKey(),
        }),
      ),
    onSuccess: invalidate,
  });
}
