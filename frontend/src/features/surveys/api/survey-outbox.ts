import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type SatisfactionResponseWrite, surveyKeys } from '@/features/surveys/api/surveys';
import { SURVEY_RESPONSE } from '@/features/surveys/api/survey-outbox-kinds';
import { unwrap } from '@/lib/api/api-error';
import { apiClient } from '@/lib/api/client';
import type { OutboxItem } from '@/lib/outbox/outbox-store';
import { useEnqueue, useOutboxItems } from '@/lib/outbox/use-outbox';

/** One paper form: a POST of its own, its item id its Idempotency-Key (a resend counts once). */
export interface ResponsePayload {
  surveyId: number;
  body: SatisfactionResponseWrite;
}

/** POST /api/v1/satisfaction-surveys/{id}/responses (enterSatisfactionResponse). */
export async function sendResponse(item: OutboxItem, key: string): Promise<void> {
  const { surveyId, body } = item.payload as ResponsePayload;
  unwrap(
    await apiClient.POST('/api/v1/satisfaction-surveys/{id}/responses', {
      params: { path: { id: surveyId } },
      body,
      headers: { 'Idempotency-Key': key },
    }),
  );
}

function isOfSurvey(item: OutboxItem, surveyId: number): item is OutboxItem<ResponsePayload> {
  return item.kind === SURVEY_RESPONSE && (item.payload as ResponsePayload).surveyId === surveyId;
}

/**
 * The forms of a survey entered on this device (newest first, with their outbox state), how many
 * per area, and `enter`, which puts a form in the outbox and starts sending at once. The survey is
 * read again whenever one of them reaches the server.
 */
export function useSurveyEntry(surveyId: number) {
  const queryClient = useQueryClient();
  const enqueue = useEnqueue();
  const all = useOutboxItems();
  const forms = useMemo(
    () => all.filter((item) => isOfSurvey(item, surveyId)).reverse(),
    [all, surveyId],
  );
  const sent = forms.filter((item) => item.state === 'sent').length;
  const seen = useRef(sent);
  useEffect(() => {
    if (sent !== seen.current) {
      seen.current = sent;
      void queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    }
  }, [sent, queryClient]);

  const perArea = useMemo(() => {
    const counts = new Map<number, number>();
    for (const item of forms) {
      const area = item.payload.body.residentialAreaId;
      counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    return counts;
  }, [forms]);

  const enter = useCallback(
    async (body: SatisfactionResponseWrite, label: string) => {
      const { item } = await enqueue<ResponsePayload>({
        kind: SURVEY_RESPONSE,
        label,
        payload: { surveyId, body },
      });
      return item;
    },
    [enqueue, surveyId],
  );

  return { forms, perArea, enter };
}
