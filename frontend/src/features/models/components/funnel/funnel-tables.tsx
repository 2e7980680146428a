import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FUNNEL_STAGES,
  type FunnelStage,
  type ModelFunnelCounts,
} from '@/features/models/api/model-funnel';
import {
  compareVietnamese,
  percent,
  shareOfRegistered,
  STAGE_COLORS,
} from '@/features/models/components/funnel/funnel-rows';

/** A line of a funnel table: a unit, a field or an owner kind, with its counts. */
export interface FunnelLine {
  key: string;
  name: string;
  counts: ModelFunnelCounts;
}

const recognizedRate = (counts: ModelFunnelCounts) => shareOfRegistered(counts, counts.recognized);

/**
 * A funnel by unit, field or owner kind: a line each (sortable: names in Vietnamese order, counts
 * and the share of registered models recognized largest first), then the fixed lines (the unit's
 * own bodies, the total) that no sort moves.
 */
export function FunnelTable({
  label,
  nameTitle,
  lines,
  fixedLines,
  loading,
}: {
  label: string;
  nameTitle: string;
  lines: FunnelLine[];
  fixedLines: FunnelLine[];
  loading: boolean;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const columns: TableColumnsType<FunnelLine> = [
    {
      title: nameTitle,
      key: 'name',
      fixed: 'left',
      width: 140,
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      render: (_, line) => line.name,
    },
    ...FUNNEL_STAGES.map((stage) => ({
      title: (
        <span style={{ borderBottom: `3px solid ${STAGE_COLORS[stage]}` }}>
          {t(`models:funnel.stage.${stage}`)}
        </span>
      ),
      key: stage,
      align: 'right' as const,
      sorter: (a: FunnelLine, b: FunnelLine) => a.counts[stage] - b.counts[stage],
      sortDirections: ['descend' as const, 'ascend' as const],
      render: (_: unknown, line: FunnelLine) => line.counts[stage],
    })),
    {
      title: t('models:funnel.recognizedRate'),
      key: 'recognizedRate',
      align: 'right' as const,
      sorter: (a, b) =>
        recognizedRate(a.counts) - recognizedRate(b.counts) ||
        a.counts.registered - b.counts.registered,
      sortDirections: ['descend', 'ascend'],
      render: (_, line) =>
        line.counts.registered > 0 ? percent(recognizedRate(line.counts)) : '–',
    },
  ];
  return (
    <Table<FunnelLine>
      size="small"
      aria-label={label}
      rowKey="key"
      loading={loading}
      dataSource={lines}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 820 }}
      showSorterTooltip={false}
      summary={() => (
        <Table.Summary fixed="bottom">
          {fixedLines.map((line) => (
            <Table.Summary.Row key={line.key} data-testid={`funnel-line-${line.key}`}>
              <Table.Summary.Cell index={0}>
                <strong>{line.name}</strong>
              </Table.Summary.Cell>
              {FUNNEL_STAGES.map((stage, i) => (
                <Table.Summary.Cell key={stage} index={i + 1} align="right">
                  <strong>{line.counts[stage]}</strong>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={FUNNEL_STAGES.length + 1} align="right">
                <strong>
                  {line.counts.registered > 0 ? percent(recognizedRate(line.counts)) : '–'}
                </strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ))}
        </Table.Summary>
      )}
    />
  );
}

/** The chart's figures as a table, for those who would rather read (and for screen readers). */
export function StageTable({ counts, label }: { counts: ModelFunnelCounts; label: string }) {
  const { t } = useTranslation(['translation', 'models']);
  const columns: TableColumnsType<{ stage: FunnelStage }> = [
    {
      title: t('models:funnel.stageColumn'),
      key: 'stage',
      render: (_, { stage }) => t(`models:funnel.stage.${stage}`),
    },
    {
      title: t('models:funnel.count'),
      key: 'count',
      align: 'right',
      render: (_, { stage }) => counts[stage],
    },
    {
      title: t('models:funnel.share'),
      key: 'share',
      align: 'right',
      render: (_, { stage }) =>
        stage === 'registered' || counts.registered === 0 ? (
          <Typography.Text type="secondary">–</Typography.Text>
        ) : (
          percent(shareOfRegistered(counts, counts[stage]))
        ),
    },
  ];
  return (
    <Table<{ stage: FunnelStage }>
      size="small"
      aria-label={label}
      rowKey="stage"
      dataSource={FUNNEL_STAGES.map((stage) => ({ stage }))}
      columns={columns}
      pagination={false}
    />
  );
}
