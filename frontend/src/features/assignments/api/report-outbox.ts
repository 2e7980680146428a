import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { assignmentKeys, type ReportSubmission } from '@/features/assignments/api/assignments';
import { reportKeys, type ReportSlot } from '@/features/assignments/api/reports';
import { ApiError, unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import { i18n } from '@/lib/i18n/i18n';
import { OutboxConflictError, registerOutboxHandler } from '@/lib/outbox/outbox-sender';
import type { OutboxItem } from '@/lib/outbox/outbox-store';
import { useOutboxItems } from '@/lib/outbox/use-outbox';

/**
 * Reports and their evidence go through the outbox, online or not (one code path): the form puts
 * them there, the outbox sends them with an Idempotency-Key, a 409 comes back as a conflict.
 */
export const REPORT_SUBMIT = 'report-submit';
export const REPORT_EVIDENCE = 'report-evidence';

export interface ReportSubmitPayload {
  reportId: number;
  assignmentId: number;
  body: ReportSubmission;
}

export interface ReportEvidencePayload {
  reportId: number;
  assignmentId: number;
}

const IDEMPOTENCY_KEY = 'Idempotency-Key';

/** GET /api/v1/reports/{id} (getReport): the slot as the server has it now. */
async function fetchSlot(id: number): Promise<ReportSlot> {
  return unwrap(await apiClient.GET('/api/v1/reports/{id}', { params: { path: { id } } }));
}

function serverVersion(slot: ReportSlot) {
  return {
    text: slot.text ?? '',
    figures: slot.figures,
    note: [
      i18n.t(`enums.ReportStatus.${slot.status}`),
      slot.submittedBy && slot.submittedAt
        ? i18n.t('outbox.conflict.submittedBy', { who: slot.submittedBy })
        : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

async function conflictOn(
  error: unknown,
  reportId: number,
  mine: { text: string; figures?: ReportSubmission['figures'] },
) {
  if (error instanceof ApiError && error.status === 409) {
    const slot = await fetchSlot(reportId);
    return new OutboxConflictError(
      { mine, server: serverVersion(slot), serverVersion: slot.version },
      error.problem?.detail ?? error.problem?.title ?? error.message,
    );
  }
  return error;
}

registerOutboxHandler(REPORT_SUBMIT, {
  /** PUT /api/v1/reports/{id} (submitReport). */
  send: async (item, key) => {
    const { reportId, body } = item.payload as ReportSubmitPayload;
    const result = await apiClient.PUT('/api/v1/reports/{id}', {
      params: { path: { id: reportId } },
      body,
      headers: { [IDEMPOTENCY_KEY]: key },
    });
    try {
      unwrap(result);
    } catch (error) {
      throw await conflictOn(error, reportId, { text: body.text, figures: body.figures });
    }
  },
  keepMine: async (item) => {
    const payload = item.payload as ReportSubmitPayload;
    const slot = await fetchSlot(payload.reportId);
    return { ...payload, body: { ...payload.body, version: slot.version } };
  },
});

registerOutboxHandler(REPORT_EVIDENCE, {
  /** POST /api/v1/reports/{id}/attachments (addReportAttachment), one file per item. */
  send: async (item, key) => {
    const { reportId } = item.payload as ReportEvidencePayload;
    const stored = item.files[0];
    if (!stored) {
      return;
    }
    const file = new File([stored.bytes], stored.name, { type: stored.type });
    const result = await apiClient.POST('/api/v1/reports/{id}/attachments', {
      params: { path: { id: reportId } },
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
      headers: { [IDEMPOTENCY_KEY]: key },
    });
    try {
      unwrap(result);
    } catch (error) {
      throw await conflictOn(error, reportId, { text: stored.name });
    }
  },
});

function isForAssignment(item: OutboxItem, assignmentId: number): boolean {
  return (
    (item.kind === REPORT_SUBMIT || item.kind === REPORT_EVIDENCE) &&
    (item.payload as ReportEvidencePayload).assignmentId === assignmentId
  );
}

/**
 * The outbox items of an assignment's reports (newest submission per slot, its photos), and the
 * slots read again whenever one of them reaches the server.
 */
export function useAssignmentOutbox(assignmentId: number) {
  const queryClient = useQueryClient();
  const all = useOutboxItems();
  const items = useMemo(
    () => all.filter((item) => isForAssignment(item, assignmentId)),
    [all, assignmentId],
  );
  const sent = items.filter((item) => item.state === 'sent').length;
  const seen = useRef(sent);
  useEffect(() => {
    if (sent !== seen.current) {
      seen.current = sent;
      void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
    }
  }, [sent, queryClient]);
  return {
    submissionOf: (reportId: number) =>
      items.findLast(
        (item) =>
          item.kind === REPORT_SUBMIT &&
          (item.payload as ReportSubmitPayload).reportId === reportId,
      ),
    evidenceOf: (reportId: number) =>
      items.filter(
        (item) =>
          item.kind === REPORT_EVIDENCE &&
          item.state !== 'sent' &&
          (item.payload as ReportEvidencePayload).reportId === reportId,
      ),
  };
}
