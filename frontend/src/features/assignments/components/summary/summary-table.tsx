import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BUCKETS, type BucketCounts } from '@/features/assignments/api/assignments';
import { BUCKET_COLORS } from '@/features/assignments/components/bucket-tag';
import {
  COUNT_OF,
  percent,
  type RankedRow,
  withShares,
} from '@/features/assignments/components/summary/summary-rows';

function Count({ count, share }: { count: number; share: number }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {count}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ({percent(share)})
      </Typography.Text>
    </span>
  );
}

/**
 * The summary as a table: one row per organization, largest problems first until a column is
 * sorted; each bucket's count with its share; each organization links to its assignments.
 */
export function SummaryTable({
  rows,
  totals,
  loading,
  organizationWorkPath,
}: {
  rows: RankedRow[];
  totals: BucketCounts | undefined;
  loading: boolean;
  organizationWorkPath: (organizationId: number) => string;
}) {
  const { t } = useTranslation();
  const all = totals ? withShares({ id: 0, code: '', name: t('summary.all') }, totals) : undefined;
  const columns: TableColumnsType<RankedRow> = [
    {
      title: t('summary.organization'),
      key: 'organization',
      sorter: (a, b) => a.organization.name.localeCompare(b.organization.name, 'vi'),
      render: (_, r) => (
        <Link to={organizationWorkPath(r.organization.id)}>{r.organization.name}</Link>
      ),
    },
    ...BUCKETS.map((bucket) => ({
      title: (
        <span style={{ borderBottom: `3px solid ${BUCKET_COLORS[bucket]}` }}>
          {t(`enums.Bucket.${bucket}`)}
        </span>
      ),
      key: bucket,
      align: 'right' as const,
      sorter: (a: RankedRow, b: RankedRow) =>
        a.share[bucket] - b.share[bucket] ||
        a.counts[COUNT_OF[bucket]] - b.counts[COUNT_OF[bucket]],
      sortDirections: ['descend' as const, 'ascend' as const],
      render: (_: unknown, r: RankedRow) => (
        <Count count={r.counts[COUNT_OF[bucket]]} share={r.share[bucket]} />
      ),
    })),
    {
      title: t('summary.dueSoon'),
      key: 'dueSoon',
      align: 'right' as const,
      sorter: (a, b) => a.counts.dueSoon - b.counts.dueSoon,
      sortDirections: ['descend', 'ascend'],
      render: (_, r) => r.counts.dueSoon,
    },
    {
      title: t('summary.total'),
      key: 'total',
      align: 'right' as const,
      sorter: (a, b) => a.counts.total - b.counts.total,
      sortDirections: ['descend', 'ascend'],
      render: (_, r) => r.counts.total,
    },
  ];
  return (
    <Table<RankedRow>
      size="small"
      aria-label={t('summaryChart.table')}
      rowKey={(r) => r.organization.id}
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 760 }}
      showSorterTooltip={false}
      summary={() =>
        all ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{all.organization.name}</strong>
            </Table.Summary.Cell>
            {BUCKETS.map((bucket, i) => (
              <Table.Summary.Cell key={bucket} index={i + 1} align="right">
                <strong>
                  <Count count={all.counts[COUNT_OF[bucket]]} share={all.share[bucket]} />
                </strong>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={5} align="right">
              <strong>{all.counts.dueSoon}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              <strong>{all.counts.total}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
