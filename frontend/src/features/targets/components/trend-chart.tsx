import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { TargetTrendPoint } from '@/features/targets/api/targets';
import { useWidth } from '@/lib/layout/use-width';

/**
 * A target's trend: the share (or the count) at the end of each year, with the target as a dashed
 * line. The table beside it has the same figures.
 */
export default function TrendChart({
  points,
  goal,
  share,
  title,
}: {
  points: TargetTrendPoint[];
  goal: number;
  share: boolean;
  title: string;
}) {
  const { i18n } = useTranslation();
  const { ref, width } = useWidth(320);
  const data = points.map((p) => ({ year: String(p.year), value: share ? p.share : p.counted }));
  const top = Math.max(goal, ...data.map((d) => d.value ?? 0));
  return (
    <div ref={ref} role="figure" aria-label={title} style={{ width: '100%' }}>
      <LineChart
        width={width}
        height={240}
        data={data}
        margin={{ top: 12, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" fontSize={12} />
        <YAxis
          width={44}
          fontSize={12}
          domain={[0, share ? 100 : Math.ceil(top * 1.1)]}
          tickFormatter={(v: number) =>
            share ? `${v.toLocaleString(i18n.language === 'en' ? 'en' : 'vi')}%` : String(v)
          }
        />
        <ReferenceLine y={goal} stroke="#cf1322" strokeDasharray="6 4" />
        <Line
          type="monotone"
          dataKey="value"
          stroke="#1677ff"
          strokeWidth={2}
          isAnimationActive={false}
          dot
        />
      </LineChart>
    </div>
  );
}
