import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect, ListHeading, PagedResults } from '@/components/list-page';
import { exportTargets, type Target, useTargets } from '@/features/targets/api/targets';
import {
  gaugePercent,
  progressText,
  targetName,
  valueText,
} from '@/features/targets/components/target-text';
import { TargetStatusTag } from '@/features/targets/components/target-status-tag';
import { formatDate } from '@/lib/dates';
import { useDownload } from '@/lib/files/use-download';
import { useUrlFilters } from '@/lib/routing/use-url-filters';

const PAGE_SIZE = 50;

const GAUGE_COLORS: Record<Target['progress']['status'], string> = {
  ACHIEVED: '#389e0d',
  IN_PROGRESS: '#1677ff',
  MISSED: '#cf1322',
  NOT_MEASURABLE: '#bfbfbf',
};

/** One target as a gauge: how far along, the figure under it, the target's words. */
function Gauge({ target }: { target: Target }) {
  const { t, i18n } = useTranslation(['translation', 'targets']);
  const measurable = target.progress.status !== 'NOT_MEASURABLE';
  const name = targetName(target, t);
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex vertical align="center" gap={4} role="figure" aria-label={name}>
        <Progress
          type="dashboard"
          size={120}
          percent={gaugePercent(target)}
          strokeColor={GAUGE_COLORS[target.progress.status]}
          format={() =>
            measurable
              ? target.expression === 'SHARE' && target.progress.share !== undefined
                ? `${target.progress.share.toLocaleString(i18n.language === 'en' ? 'en' : 'vi')}%`
                : String(target.progress.counted ?? 0)
              : '—'
          }
        />
        <Link to={`/targets/${target.id}`} style={{ textAlign: 'center' }}>
          {name}
        </Link>
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {t('targets:board.goal', {
            value: valueText(target, i18n.language),
            date: formatDate(target.deadline),
          })}
        </Typography.Text>
        {measurable && <Typography.Text>{progressText(target, t, i18n.language)}</Typography.Text>}
        <TargetStatusTag target={target} />
      </Flex>
    </Card>
  );
}

/**
 * The leader's page: every target of their scope as a gauge (counted from the data on the day the
 * server names) and as a table — value, progress "87 trên 102 (85,3%)", deadline, status with the
 * reason when it cannot be measured — with the year of the deadline in the address and the same
 * list as .xlsx.
 */
export function TargetBoard() {
  const { t, i18n } = useTranslation(['translation', 'targets']);
  const filters = useUrlFilters();
  const year = filters.number('year');
  const params = year ? { year } : {};
  const targets = useTargets({ ...params, page: filters.page, size: PAGE_SIZE });
  const download = useDownload((reason) => t('targets:board.exportFailed', { reason }));
  const thisYear = dayjs().year();

  const name = (target: Target) => (
    <Flex vertical gap={2}>
      <Link to={`/targets/${target.id}`}>{targetName(target, t)}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[target.directive.number, target.scopeUnit.name].filter(Boolean).join(' · ')}
        {target.demo && (
          <>
            {' '}
            <Tag>{t('targets:demo')}</Tag>
          </>
        )}
      </Typography.Text>
    </Flex>
  );
  const columns: ColumnsType<Target> = [
    { title: t('targets:board.target'), key: 'target', render: (_, target) => name(target) },
    {
      title: t('targets:board.value'),
      key: 'value',
      render: (_, target) => valueText(target, i18n.language),
    },
    {
      title: t('targets:board.progress'),
      key: 'progress',
      render: (_, target) => progressText(target, t, i18n.language) || '—',
    },
    {
      title: t('targets:board.deadline'),
      key: 'deadline',
      render: (_, target) => formatDate(target.deadline),
    },
    {
      title: t('targets:board.status'),
      key: 'status',
      render: (_, target) => <TargetStatusTag target={target} />,
    },
  ];

  return (
    <Flex vertical gap="middle">
      <ListHeading title={t('targets:board.title')} />
      <Flex gap={8} wrap>
        <FilterSelect<number>
          label={t('targets:board.year')}
          placeholder={t('targets:board.allYears')}
          value={year}
          width={140}
          grow={0}
          options={Array.from({ length: 12 }, (_, i) => thisYear + 5 - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
          onChange={(next) => filters.update({ year: next ? String(next) : undefined })}
        />
        <Button
          icon={<FileExcelOutlined />}
          loading={download.busy === 'xlsx'}
          onClick={() => download.run('xlsx', () => exportTargets(params))}
        >
          {download.busy === 'xlsx' ? t('targets:board.exporting') : t('targets:board.export')}
        </Button>
      </Flex>
      {targets.data && targets.data.items.length > 0 && (
        <Row gutter={[12, 12]}>
          {targets.data.items.map((target) => (
            <Col key={target.id} xs={12} md={8} xl={6}>
              <Gauge target={target} />
            </Col>
          ))}
        </Row>
      )}
      <PagedResults<Target>
        query={targets}
        label={t('targets:board.table')}
        countText={(total) => t('targets:board.count', { count: total })}
        emptyText={t('targets:board.empty')}
        columns={columns}
        rowKey={(target) => target.id}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => filters.update({ page: String(page) })}
        renderCard={(target) => (
          <Flex vertical gap={4} data-testid="target-row">
            {name(target)}
            <Typography.Text>
              {t('targets:board.goal', {
                value: valueText(target, i18n.language),
                date: formatDate(target.deadline),
              })}
            </Typography.Text>
            <Typography.Text>{progressText(target, t, i18n.language)}</Typography.Text>
            <TargetStatusTag target={target} />
          </Flex>
        )}
      />
    </Flex>
  );
}
