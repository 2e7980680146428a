import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { SatisfactionResults } from '@/features/surveys/api/surveys';
import { useWidth } from '@/lib/layout/use-width';

const BAR = 20;

/**
 * Satisfaction per criterion: the satisfied share as a horizontal bar (green above the threshold,
 * red at or below it), the threshold as a dashed line. On a phone the criterion stands above its
 * bar. The table beside it has the same figures.
 */
export default function CriteriaChart({
  results,
  compact,
  title,
}: {
  results: SatisfactionResults;
  compact: boolean;
  title: string;
}) {
  const { i18n } = useTranslation();
  const { ref, width } = useWidth(compact ? 320 : 560);
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  const data = results.criteria.map((c) => ({
    label: `${c.criterionCode}. ${c.criterionName}`,
    share: c.share.satisfiedPercent,
    text: `${c.share.satisfiedPercent.toLocaleString(locale)}%`,
    passed: c.share.passed,
  }));
  const rowHeight = compact ? BAR + 26 : BAR + 14;
  const labelWidth = compact ? 1 : Math.min(220, Math.floor(width * 0.4));
  const maxChars = compact ? 46 : Math.floor(labelWidth / 6.5);
  const tick = (props: YAxisTickContentProps) => {
    const full = String(props.payload.value);
    const label = full.length > maxChars ? `${full.slice(0, maxChars - 1)}…` : full;
    const y = Number(props.y);
    return compact ? (
      <text x={2} y={y - BAR / 2 - 5} fontSize={12} fill="rgba(0,0,0,0.88)">
        {label}
      </text>
    ) : (
      <text
        x={Number(props.x) - 6}
        y={y}
        dy={4}
        textAnchor="end"
        fontSize={12}
        fill="rgba(0,0,0,0.88)"
      >
        <title>{full}</title>
        {label}
      </text>
    );
  };
  return (
    <div ref={ref} role="figure" aria-label={title} style={{ width: '100%' }}>
      <BarChart
        width={width}
        height={data.length * rowHeight + 28}
        data={data}
        layout="vertical"
        barSize={BAR}
        margin={{ top: compact ? 18 : 6, right: 56, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, 100]}
          fontSize={11}
          tickFormatter={(v: number) => `${v}%`}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          axisLine={false}
          tickLine={false}
          interval={0}
          tick={tick}
        />
        <ReferenceLine x={results.thresholdPercent} stroke="#595959" strokeDasharray="6 4" />
        <Bar dataKey="share" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.label} fill={d.passed ? '#52c41a' : '#ff4d4f'} />
          ))}
          <LabelList dataKey="text" position="right" fontSize={12} fill="rgba(0,0,0,0.88)" />
        </Bar>
      </BarChart>
    </div>
  );
}
