import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { BUCKETS, type Bucket } from '@/features/assignments/api/assignments';
import { BUCKET_COLORS } from '@/features/assignments/components/bucket-tag';
import {
  COUNT_OF,
  percent,
  type RankedRow,
} from '@/features/assignments/components/summary/summary-rows';

/** The chart's width as laid out; a default before layout (and where nothing is laid out, in tests). */
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

interface Datum extends Record<Bucket, number> {
  key: string;
  row: RankedRow;
}

const LABEL_WIDTH = 200;
const BAR = 18;

/** A name cut to what fits in `width` px of 12 px text (about 6.5 px a letter), with "…". */
function fit(name: string, width: number): string {
  const letters = Math.max(4, Math.floor(width / 6.5));
  return name.length > letters ? `${name.slice(0, letters - 1)}…` : name;
}

/**
 * The four buckets per organization as 100 %-stacked horizontal bars: every organization's bar
 * fills the width, each segment its bucket's share of the organization's tasks. On a phone the
 * name stands above its bar (the bar keeps the whole width); on a wider screen, beside it.
 */
export default function SummaryChart({
  rows,
  compact,
  title,
}: {
  /** In the order shown (largest problems first), the unit's total first if wanted. */
  rows: RankedRow[];
  /** A phone: names above the bars. */
  compact: boolean;
  title: string;
}) {
  const { t } = useTranslation();
  const { ref, width } = useWidth(compact ? 336 : 640);
  const data: Datum[] = rows
    .filter((row) => row.counts.total > 0)
    .map((row) => ({ key: String(row.organization.id), row, ...row.share }));
  const rowHeight = compact ? BAR + 26 : BAR + 14;
  const axisHeight = 24;
  const height = data.length * rowHeight + axisHeight;
  const labelWidth = compact ? 0 : Math.min(LABEL_WIDTH, Math.floor(width * 0.4));

  const tick = (props: YAxisTickContentProps) => {
    const x = Number(props.x);
    const y = Number(props.y);
    const row = data[props.payload.index]?.row;
    if (!row) {
      return <g />;
    }
    const name = row.organization.name;
    return compact ? (
      // above the bar, from where the bar starts (the 1-px axis's tick is left of it, off the chart)
      <text
        x={1}
        y={y - BAR / 2 - 5}
        textAnchor="start"
        fontSize={12}
        fill="rgba(0,0,0,0.88)"
        data-testid="summary-chart-label"
      >
        <title>{name}</title>
        {fit(`${name} · ${row.counts.total}`, width)}
      </text>
    ) : (
      <text
        x={x - 6}
        y={y}
        dy={4}
        textAnchor="end"
        fontSize={12}
        fill="rgba(0,0,0,0.88)"
        data-testid="summary-chart-label"
      >
        <title>{name}</title>
        {fit(name, labelWidth - 8)}
      </text>
    );
  };

  // each segment names its organization and bucket (for its tooltip, and for the e2e test)
  const segment = (bucket: Bucket) => (props: BarShapeProps) => {
    const { x, y, width: w, height: h } = props;
    const row = (props.payload as Datum).row;
    const count = row.counts[COUNT_OF[bucket]];
    return (
      <rect
        x={x}
        y={y}
        width={Math.max(0, w)}
        height={h}
        fill={BUCKET_COLORS[bucket]}
        stroke="#fff"
        strokeWidth={count > 0 ? 1 : 0}
        data-organization-id={row.organization.id}
        data-bucket={bucket}
      >
        <title>{`${row.organization.name} – ${t(`enums.Bucket.${bucket}`)}: ${count} (${percent(row.share[bucket])})`}</title>
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
        margin={{ top: compact ? 16 : 0, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(value: number) => percent(value)}
          fontSize={11}
          orientation="top"
          height={axisHeight}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={compact ? 1 : labelWidth}
          axisLine={false}
          tickLine={false}
          tick={tick}
          interval={0}
        />
        <Tooltip
          cursor={{ fill: 'rgba(0,0,0,0.04)' }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as Datum | undefined;
            if (!active || !datum) {
              return null;
            }
            const { row } = datum;
            return (
              <div
                style={{
                  background: '#fff',
                  border: '1px solid rgba(0,0,0,0.15)',
                  borderRadius: 6,
                  padding: '6px 10px',
                  fontSize: 12,
                  maxWidth: 280,
                }}
              >
                <strong>{row.organization.name}</strong>
                {BUCKETS.map((bucket) => (
                  <div key={bucket} style={{ color: BUCKET_COLORS[bucket] }}>
                    {t(`enums.Bucket.${bucket}`)}: {row.counts[COUNT_OF[bucket]]} (
                    {percent(row.share[bucket])})
                  </div>
                ))}
                <div>{t('summaryChart.total', { count: row.counts.total })}</div>
              </div>
            );
          }}
        />
        {BUCKETS.map((bucket) => (
          <Bar
            key={bucket}
            dataKey={bucket}
            stackId="buckets"
            fill={BUCKET_COLORS[bucket]}
            isAnimationActive={false}
            shape={segment(bucket)}
          />
        ))}
      </BarChart>
    </div>
  );
}
