// What the outbox can send is registered by the features that own those requests.
import '@/features/assignments/api/report-outbox';
import '@/features/models/api/model-outbox-kinds';
import '@/features/recognition/api/recognition-outbox-kinds';
import '@/features/surveys/api/survey-outbox-kinds';
import { OutboxPanel } from '@/components/outbox-panel';

/** The outbox in the header: its badge and drawer, and the sender behind them. */
export function OutboxMount() {
  return <OutboxPanel />;
}
