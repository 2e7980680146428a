import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  LabelList,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import {
  FUNNEL_STAGES,
  type FunnelStage,
  type ModelFunnelCounts,
} from '@/features/models/api/model-funnel';
import {
  percent,
  shareOfRegistered,
  STAGE_COLORS,
} from '@/features/models/components/funnel/funnel-rows';

/** The chart's width as laid out; a default before layout (and in tests, where nothing is). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return;
    }
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) {
        setWidth(measured);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

interface Datum {
  stage: FunnelStage;
  label: string;
  count: number;
  /** The count, with its share of the registered models after the first stage. */
  text: string;
}

const BAR = 22;
const LABEL_WIDTH = 150;

/**
 * The six stages of a total as horizontal bars, each its count (and its share of the registered
 * models) at its end. On a phone each stage's name stands above its bar, so the bar keeps the
 * whole width of a 360 px screen. The same figures are in the table beside it.
 */
export default function FunnelChart({
  counts,
  compact,
  title,
}: {
  counts: ModelFunnelCounts;
  /** A phone: names above the bars. */
  compact: boolean;
  title: string;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const { ref, width } = useWidth(compact ? 320 : 560);
  const data: Datum[] = FUNNEL_STAGES.map((stage) => ({
    stage,
    label: t(`models:funnel.stage.${stage}`),
    count: counts[stage],
    text:
      stage === 'registered'
        ? String(counts[stage])
        : `${counts[stage]} (${percent(shareOfRegistered(counts, counts[stage]))})`,
  }));
  const rowHeight = compact ? BAR + 26 : BAR + 16;
  const height = data.length * rowHeight + 8;
  const labelWidth = compact ? 1 : Math.min(LABEL_WIDTH, Math.floor(width * 0.35));
  const tick = (props: YAxisTickContentProps) => {
    const x = Number(props.x);
    const y = Number(props.y);
    const label = String(props.payload.value);
    return compact ? (
      // above its bar, from the chart's left edge (the axis itself is 1 px wide)
      <text x={2} y={y - BAR / 2 - 5} textAnchor="start" fontSize={12} fill="rgba(0,0,0,0.88)">
        {label}
      </text>
    ) : (
      <text x={x - 6} y={y} dy={4} textAnchor="end" fontSize={12} fill="rgba(0,0,0,0.88)">
        {label}
      </text>
    );
  };

  const bar = (props: BarShapeProps) => {
    const { x, y, width: w, height: h } = props;
    const datum = props.payload as Datum;
    return (
      <rect
        x={x}
        y={y}
        width={Math.max(0, w)}
        height={h}
        rx={3}
        fill={STAGE_COLORS[datum.stage]}
        data-stage={datum.stage}
      >
        <title>{`${datum.label}: ${datum.text}`}</title>
      </rect>
    );
  };

  return (
    <div ref={ref} role="figure" aria-label={title} style={{ width: '100%' }}>
      <BarChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        barSize={BAR}
        margin={{ top: compact ? 16 : 4, right: 72, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, (max: number) => Math.max(1, max)]} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          axisLine={false}
          tickLine={false}
          interval={0}
          tick={tick}
        />
        <Bar dataKey="count" isAnimationActive={false} shape={bar}>
          <LabelList dataKey="text" position="right" fontSize={12} fill="rgba(0,0,0,0.88)" />
        </Bar>
      </BarChart>
    </div>
  );
}
