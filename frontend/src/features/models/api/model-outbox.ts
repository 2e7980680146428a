import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { MODEL_EVIDENCE, MODEL_REGISTRATION } from '@/features/models/api/model-outbox-kinds';
import {
  modelKeys,
  type MobilizationModel,
  type ModelRegistration,
} from '@/features/models/api/models';
import { ApiError, problemSlug, unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { Problem } from '@/lib/api/schema-types';
import { updateOutboxItem, type OutboxFile, type OutboxItem } from '@/lib/outbox/outbox-store';
import { useOutboxItems } from '@/lib/outbox/use-outbox';

/**
 * A model registered on a phone goes through the outbox, online or not (one code path): the form
 * puts the registration and its photos there as one item; the outbox sends the registration with
 * the item's Idempotency-Key, then each photo to the new round record with a key of its own.
 */
export interface ModelRegistrationPayload {
  body: ModelRegistration;
  /** Set once the server has the model: a retry then only sends the photos still missing. */
  modelId?: number;
  modelRoundId?: number;
  photosSent?: number;
  /** The server's refusal (field errors, a duplicate), for the form and the list to show. */
  problem?: Problem;
}

export interface ModelEvidencePayload {
  modelId: number;
  modelRoundId: number;
}

const IDEMPOTENCY_KEY = 'Idempotency-Key';

/** The first model a 409 `duplicate` names (`/api/v1/mobilization-models/{id}` in `instance`). */
export function duplicateOf(problem: Problem | undefined): number | undefined {
  if (problemSlug(problem) !== 'duplicate' && problem?.status !== 409) {
    return undefined;
  }
  const match = /mobilization-models\/(\d+)/.exec(problem?.instance ?? '');
  return match?.[1] ? Number(match[1]) : undefined;
}

function patchPayload(item: OutboxItem, patch: Partial<ModelRegistrationPayload>) {
  return updateOutboxItem(item.subject, item.id, (stored) => ({
    payload: { ...(stored.payload as ModelRegistrationPayload), ...patch },
  }));
}

async function upload(modelRoundId: number, stored: OutboxFile, key: string) {
  const file = new File([stored.bytes], stored.name, { type: stored.type });
  const result = await apiClient.POST('/api/v1/model-rounds/{id}/attachments', {
    params: { path: { id: modelRoundId } },
    body: { file: file as unknown as string },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file, file.name);
      return form;
    },
    headers: { [IDEMPOTENCY_KEY]: key },
  });
  unwrap(result);
}

/** POST /api/v1/mobilization-models (registerModel), then its photos (addModelRoundAttachment). */
export async function sendRegistration(item: OutboxItem, key: string): Promise<void> {
  let payload = item.payload as ModelRegistrationPayload;
  if (payload.modelId === undefined || payload.modelRoundId === undefined) {
    let model: MobilizationModel;
    try {
      model = unwrap(
        await apiClient.POST('/api/v1/mobilization-models', {
          body: payload.body,
          headers: { [IDEMPOTENCY_KEY]: key },
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.problem) {
        await patchPayload(item, { problem: error.problem });
      }
      throw error;
    }
    const record = model.rounds.find((r) => r.roundId === payload.body.roundId) ?? model.rounds[0];
    payload = { ...payload, modelId: model.id, problem: undefined };
    if (record) {
      payload.modelRoundId = record.id;
    }
    await patchPayload(item, payload);
  }
  const roundId = payload.modelRoundId;
  if (roundId === undefined) {
    return;
  }
  for (let i = payload.photosSent ?? 0; i < item.files.length; i += 1) {
    const file = item.files[i];
    if (file) {
      await upload(roundId, file, `${key}.photo-${i}`);
    }
    await patchPayload(item, { photosSent: i + 1 });
  }
}

/** POST /api/v1/model-rounds/{id}/attachments (addModelRoundAttachment), one file per item. */
export async function sendEvidence(item: OutboxItem, key: string): Promise<void> {
  const { modelRoundId } = item.payload as ModelEvidencePayload;
  const stored = item.files[0];
  if (stored) {
    await upload(modelRoundId, stored, key);
  }
}

/**
 * The models' outbox items (registrations not yet sent or refused, photos waiting), and the
 * models read again whenever one of them reaches the server.
 */
export function useModelOutbox() {
  const queryClient = useQueryClient();
  const all = useOutboxItems();
  const items = useMemo(
    () => all.filter((item) => item.kind === MODEL_REGISTRATION || item.kind === MODEL_EVIDENCE),
    [all],
  );
  const sent = items.filter((item) => item.state === 'sent').length;
  const seen = useRef(sent);
  useEffect(() => {
    if (sent !== seen.current) {
      seen.current = sent;
      void queryClient.invalidateQueries({ queryKey: modelKeys.all });
    }
  }, [sent, queryClient]);
  return {
    registrations: items.filter(
      (item) => item.kind === MODEL_REGISTRATION && !item.discarded,
    ) as OutboxItem<ModelRegistrationPayload>[],
    evidenceOf: (modelRoundId: number) =>
      items.filter(
        (item) =>
          item.kind === MODEL_EVIDENCE &&
          item.state !== 'sent' &&
          (item.payload as ModelEvidencePayload).modelRoundId === modelRoundId,
      ),
  };
}
