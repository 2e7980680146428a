import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Grid, Row, Segmented, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import {
  exportRecognitionCounts,
  type RecognitionCountParams,
  type RecognitionCounts,
  useRecognitionCounts,
  useRecognitionCriterionFailures,
} from '@/features/recognition-counts/api/recognition-counts';
import type { CountLine } from '@/features/recognition-counts/components/count-lines';
import {
  ChartTable,
  FailuresTable,
  UnitCountsTable,
} from '@/features/recognition-counts/components/counts-tables';
import { useDownload } from '@/lib/files/use-download';
import { useUrlFilters } from '@/lib/routing/use-url-filters';

// recharts is loaded with the charts, not with the app's first screen (budget: README)
const CountsChart = lazy(() => import('@/features/recognition-counts/components/counts-chart'));
const FailuresChart = lazy(() => import('@/features/recognition-counts/components/failures-chart'));

/** The units the by-unit chart draws at most (those with most cases); the table has them all. */
const CHART_UNITS = 12;
/** The criteria the failure chart draws at most (the worst); the table has them all. */
const CHART_CRITERIA = 10;
const YEARS_BACK = 6;

function ChartLoading() {
  return <Skeleton active paragraph={{ rows: 6 }} />;
}

export interface TitleOption {
  id: number;
  name: string;
}

function titleLines(data: RecognitionCounts): CountLine[] {
  const names = new Map(data.titles.map((title) => [title.id, title.name]));
  return data.total.byTitle.map((entry) => ({
    key: `title-${entry.titleId}`,
    name: names.get(entry.titleId) ?? String(entry.titleId),
    counts: entry.counts,
  }));
}

/**
 * "Kết quả công nhận khu dân cư": a year's counts for the reader's unit (or a unit under it) —
 * registered, recognized, lapsed, revoked — as a chart by title or by unit with its table beside
 * it, the counts by unit, and which criteria hold areas back, worst first, as a chart with its
 * table. Year, title and unit live in the URL and also shape the .xlsx export. The server counts
 * only the reader's scope. `titles` (for the filter) is given by the route.
 */
