import { registerOutboxHandler } from '@/lib/outbox/outbox-sender';

/**
 * The outbox kind of a paper form entered on a phone, registered when the app starts so that forms
 * entered offline are sent once the network returns. Only these lines load with the app: the
 * sending code comes with its first item (budget: README).
 */
export const SURVEY_RESPONSE = 'survey-response';

registerOutboxHandler(SURVEY_RESPONSE, {
  send: (item, key) =>
    import('@/features/surveys/api/survey-outbox').then((m) => m.sendResponse(item, key)),
});
