import type { FunnelStage, ModelFunnelCounts } from '@/features/models/api/model-funnel';

/** One colour per stage, darker as the cycle goes on; replicated apart (it counts copies). */
export const STAGE_COLORS: Record<FunnelStage, string> = {
  registered: '#91caff',
  appraised: '#4096ff',
  recognized: '#1677ff',
  exemplary: '#0958d9',
  commended: '#10239e',
  replicated: '#13a8a8',
};

/** `count` as a share of the registered records (0 when nothing was registered). */
export function shareOfRegistered(counts: ModelFunnelCounts, count: number): number {
  return counts.registered > 0 ? count / counts.registered : 0;
}

/** A share as a whole percentage, "42%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const collator = new Intl.Collator('vi');

/** Names in Vietnamese order ("Đ" after "D", tones after the bare letter). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