export function RecognitionCountsView({
  titles,
  titlesLoading,
}: {
  titles: TitleOption[];
  titlesLoading: boolean;
}) {
  const { t } = useTranslation(['translation', 'recognitionCounts']);
  const screens = Grid.useBreakpoint();
  const compact = !screens.sm;
  const { params: urlParams, update } = useUrlFilters({ push: true });
  const thisYear = dayjs().year();
  const year = Number(urlParams.get('year')) || thisYear;
  const titleId = Number(urlParams.get('title')) || undefined;
  const unitId = Number(urlParams.get('unit')) || undefined;
  const params: RecognitionCountParams = {
    year,
    ...(titleId ? { titleId } : {}),
    ...(unitId ? { unitId } : {}),
  };
  const counts = useRecognitionCounts(params);
  const failures = useRecognitionCriterionFailures(params);
  const [chartBy, setChartBy] = useState<'title' | 'unit'>('title');

  const exports = useDownload((reason) => t('recognitionCounts:exportFailed', { reason }));
  const exporting = exports.busy !== undefined;
  const download = () => {
    exports.run('xlsx', () => exportRecognitionCounts(params));
  };

  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  if (!years.includes(year)) {
    years.push(year);
  }
  const data = counts.data;
  const byTitle = data ? titleLines(data) : [];
  const byUnit: CountLine[] =
    data?.rows.map((row) => ({
      key: `unit-${row.unit.id}`,
      name: row.unit.name,
      counts: row.counts,
    })) ?? [];
  const chartLines =
    chartBy === 'title'
      ? byTitle
      : [...byUnit]
          .filter((line) => line.counts.registered + line.counts.recognized > 0)
          .sort((a, b) => b.counts.registered - a.counts.registered)
          .slice(0, CHART_UNITS);
  const chartTitle = data
    ? t(chartBy === 'title' ? 'recognitionCounts:chartByTitle' : 'recognitionCounts:chartByUnit', {
        unit: data.unit.name,
        year: data.year,
      })
    : t('recognitionCounts:title');
  const empty = data && data.total.counts.registered + data.total.counts.recognized === 0;
  const worst = (failures.data?.criteria ?? []).filter((c) => c.assessed > 0);
  const failuresTitle = data
    ? t('recognitionCounts:failures.chart', { unit: data.unit.name, year })
    : t('recognitionCounts:failures.title');

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('recognitionCounts:title')}
          </Typography.Title>
          {data && (
            <Typography.Text type="secondary">
              {t('recognitionCounts:subtitle', { unit: data.unit.name, year: data.year })}
            </Typography.Text>
          )}
        </div>
        <Button icon={<FileExcelOutlined />} loading={exporting} onClick={download}>
          {exporting ? t('recognitionCounts:exporting') : t('recognitionCounts:export')}
        </Button>
      </Flex>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('recognitionCounts:year')}
          style={{ minWidth: 110, flex: '1 1 110px' }}
          value={year}
          onChange={(value: number) => update({ year: String(value) })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          aria-label={t('recognitionCounts:titleFilter')}
          allowClear
          placeholder={t('recognitionCounts:allTitles')}
          style={{ minWidth: 180, flex: '2 1 180px' }}
          loading={titlesLoading}
          value={titleId}
          onChange={(value?: number) => update({ title: value ? String(value) : undefined })}
          options={titles.map((title) => ({ value: title.id, label: title.name }))}
        />
        {unitId && (
          <Button onClick={() => update({ unit: undefined })}>
            {t('recognitionCounts:ownUnit')}
          </Button>
        )}
      </Flex>
      {counts.isError ? (
        <QueryError error={counts.error} onRetry={() => void counts.refetch()} compact />
      ) : (
        <>
          <Card
            size="small"
            title={chartTitle}
            styles={{ title: { whiteSpace: 'normal' } }}
            extra={
              <Segmented
                size="small"
                value={chartBy}
                onChange={(value) => setChartBy(value)}
                options={[
                  { value: 'title' as const, label: t('recognitionCounts:byTitle') },
                  { value: 'unit' as const, label: t('recognitionCounts:byUnit') },
                ]}
              />
            }
          >
            {!data ? (
              <ChartLoading />
            ) : empty || chartLines.length === 0 ? (
              <Typography.Text type="secondary">{t('recognitionCounts:empty')}</Typography.Text>
            ) : (
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={14}>
                  <Suspense fallback={<ChartLoading />}>
                    <CountsChart lines={chartLines} compact={compact} title={chartTitle} />
                  </Suspense>
                  {chartBy === 'unit' && byUnit.length > chartLines.length && (
                    <Typography.Text type="secondary">
                      {t('recognitionCounts:chartUnitsNote', { count: chartLines.length })}
                    </Typography.Text>
                  )}
                </Col>
                <Col xs={24} lg={10}>
                  <ChartTable lines={chartLines} label={t('recognitionCounts:chartTable')} />
                </Col>
              </Row>
            )}
          </Card>
          {data && (
            <>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('recognitionCounts:unitTable')}
              </Typography.Title>
              <UnitCountsTable
                label={t('recognitionCounts:unitTable')}
                lines={byUnit}
                total={{
                  key: 'total',
                  name: t('recognitionCounts:total'),
                  counts: data.total.counts,
                }}
                titleNames={new Map(data.titles.map((title) => [title.id, title.name]))}
                byTitle={new Map(data.rows.map((row) => [`unit-${row.unit.id}`, row.byTitle]))}
                loading={counts.isFetching}
                onOpenUnit={(key) => update({ unit: key.replace('unit-', '') })}
              />
            </>
          )}
        </>
      )}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('recognitionCounts:failures.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('recognitionCounts:failures.intro')}</Typography.Text>
      {failures.isError ? (
        <QueryError error={failures.error} onRetry={() => void failures.refetch()} compact />
      ) : !failures.data ? (
        <ChartLoading />
      ) : worst.length === 0 ? (
        <Typography.Text type="secondary">{t('recognitionCounts:failures.empty')}</Typography.Text>
      ) : (
        <Card size="small" title={failuresTitle} styles={{ title: { whiteSpace: 'normal' } }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Suspense fallback={<ChartLoading />}>
                <FailuresChart
                  criteria={worst.slice(0, CHART_CRITERIA)}
                  compact={compact}
                  title={failuresTitle}
                />
              </Suspense>
            </Col>
            <Col xs={24} lg={12}>
              <FailuresTable
                label={t('recognitionCounts:failures.table')}
                criteria={failures.data.criteria}
                loading={failures.isFetching}
              />
            </Col>
          </Row>
        </Card>
      )}
    </Flex>
  );
}
