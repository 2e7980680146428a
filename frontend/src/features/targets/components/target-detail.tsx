import { Card, Col, Descriptions, Flex, Input, Row, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type Target,
  type TargetMissingUnit,
  type TargetTrendPoint,
  useTargetMissingUnits,
  useTargetProgress,
} from '@/features/targets/api/targets';
import {
  decimal,
  progressText,
  targetName,
  valueText,
} from '@/features/targets/components/target-text';
import { TargetStatusTag } from '@/features/targets/components/target-status-tag';
import { formatDate } from '@/lib/dates';

// recharts is loaded with the chart, not with the app's first screen (budget: README)
const TrendChart = lazy(() => import('@/features/targets/components/trend-chart'));

const MISSING_PAGE = 20;

/** The trend's figures as a table beside the chart. */
function TrendTable({ points, caption }: { points: TargetTrendPoint[]; caption: string }) {
  const { t, i18n } = useTranslation('targets');
  const columns: ColumnsType<TargetTrendPoint> = [
    { title: t('detail.year'), dataIndex: 'year', key: 'year' },
    { title: t('detail.counted'), dataIndex: 'counted', key: 'counted' },
    { title: t('detail.of'), key: 'of', render: (_, p) => p.of ?? '—' },
    {
      title: t('detail.share'),
      key: 'share',
      render: (_, p) => (p.share === undefined ? '—' : `${decimal(p.share, i18n.language)}%`),
    },
  ];
  return (
    <Table<TargetTrendPoint>
      aria-label={caption}
      size="small"
      rowKey={(p) => p.year}
      columns={columns}
      dataSource={points}
      pagination={false}
    />
  );
}

/** The units counted that do not hold the level yet, searchable, with the level they do hold. */
function MissingUnits({ target }: { target: Target }) {
  const { t } = useTranslation('targets');
  const [page, setPage] = useState(0);
  const [q, setQ] = useState('');
  const applies =
    target.measure === 'UNITS_WITH_TITLE' && target.progress.status !== 'NOT_MEASURABLE';
  const missing = useTargetMissingUnits(
    target.id,
    { ...(q ? { q } : {}), page, size: MISSING_PAGE },
    applies,
  );
  if (!applies) {
    return null;
  }
  const held = (unit: TargetMissingUnit) =>
    unit.heldLevel ? t(`titleLevel.${unit.heldLevel}`) : t('detail.holdsNone');
  const columns: ColumnsType<TargetMissingUnit> = [
    { title: t('detail.unit'), key: 'name', render: (_, u) => u.name },
    { title: t('detail.parent'), key: 'parent', render: (_, u) => u.parentName ?? '' },
    { title: t('detail.held'), key: 'held', render: (_, u) => held(u) },
  ];
  return (
    <Card size="small" title={t('detail.missingTitle', { count: target.progress.missing ?? 0 })}>
      <Flex vertical gap="small">
        <Input.Search
          aria-label={t('detail.searchMissing')}
          placeholder={t('detail.searchMissing')}
          allowClear
          onSearch={(value) => {
            setQ(value.trim());
            setPage(0);
          }}
        />
        {missing.isError ? (
          <QueryError error={missing.error} onRetry={() => void missing.refetch()} compact />
        ) : (
          <ResponsiveList<TargetMissingUnit>
            aria-label={t('detail.missingList')}
            items={missing.data?.items ?? []}
            rowKey={(u) => u.id}
            columns={columns}
            loading={missing.isFetching}
            emptyText={t('detail.noneMissing')}
            page={page}
            pageSize={MISSING_PAGE}
            total={missing.data?.total ?? 0}
            onPageChange={setPage}
            renderCard={(u) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{u.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {[u.parentName, held(u)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}

/**
 * A target: what it asks, by when and of which unit (an abolished one with its successor), its
 * progress counted from the data, the trend by year as a chart with its table beside it, and the
 * units still missing.
 */
export function TargetDetail({ targetId }: { targetId: number }) {
  const { t, i18n } = useTranslation(['translation', 'targets']);
  const detail = useTargetProgress(targetId);
  if (detail.isError) {
    return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  if (!detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const { target, trend } = detail.data;
  const scope = target.scopeUnit;
  const name = targetName(target, t);
  const chartTitle = t('targets:detail.trendTitle', { name });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {name}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('targets:detail.directive')}>
          {[target.directive.number, formatDate(target.directive.issueDate)]
            .filter(Boolean)
            .join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets:detail.scope')}>
          {scope.name}
          {scope.validTo &&
            ` (${t('targets:detail.abolished', {
              date: formatDate(scope.validTo),
              successor: scope.successorName ?? '',
            })})`}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets:board.value')}>
          {valueText(target, i18n.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets:board.deadline')}>
          {formatDate(target.deadline)}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets:board.progress')}>
          {progressText(target, t, i18n.language) || '—'}{' '}
          <Typography.Text type="secondary">
            {t('targets:detail.asOf', { date: formatDate(target.progress.asOf) })}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('targets:board.status')}>
          <TargetStatusTag target={target} />
        </Descriptions.Item>
      </Descriptions>
      {trend.length > 0 && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('targets:detail.trend')}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
                <TrendChart
                  points={trend}
                  goal={target.valueMin}
                  share={target.expression === 'SHARE'}
                  title={chartTitle}
                />
              </Suspense>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <TrendTable points={trend} caption={t('targets:detail.trendTable')} />
          </Col>
        </Row>
      )}
      <MissingUnits target={target} />
    </Flex>
  );
}
