import type {
  CountFigure,
  RecognitionCountFigures,
} from '@/features/recognition-counts/api/recognition-counts';

/** A line of a count table or chart: a unit or a title, with its figures. */
export interface CountLine {
  key: string;
  name: string;
  counts: RecognitionCountFigures;
}

/** The figures the chart draws: how many came, were recognized, and lost it again. */
export const CHART_FIGURES = [
  'registered',
  'recognized',
  'lapsed',
  'revoked',
] as const satisfies readonly CountFigure[];
export type ChartFigure = (typeof CHART_FIGURES)[number];

export const FIGURE_COLORS: Record<CountFigure, string> = {
  registered: '#91caff',
  refused: '#bfbfbf',
  recognized: '#1677ff',
  inForce: '#52c41a',
  lapsed: '#faad14',
  revoked: '#ff4d4f',
  lost: '#d46b08',
};

/** A share as a percentage with at most one decimal, "42,5%" (Vietnamese) or "42.5%". */
export function percent(share: number, language: string): string {
  return `${new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', {
    maximumFractionDigits: 1,
  }).format(share * 100)}%`;
}

const collator = new Intl.Collator('vi');

/** Names in Vietnamese order ("Đ" after "D", tones after the bare letter). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
