import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  Legend,
  LabelList,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { useWidth } from '@/lib/layout/use-width';
import {
  CHART_FIGURES,
  type CountLine,
  FIGURE_COLORS,
} from '@/features/recognition-counts/components/count-lines';

const BAR = 10;
const LABEL_WIDTH = 160;

/**
 * Each line (a title or a unit) as a group of four horizontal bars: registered, recognized,
 * lapsed, revoked, each with its count at its end. On a phone a line's name stands above its
 * bars, so the bars keep the whole width of a 360 px screen. The table beside it holds the same.
 */
export default function CountsChart({
  lines,
  compact,
  title,
}: {
  lines: CountLine[];
  compact: boolean;
  title: string;
}) {
  const { t } = useTranslation(['translation', 'recognitionCounts']);
  const { ref, width } = useWidth(compact ? 320 : 560);
  const data = lines.map((line) => ({ name: line.name, ...line.counts }));
  const groupHeight = CHART_FIGURES.length * (BAR + 2) + (compact ? 30 : 16);
  const height = data.length * groupHeight + 40;
  const labelWidth = compact ? 1 : Math.min(LABEL_WIDTH, Math.floor(width * 0.35));
  const tick = (props: YAxisTickContentProps) => {
    const x = Number(props.x);
    const y = Number(props.y);
    const label = String(props.payload.value);
    return compact ? (
      <text
        x={2}
        y={y - (CHART_FIGURES.length * (BAR + 2)) / 2 - 6}
        textAnchor="start"
        fontSize={12}
        fill="rgba(0,0,0,0.88)"
      >
        {label}
      </text>
    ) : (
      <text x={x - 6} y={y} dy={4} textAnchor="end" fontSize={12} fill="rgba(0,0,0,0.88)">
        {label.length > 24 ? `${label.slice(0, 23)}…` : label}
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
        barGap={2}
        margin={{ top: compact ? 18 : 4, right: 40, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          hide
          allowDecimals={false}
          domain={[0, (max: number) => Math.max(1, max)]}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          axisLine={false}
          tickLine={false}
          interval={0}
          tick={tick}
        />
        <Legend verticalAlign="bottom" height={28} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
        {CHART_FIGURES.map((figure) => (
          <Bar
            key={figure}
            dataKey={figure}
            name={t(`recognitionCounts:figure.${figure}`)}
            fill={FIGURE_COLORS[figure]}
            isAnimationActive={false}
          >
            <LabelList dataKey={figure} position="right" fontSize={11} fill="rgba(0,0,0,0.88)" />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
