import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  RECOGNITION_ASSESSMENT,
  RECOGNITION_EVIDENCE,
  RECOGNITION_SUBMIT,
} from '@/features/recognition/api/recognition-outbox-kinds';
import {
  recognitionKeys,
  type RecognitionAssessment,
  type RecognitionCase,
  type RecognitionSelfAssessment,
} from '@/features/recognition/api/recognition';
import { ApiError, problemSlug, unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import { useSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n/i18n';
import { OutboxConflictError, runOutbox } from '@/lib/outbox/outbox-sender';
import {
  addOutboxItem,
  listOutboxItems,
  updateOutboxItem,
  type OutboxItem,
} from '@/lib/outbox/outbox-store';
import { useOutboxItems } from '@/lib/outbox/use-outbox';

/**
 * An area's self-assessment goes through the outbox, online or not (one code path): each
 * criterion saved is one small PUT, each evidence photo one upload, and "Gửi tự đánh giá" one
 * POST after them (the outbox sends in the order they were made), each with its Idempotency-Key.
 */
export interface AssessmentPayload {
  caseId: number;
  criterionId: number;
  body: RecognitionSelfAssessment;
  /** The assessment's version once the server has it: what the next save is based on. */
  savedVersion?: number;
}

export interface EvidencePayload {
  caseId: number;
  criterionId: number;
}

export interface SubmitPayload {
  caseId: number;
  body: { version: number };
}

const IDEMPOTENCY_KEY = 'Idempotency-Key';

/** GET /api/v1/recognition-cases/{id}: the case as the server has it now. */
async function fetchCase(id: number): Promise<RecognitionCase> {
  return unwrap(
    await apiClient.GET('/api/v1/recognition-cases/{id}', { params: { path: { id } } }),
  );
}

function assessmentOf(found: RecognitionCase, criterionId: number) {
  return found.criteria.find((c) => c.id === criterionId)?.assessment;
}

/** One line a person reads for a self-assessed result ("Đạt · 8 điểm · ghi chú"). */
function describe(result: {
  passed?: boolean | undefined;
  score?: number | undefined;
  value?: number | undefined;
  note?: string | undefined;
}): string {
  return [
    result.passed === undefined
      ? undefined
      : i18n.t(result.passed ? 'recognition:result.passed' : 'recognition:result.failed'),
    result.score === undefined ? undefined : i18n.t('recognition:result.score', result),
    result.value === undefined ? undefined : i18n.t('recognition:result.value', result),
    result.note,
  ]
    .filter(Boolean)
    .join(' · ');
}

function isStale(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    problemSlug(error.problem) === 'stale-version'
  );
}

async function conflictOn(error: ApiError, payload: AssessmentPayload) {
  await i18n.loadNamespaces('recognition');
  const server: RecognitionAssessment | undefined = assessmentOf(
    await fetchCase(payload.caseId),
    payload.criterionId,
  );
  return new OutboxConflictError(
    {
      mine: { text: describe(payload.body) },
      server: {
        text: server
          ? describe({
              passed: server.selfPassed,
              score: server.selfScore,
              value: server.selfValue,
              note: server.selfNote,
            })
          : '',
        ...(server?.assessedBy
          ? { note: i18n.t('recognition:outbox.assessedBy', { who: server.assessedBy }) }
          : {}),
      },
      ...(server ? { serverVersion: server.version } : {}),
    },
    error.problem?.detail ?? error.problem?.title ?? error.message,
  );
}

/**
 * Later saves of the same criterion made on this device were based on the version this one
 * replaced: they go on the version the server has just given.
 */
async function carryVersion(item: OutboxItem, payload: AssessmentPayload, version: number) {
  const waiting = (await listOutboxItems(item.subject)).filter(
    (other) =>
      other.id !== item.id &&
      other.kind === RECOGNITION_ASSESSMENT &&
      (other.state === 'pending' || other.state === 'needs-login') &&
      (other.payload as AssessmentPayload).caseId === payload.caseId &&
      (other.payload as AssessmentPayload).criterionId === payload.criterionId &&
      (other.payload as AssessmentPayload).body.version < version,
  );
  for (const other of waiting) {
    await updateOutboxItem(item.subject, other.id, (stored) => {
      const mine = stored.payload as AssessmentPayload;
      return { payload: { ...mine, body: { ...mine.body, version } } };
    });
  }
}

/** PUT /api/v1/recognition-cases/{id}/assessments/{criterionId} (selfAssessRecognitionCriterion). */
export async function sendAssessment(item: OutboxItem, key: string): Promise<void> {
  const payload = item.payload as AssessmentPayload;
  let saved: RecognitionAssessment;
  try {
    saved = unwrap(
      await apiClient.PUT('/api/v1/recognition-cases/{id}/assessments/{criterionId}', {
        params: { path: { id: payload.caseId, criterionId: payload.criterionId } },
        body: payload.body,
        headers: { [IDEMPOTENCY_KEY]: key },
      }),
    );
  } catch (error) {
    throw isStale(error) ? await conflictOn(error, payload) : error;
  }
  await updateOutboxItem(item.subject, item.id, (stored) => ({
    payload: { ...(stored.payload as AssessmentPayload), savedVersion: saved.version },
  }));
  await carryVersion(item, payload, saved.version);
}

/** "Giữ bản của tôi": my result again, on the assessment's version the server has now. */
export async function assessmentOnServerVersion(item: OutboxItem): Promise<AssessmentPayload> {
  const payload = item.payload as AssessmentPayload;
  const server = assessmentOf(await fetchCase(payload.caseId), payload.criterionId);
  return { ...payload, body: { ...payload.body, version: server?.version ?? 0 } };
}

/** POST …/assessments/{criterionId}/attachments (addRecognitionEvidence), one photo per item. */
export async function sendEvidence(item: OutboxItem, key: string): Promise<void> {
  const { caseId, criterionId } = item.payload as EvidencePayload;
  const stored = item.files[0];
  if (!stored) {
    return;
  }
  const file = new File([stored.bytes], stored.name, { type: stored.type });
  const result = await apiClient.POST(
    '/api/v1/recognition-cases/{id}/assessments/{criterionId}/attachments',
    {
      params: { path: { id: caseId, criterionId } },
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
      headers: { [IDEMPOTENCY_KEY]: key },
    },
  );
  unwrap(result);
}

/** POST /api/v1/recognition-cases/{id}/submit (submitRecognitionSelfAssessment). */
export async function sendSubmit(item: OutboxItem, key: string): Promise<void> {
  const { caseId, body } = item.payload as SubmitPayload;
  try {
    unwrap(
      await apiClient.POST('/api/v1/recognition-cases/{id}/submit', {
        params: { path: { id: caseId } },
        body,
        headers: { [IDEMPOTENCY_KEY]: key },
      }),
    );
  } catch (error) {
    if (!isStale(error)) {
      throw error;
    }
    await i18n.loadNamespaces('recognition');
    const server = await fetchCase(caseId);
    throw new OutboxConflictError(
      {
        mine: { text: i18n.t('recognition:outbox.submitMine') },
        server: {
          text: i18n.t(`recognition:state.${server.state}`),
          note: i18n.t('recognition:outbox.serverProgress', {
            done: server.assessedCount,
            total: server.criteriaCount,
          }),
        },
        serverVersion: server.version,
      },
      error.problem?.detail ?? error.problem?.title ?? error.message,
    );
  }
}

export async function submitOnServerVersion(item: OutboxItem): Promise<SubmitPayload> {
  const payload = item.payload as SubmitPayload;
  const server = await fetchCase(payload.caseId);
  return { ...payload, body: { version: server.version } };
}

const WAITING = new Set<OutboxItem['state']>(['pending', 'needs-login']);
/** States in which a saved criterion counts as assessed on this device. */
const KEPT = new Set<OutboxItem['state']>([
  'pending',
  'sending',
  'needs-login',
  'conflict',
  'sent',
]);

function isOfCase(item: OutboxItem, caseId: number) {
  return (
    (item.kind === RECOGNITION_ASSESSMENT ||
      item.kind === RECOGNITION_EVIDENCE ||
      item.kind === RECOGNITION_SUBMIT) &&
    (item.payload as { caseId: number }).caseId === caseId
  );
}

/**
 * A case's outbox items (the criteria saved on this device, photos waiting, the submission), the
 * case read again whenever one of them reaches the server, and the ways to add to them.
 */
export function useRecognitionOutbox(caseId: number) {
  const queryClient = useQueryClient();
  const { subject } = useSession();
  const all = useOutboxItems();
  const items = useMemo(() => all.filter((item) => isOfCase(item, caseId)), [all, caseId]);
  const sent = items.filter((item) => item.state === 'sent').length;
  const seen = useRef(sent);
  useEffect(() => {
    if (sent !== seen.current) {
      seen.current = sent;
      void queryClient.invalidateQueries({ queryKey: recognitionKeys.all });
    }
  }, [sent, queryClient]);

  const assessmentsOf = useCallback(
    (criterionId: number) =>
      items.filter(
        (item) =>
          item.kind === RECOGNITION_ASSESSMENT &&
          !item.discarded &&
          (item.payload as AssessmentPayload).criterionId === criterionId,
      ) as OutboxItem<AssessmentPayload>[],
    [items],
  );

  /**
   * Saves a criterion: a save still waiting for the same criterion is replaced (one request for
   * the last word), otherwise a new item goes behind the others. Resolves with the item once this
   * round of sending is over.
   */
  const saveAssessment = useCallback(
    async (payload: AssessmentPayload, label: string) => {
      if (!subject) {
        throw new Error('the outbox needs a signed-in user');
      }
      const waiting = assessmentsOf(payload.criterionId).findLast((item) =>
        WAITING.has(item.state),
      );
      const replaced = waiting
        ? await updateOutboxItem(subject, waiting.id, (stored) =>
            WAITING.has(stored.state)
              ? {
                  label,
                  payload: {
                    ...payload,
                    body: {
                      ...payload.body,
                      version: (stored.payload as AssessmentPayload).body.version,
                    },
                  },
                }
              : undefined,
          )
        : undefined;
      const item =
        replaced ??
        (await addOutboxItem({ subject, kind: RECOGNITION_ASSESSMENT, label, payload }));
      await runOutbox(subject);
      return item;
    },
    [subject, assessmentsOf],
  );

  return {
    /** The latest save of a criterion on this device (any state), if any. */
    latestAssessment: (criterionId: number) => assessmentsOf(criterionId).at(-1),
    /** Whether the device holds a save of the criterion that counts (waiting, sent, in conflict). */
    savedHere: (criterionId: number) =>
      assessmentsOf(criterionId).some((item) => KEPT.has(item.state)),
    /** The version the next save of a criterion goes on: the newest this device knows. */
    versionFor: (criterionId: number, serverVersion: number) =>
      Math.max(
        serverVersion,
        ...assessmentsOf(criterionId).map((item) => item.payload.savedVersion ?? 0),
      ),
    evidenceOf: (criterionId: number) =>
      items.filter(
        (item) =>
          item.kind === RECOGNITION_EVIDENCE &&
          item.state !== 'sent' &&
          (item.payload as EvidencePayload).criterionId === criterionId,
      ),
    submission: items.findLast((item) => item.kind === RECOGNITION_SUBMIT && !item.discarded),
    saveAssessment,
  };
}
