import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { RecognitionCriterionFailure } from '@/features/recognition-counts/api/recognition-counts';
import { percent } from '@/features/recognition-counts/components/count-lines';
import { useWidth } from '@/lib/layout/use-width';

const BAR = 18;
const LABEL_WIDTH = 200;

/**
 * The criteria that hold areas back: each one's failure rate as a horizontal bar, worst first
 * (as the server sorts them), key criteria in a darker red. On a phone the criterion stands above
 * its bar. The table beside it lists every criterion with its counts.
 */
export default function FailuresChart({
  criteria,
  compact,
  title,
}: {
  criteria: RecognitionCriterionFailure[];
  compact: boolean;
  title: string;
}) {
  const { i18n } = useTranslation();
  const { ref, width } = useWidth(compact ? 320 : 560);
  const data = criteria.map((c) => ({
    label: `${c.code}. ${c.name}`,
    share: c.failureShare,
    text: `${percent(c.failureShare, i18n.language)} (${c.failed}/${c.assessed})`,
    key: Boolean(c.keyCriterion),
  }));
  const rowHeight = compact ? BAR + 26 : BAR + 14;
  const height = data.length * rowHeight + 8;
  const labelWidth = compact ? 1 : Math.min(LABEL_WIDTH, Math.floor(width * 0.4));
  const maxChars = compact ? 48 : Math.floor(labelWidth / 6.5);
  const tick = (props: YAxisTickContentProps) => {
    const x = Number(props.x);
    const y = Number(props.y);
    const full = String(props.payload.value);
    const label = full.length > maxChars ? `${full.slice(0, maxChars - 1)}…` : full;
    return compact ? (
      <text x={2} y={y - BAR / 2 - 5} textAnchor="start" fontSize={12} fill="rgba(0,0,0,0.88)">
        {label}
      </text>
    ) : (
      <text x={x - 6} y={y} dy={4} textAnchor="end" fontSize={12} fill="rgba(0,0,0,0.88)">
        <title>{full}</title>
        {label}
      </text>
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
        margin={{ top: compact ? 16 : 4, right: 96, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 1]} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          axisLine={false}
          tickLine={false}
          interval={0}
          tick={tick}
        />
        <Bar dataKey="share" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.label} fill={d.key ? '#a8071a' : '#ff7875'} />
          ))}
          <LabelList dataKey="text" position="right" fontSize={12} fill="rgba(0,0,0,0.88)" />
        </Bar>
      </BarChart>
    </div>
  );
}
