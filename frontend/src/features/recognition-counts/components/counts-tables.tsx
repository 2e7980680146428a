import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  COUNT_FIGURES,
  type CountFigure,
  type RecognitionCriterionFailure,
} from '@/features/recognition-counts/api/recognition-counts';
import {
  CHART_FIGURES,
  compareVietnamese,
  type CountLine,
  FIGURE_COLORS,
  percent,
} from '@/features/recognition-counts/components/count-lines';

function FigureTitle({ figure }: { figure: CountFigure }) {
  const { t } = useTranslation(['translation', 'recognitionCounts']);
  return (
    <span style={{ borderBottom: `3px solid ${FIGURE_COLORS[figure]}` }}>
      {t(`recognitionCounts:figure.${figure}`)}
    </span>
  );
}

/** The chart's figures as a table beside it, for those who would rather read (and screen readers). */
export function ChartTable({ lines, label }: { lines: CountLine[]; label: string }) {
  const { t } = useTranslation(['translation', 'recognitionCounts']);
  const columns: TableColumnsType<CountLine> = [
    { title: t('recognitionCounts:line'), key: 'name', render: (_, line) => line.name },
    ...CHART_FIGURES.map((figure) => ({
      title: <FigureTitle figure={figure} />,
      key: figure,
      align: 'right' as const,
      render: (_: unknown, line: CountLine) => line.counts[figure],
    })),
  ];
  return (
    <Table<CountLine>
      size="small"
      aria-label={label}
      rowKey="key"
      dataSource={lines}
      columns={columns}
      pagination={false}
      scroll={{ x: 360 }}
    />
  );
}

/**
 * The year's counts by unit: a line per unit (sortable: names in Vietnamese order, figures
 * largest first), each opening to its titles; the total stays last. A unit's name opens its own
 * subtree's counts.
 */
export function UnitCountsTable({
  label,
  lines,
  total,
  titleNames,
  byTitle,
  loading,
  onOpenUnit,
}: {
  label: string;
  lines: CountLine[];
  total: CountLine;
  titleNames: Map<number, string>;
  byTitle: Map<string, { titleId: number; counts: CountLine['counts'] }[]>;
  loading: boolean;
  onOpenUnit: (key: string) => void;
}) {
  const { t } = useTranslation(['translation', 'recognitionCounts']);
  const columns: TableColumnsType<CountLine> = [
    {
      title: t('recognitionCounts:unit'),
      key: 'name',
      fixed: 'left',
      width: 150,
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      render: (_, line) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => onOpenUnit(line.key)}
        >
          {line.name}
        </Button>
      ),
    },
    ...COUNT_FIGURES.map((figure) => ({
      title: <FigureTitle figure={figure} />,
      key: figure,
      align: 'right' as const,
      sorter: (a: CountLine, b: CountLine) => a.counts[figure] - b.counts[figure],
      sortDirections: ['descend' as const, 'ascend' as const],
      render: (_: unknown, line: CountLine) => line.counts[figure],
    })),
  ];
  const titleRows = (key: string) =>
    (byTitle.get(key) ?? []).map((entry) => ({
      key: `${key}-${entry.titleId}`,
      name: titleNames.get(entry.titleId) ?? String(entry.titleId),
      counts: entry.counts,
    }));
  return (
    <Table<CountLine>
      size="small"
      aria-label={label}
      rowKey="key"
      loading={loading}
      dataSource={lines}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 860 }}
      showSorterTooltip={false}
      expandable={
        titleNames.size > 1
          ? {
              rowExpandable: (line) => titleRows(line.key).length > 0,
              expandedRowRender: (line) => (
                <Table<CountLine>
                  size="small"
                  rowKey="key"
                  showHeader={false}
                  pagination={false}
                  dataSource={titleRows(line.key)}
                  columns={[
                    {
                      key: 'name',
                      render: (_, row) => (
                        <Typography.Text type="secondary">{row.name}</Typography.Text>
                      ),
                    },
                    ...COUNT_FIGURES.map((figure) => ({
                      key: figure,
                      align: 'right' as const,
                      render: (_: unknown, row: CountLine) => row.counts[figure],
                    })),
                  ]}
                />
              ),
            }
          : undefined
      }
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row data-testid="counts-total">
            {titleNames.size > 1 && <Table.Summary.Cell index={0} />}
            <Table.Summary.Cell index={1}>
              <strong>{total.name}</strong>
            </Table.Summary.Cell>
            {COUNT_FIGURES.map((figure, i) => (
              <Table.Summary.Cell key={figure} index={i + 2} align="right">
                <strong>{total.counts[figure]}</strong>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

/** Every criterion with its failures, worst first as the server sends them; sortable. */
export function FailuresTable({
  label,
  criteria,
  loading,
}: {
  label: string;
  criteria: RecognitionCriterionFailure[];
  loading: boolean;
}) {
  const { t, i18n } = useTranslation(['translation', 'recognitionCounts']);
  const columns: TableColumnsType<RecognitionCriterionFailure> = [
    {
      title: t('recognitionCounts:failures.criterion'),
      key: 'criterion',
      width: 220,
      render: (_, c) => (
        <>
          {c.code}. {c.name}{' '}
          {c.keyCriterion && <Tag color="red">{t('recognitionCounts:failures.key')}</Tag>}
          <br />
          <Typography.Text type="secondary">
            {[
              c.groupName,
              t('recognitionCounts:failures.setOf', { title: c.titleName, n: c.setVersion }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('recognitionCounts:failures.assessed'),
      key: 'assessed',
      align: 'right',
      sorter: (a, b) => a.assessed - b.assessed,
      sortDirections: ['descend', 'ascend'],
      render: (_, c) => c.assessed,
    },
    {
      title: t('recognitionCounts:failures.failed'),
      key: 'failed',
      align: 'right',
      sorter: (a, b) => a.failed - b.failed,
      sortDirections: ['descend', 'ascend'],
      render: (_, c) => c.failed,
    },
    {
      title: t('recognitionCounts:failures.share'),
      key: 'share',
      align: 'right',
      sorter: (a, b) => a.failureShare - b.failureShare || a.failed - b.failed,
      sortDirections: ['descend', 'ascend'],
      render: (_, c) => (c.assessed > 0 ? percent(c.failureShare, i18n.language) : '–'),
    },
  ];
  return (
    <Table<RecognitionCriterionFailure>
      size="small"
      aria-label={label}
      rowKey={(c) => `${c.setId}-${c.criterionId}`}
      loading={loading}
      dataSource={criteria}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 480 }}
      showSorterTooltip={false}
    />
  );
}
