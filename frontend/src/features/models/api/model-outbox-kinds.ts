import { registerOutboxHandler } from '@/lib/outbox/outbox-sender';

/**
 * The outbox kinds of the "Dân vận khéo" models, registered when the app starts so that what a
 * cadre registered offline is sent once the network returns. Only these few lines load with the
 * app: the sending code comes with its first item (budget: README).
 */
export const MODEL_REGISTRATION = 'model-registration';
export const MODEL_EVIDENCE = 'model-evidence';

const sender = () => import('@/features/models/api/model-outbox');

registerOutboxHandler(MODEL_REGISTRATION, {
  send: (item, key) => sender().then((m) => m.sendRegistration(item, key)),
});
registerOutboxHandler(MODEL_EVIDENCE, {
  send: (item, key) => sender().then((m) => m.sendEvidence(item, key)),
});
