import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Grid, Row, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import {
  BUCKETS,
  exportSummary,
  useAssignmentSummary,
} from '@/features/assignments/api/assignments';
import { BUCKET_COLORS } from '@/features/assignments/components/bucket-tag';
import { rankByProblems, withShares } from '@/features/assignments/components/summary/summary-rows';
import { SummaryTable } from '@/features/assignments/components/summary/summary-table';
import { DATE_FORMAT, formatDate } from '@/lib/dates';
import { useDownload } from '@/lib/files/use-download';

// recharts is loaded with the chart, not with the app's first screen (budget: README)
const SummaryChart = lazy(() => import('@/features/assignments/components/summary/summary-chart'));

const TOP = 10;

function ChartLoading() {
  return <Skeleton active paragraph={{ rows: 6 }} />;
}

/** The bucket colours and names, as an HTML list that wraps (never overlapping labels). */
function Legend() {
  const { t } = useTranslation();
  return (
    <Flex wrap gap="small" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {BUCKETS.map((bucket) => (
        <Flex key={bucket} component="li" align="center" gap={6}>
          <span
            aria-hidden
            style={{
              width: 12,
              height: 12,
              borderRadius: 2,
              background: BUCKET_COLORS[bucket],
              flex: 'none',
            }}
          />
          <Typography.Text style={{ fontSize: 13 }}>{t(`enums.Bucket.${bucket}`)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * The four buckets by organization for the leader's unit, on a chosen day: a chart (the largest
 * problems first) and, beside it or below it on a phone, the same as a sortable table.
 */
export function AssignmentSummaryView({
  unitName,
  organizationWorkPath,
}: {
  unitName: string;
  /** Where an organization's assignments are listed (the table links each organization there). */
  organizationWorkPath: (organizationId: number) => string;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.sm;
  const [showAll, setShowAll] = useState(false);
  const [asOf, setAsOf] = useState(dayjs());
  // two pickers rather than a range picker, whose two-month panel is wider than a phone
  const [dueFrom, setDueFrom] = useState<Dayjs | null>(null);
  const [dueTo, setDueTo] = useState<Dayjs | null>(null);
  const params = {
    asOf: asOf.format('YYYY-MM-DD'),
    ...(dueFrom ? { dueFrom: dueFrom.format('YYYY-MM-DD') } : {}),
    ...(dueTo ? { dueTo: dueTo.format('YYYY-MM-DD') } : {}),
  };
  const summary = useAssignmentSummary(params);
  // the server's reason is the message (it names the refusal in the chosen language)
  const exports = useDownload((reason) => reason);
  const exporting = exports.busy !== undefined;
  const download = () => exports.run('xlsx', () => exportSummary(params));
  const data = summary.data;
  const ranked = useMemo(() => (data ? rankByProblems(data) : []), [data]);
  const withTasks = ranked.filter((row) => row.counts.total > 0);
  const chartRows = data
    ? [
        withShares({ id: 0, code: '', name: t('summary.all') }, data.totals),
        ...(showAll ? withTasks : withTasks.slice(0, TOP)),
      ]
    : [];
  const chartTitle = t('summary.chart', { date: formatDate(data?.asOf) });

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
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={11}>
            <Card
              size="small"
              title={chartTitle}
              extra={
                withTasks.length > TOP ? (
                  <Button type="link" size="small" onClick={() => setShowAll((all) => !all)}>
                    {showAll
                      ? t('summaryChart.showTop', { count: TOP })
                      : t('summaryChart.showAll', { count: withTasks.length })}
                  </Button>
                ) : undefined
              }
              styles={{ title: { whiteSpace: 'normal' } }}
            >
              {data && data.totals.total > 0 ? (
                <Flex vertical gap="small">
                  <Typography.Text type="secondary">
                    {withTasks.length > TOP && !showAll
                      ? t('summaryChart.captionTop', { count: TOP, total: withTasks.length })
                      : t('summaryChart.caption')}
                  </Typography.Text>
                  <Legend />
                  <Suspense fallback={<ChartLoading />}>
                    <SummaryChart rows={chartRows} compact={compact} title={chartTitle} />
                  </Suspense>
                </Flex>
              ) : summary.isPending ? (
                <ChartLoading />
              ) : (
                <Typography.Text type="secondary">{t('summary.empty')}</Typography.Text>
              )}
            </Card>
          </Col>
          <Col xs={24} xxl={13}>
            <SummaryTable
              rows={ranked}
              totals={data?.totals}
              loading={summary.isFetching}
              organizationWorkPath={organizationWorkPath}
            />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
