import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import {
  BUCKETS,
  type Bucket,
  type BucketCounts,
  exportSummary,
  useAssignmentSummary,
} from '@/features/assignments/api/assignments';
import { BUCKET_COLORS } from '@/features/assignments/components/bucket-tag';
import { DATE_FORMAT, formatDate } from '@/lib/dates';
import { ApiError } from '@/lib/api/api-error';
import { saveBlob } from '@/lib/files/save-blob';

const COUNT_OF: Record<Bucket, keyof BucketCounts> = {
  OPEN_OVERDUE: 'openOverdue',
  OPEN_IN_TIME: 'openInTime',
  DONE_LATE: 'doneLate',
  DONE_ON_TIME: 'doneOnTime',
};

interface ChartRow {
  label: string;
  counts: BucketCounts;
}

/** Stacked bars, one per organization: overdue, in time, done late, done on time. */
function BucketChart({ rows, title }: { rows: ChartRow[]; title: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.counts.total));
  const barHeight = 22;
  const labelWidth = 180;
  const width = 640;
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${rows.length * (barHeight + 8) + 28}`}
      style={{ width: '100%', maxWidth: width }}
    >
      {rows.map((row, i) => {
        let x = labelWidth;
        const y = i * (barHeight + 8);
        return (
          <g key={row.label}>
            <text x={0} y={y + barHeight / 1.4} fontSize={12}>
              {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
            </text>
            {BUCKETS.map((bucket) => {
              const count = row.counts[COUNT_OF[bucket]];
              const w = (count / max) * (width - labelWidth - 40);
              const rect = (
                <rect
                  key={bucket}
                  x={x}
                  y={y}
                  width={w}
                  height={barHeight}
                  fill={BUCKET_COLORS[bucket]}
                >
                  <title>{`${t(`enums.Bucket.${bucket}`)}: ${count}`}</title>
                </rect>
              );
              x += w;
              return rect;
            })}
            <text x={x + 4} y={y + barHeight / 1.4} fontSize={12}>
              {row.counts.total}
            </text>
          </g>
        );
      })}
      <g transform={`translate(0, ${rows.length * (barHeight + 8) + 8})`}>
        {BUCKETS.map((bucket, i) => (
          <g key={bucket} transform={`translate(${i * 150}, 0)`}>
            <rect width={12} height={12} fill={BUCKET_COLORS[bucket]} />
            <text x={16} y={11} fontSize={12}>
              {t(`enums.Bucket.${bucket}`)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

/** The four buckets by organization for the leader's unit, on a chosen day: a table and a chart. */
export function AssignmentSummaryView({ unitName }: { unitName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState(dayjs());
  // two pickers rather than a range picker, whose two-month panel is wider than a phone
  const [dueFrom, setDueFrom] = useState<Dayjs | null>(null);
  const [dueTo, setDueTo] = useState<Dayjs | null>(null);
  const [exporting, setExporting] = useState(false);
  const params = {
    asOf: asOf.format('YYYY-MM-DD'),
    ...(dueFrom ? { dueFrom: dueFrom.format('YYYY-MM-DD') } : {}),
    ...(dueTo ? { dueTo: dueTo.format('YYYY-MM-DD') } : {}),
  };
  const summary = useAssignmentSummary(params);
  const download = () => {
    setExporting(true);
    exportSummary(params)
      .then(({ blob, fileName }) => saveBlob(blob, fileName))
      .catch((error: unknown) => {
        const problem = error instanceof ApiError ? error.problem : undefined;
        void message.error(problem?.detail ?? problem?.title ?? String(error));
      })
      .finally(() => setExporting(false));
  };
  const data = summary.data;
  const chartRows: ChartRow[] = data
    ? [
        { label: t('summary.all'), counts: data.totals },
        ...[...data.rows]
          .sort((a, b) => b.counts.total - a.counts.total)
          .slice(0, 10)
          .map((r) => ({ label: r.organization.name, counts: r.counts })),
      ]
    : [];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('summary.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{unitName}</Typography.Text>
        </div>
        <Flex gap="small" wrap>
          <DatePicker
            aria-label={t('summary.asOf')}
            format={DATE_FORMAT}
            allowClear={false}
            value={asOf}
            onChange={(value) => value && setAsOf(value)}
          />
          <DatePicker
            aria-label={t('summary.dueFrom')}
            placeholder={t('summary.dueFrom')}
            format={DATE_FORMAT}
            value={dueFrom}
            maxDate={dueTo ?? undefined}
            onChange={(value) => setDueFrom(value)}
          />
          <DatePicker
            aria-label={t('summary.dueTo')}
            placeholder={t('summary.dueTo')}
            format={DATE_FORMAT}
            value={dueTo}
            minDate={dueFrom ?? undefined}
            onChange={(value) => setDueTo(value)}
          />
          <Button icon={<FileExcelOutlined />} loading={exporting} onClick={download}>
            {t('summary.export')}
          </Button>
        </Flex>
      </Flex>
      {summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Card size="small" title={t('summary.chart', { date: formatDate(data?.asOf) })}>
            {data && data.totals.total > 0 ? (
              <BucketChart
                rows={chartRows}
                title={t('summary.chart', { date: formatDate(data.asOf) })}
              />
            ) : (
              <Typography.Text type="secondary">{t('summary.empty')}</Typography.Text>
            )}
          </Card>
          <Table
            size="small"
            rowKey={(r) => r.organization.id}
            loading={summary.isFetching}
            dataSource={data?.rows ?? []}
            pagination={false}
            scroll={{ x: 720 }}
            columns={[
              {
                title: t('summary.organization'),
                key: 'org',
                render: (_, r) => r.organization.name,
              },
              ...BUCKETS.map((bucket) => ({
                title: t(`enums.Bucket.${bucket}`),
                key: bucket,
                align: 'right' as const,
                render: (_: unknown, r: { counts: BucketCounts }) => r.counts[COUNT_OF[bucket]],
              })),
              {
                title: t('summary.dueSoon'),
                key: 'soon',
                align: 'right' as const,
                render: (_, r) => r.counts.dueSoon,
              },
              {
                title: t('summary.total'),
                key: 'total',
                align: 'right' as const,
                render: (_, r) => r.counts.total,
              },
            ]}
            summary={() =>
              data ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t('summary.all')}</strong>
                  </Table.Summary.Cell>
                  {BUCKETS.map((bucket, i) => (
                    <Table.Summary.Cell key={bucket} index={i + 1} align="right">
                      <strong>{data.totals[COUNT_OF[bucket]]}</strong>
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={5} align="right">
                    <strong>{data.totals.dueSoon}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    <strong>{data.totals.total}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      )}
    </Flex>
  );
}
