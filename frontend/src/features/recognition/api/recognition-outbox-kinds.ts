import { registerOutboxHandler } from '@/lib/outbox/outbox-sender';

/**
 * The outbox kinds of an area's self-assessment, registered when the app starts so that what a
 * reporter assessed offline is sent once the network returns. Only these few lines load with the
 * app: the sending code comes with its first item (budget: README).
 */
export const RECOGNITION_ASSESSMENT = 'recognition-assessment';
export const RECOGNITION_EVIDENCE = 'recognition-evidence';
export const RECOGNITION_SUBMIT = 'recognition-submit';

const sender = () => import('@/features/recognition/api/recognition-outbox');

registerOutboxHandler(RECOGNITION_ASSESSMENT, {
  send: (item, key) => sender().then((m) => m.sendAssessment(item, key)),
  keepMine: (item) => sender().then((m) => m.assessmentOnServerVersion(item)),
});
registerOutboxHandler(RECOGNITION_EVIDENCE, {
  send: (item, key) => sender().then((m) => m.sendEvidence(item, key)),
});
registerOutboxHandler(RECOGNITION_SUBMIT, {
  send: (item, key) => sender().then((m) => m.sendSubmit(item, key)),
  keepMine: (item) => sender().then((m) => m.submitOnServerVersion(item)),
});
