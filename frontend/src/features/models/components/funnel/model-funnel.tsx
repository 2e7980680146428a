import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Grid, Row, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import {
  type EmulationMovement,
  type EmulationRound,
  useMovements,
} from '@/features/models/api/models';
import {
  exportModelFunnel,
  type ModelFunnelParams,
  useModelFunnel,
} from '@/features/models/api/model-funnel';
import { FunnelTable, StageTable } from '@/features/models/components/funnel/funnel-tables';
import { roundsOf } from '@/features/models/components/model-tags';
import { useDownload } from '@/lib/files/use-download';
import type { Schema } from '@/lib/api/schema-types';
import { useUrlFilters } from '@/lib/routing/use-url-filters';

// recharts is loaded with the chart, not with the app's first screen (budget: README)
const FunnelChart = lazy(() => import('@/features/models/components/funnel/funnel-chart'));

const OWNER_KINDS = ['COLLECTIVE', 'INDIVIDUAL'] as const satisfies Schema<'ModelOwnerKind'>[];

/** The newest yearly round already begun, else the newest yearly round, else the newest round. */
export function latestYearlyRound(
  movement: EmulationMovement | undefined,
  today = dayjs().format('YYYY-MM-DD'),
): EmulationRound | undefined {
  const rounds = roundsOf(movement);
  const yearly = rounds.filter((r) => r.kind === 'YEARLY');
  return yearly.find((r) => r.registrationFrom <= today) ?? yearly[0] ?? rounds[0];
}

function ChartLoading() {
  return <Skeleton active paragraph={{ rows: 6 }} />;
}

/**
 * "Kết quả phong trào": a round's funnel (registered → appraised → recognized → exemplary →
 * commended → replicated) for the reader's unit, as a chart with its table, by unit under it and by
 * field; the filters (round, field, collective / individual) live in the URL and also shape the
 * .xlsx export. The server counts only the reader's scope (a commune cadre sees their commune).
 */
export function ModelFunnelView() {
  const { t } = useTranslation(['translation', 'models']);
  const screens = Grid.useBreakpoint();
  const compact = !screens.sm;
  const { params: urlParams, update } = useUrlFilters();
  const movements = useMovements();
  const movement = movements.data?.[0];
  const rounds = roundsOf(movement);
  const roundId = Number(urlParams.get('round')) || latestYearlyRound(movement)?.id;
  const field = urlParams.get('field') ?? undefined;
  const ownerParam = urlParams.get('owner');
  const ownerKind = OWNER_KINDS.find((kind) => kind === ownerParam);
  const params: ModelFunnelParams | undefined = roundId
    ? { roundId, ...(field ? { field } : {}), ...(ownerKind ? { ownerKind } : {}) }
    : undefined;
  const funnel = useModelFunnel(params);

  const exports = useDownload((reason) => t('models:funnel.exportFailed', { reason }));
  const exporting = exports.busy !== undefined;
  const download = () => {
    if (!params) {
      return;
    }
    exports.run('xlsx', () => exportModelFunnel(params));
  };

  if (movements.isError) {
    return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  }

  const data = funnel.data;
  const chartTitle = data
    ? t('models:funnel.chart', { unit: data.unit.name, round: data.round.name })
    : t('models:funnel.title');
  const total = data?.total.counts;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('models:funnel.title')}
          </Typography.Title>
          {movement && (
            <Typography.Text type="secondary">
              {movement.name}
              {data ? ` · ${data.unit.name}` : ''}
            </Typography.Text>
          )}
        </div>
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting}
          disabled={!params}
          onClick={download}
        >
          {exporting ? t('models:funnel.exporting') : t('models:funnel.export')}
        </Button>
      </Flex>
      {!movements.isPending && !movement ? (
        <Alert type="info" showIcon title={t('models:list.noMovement')} />
      ) : (
        <Flex gap={8} wrap>
          <Select
            aria-label={t('models:funnel.round')}
            style={{ minWidth: 150, flex: '1 1 150px' }}
            loading={movements.isPending}
            value={roundId}
            onChange={(value: number) => update({ round: String(value) })}
            options={rounds.map((r) => ({ value: r.id, label: r.name }))}
          />
          <Select
            aria-label={t('models:list.field')}
            allowClear
            placeholder={t('models:list.allFields')}
            style={{ minWidth: 150, flex: '1 1 150px' }}
            value={field}
            onChange={(value?: string) => update({ field: value })}
            options={(movement?.fields ?? []).map((f) => ({ value: f.code, label: f.name }))}
          />
          <Select
            aria-label={t('models:funnel.ownerKind')}
            allowClear
            placeholder={t('models:funnel.allOwnerKinds')}
            style={{ minWidth: 150, flex: '1 1 150px' }}
            value={ownerKind}
            onChange={(value?: string) => update({ owner: value })}
            options={OWNER_KINDS.map((kind) => ({
              value: kind,
              label: t(`models:ownerKind.${kind}`),
            }))}
          />
        </Flex>
      )}
      {funnel.isError ? (
        <QueryError error={funnel.error} onRetry={() => void funnel.refetch()} compact />
      ) : (
        <>
          <Card size="small" title={chartTitle} styles={{ title: { whiteSpace: 'normal' } }}>
            {!data || !total ? (
              <ChartLoading />
            ) : total.registered === 0 ? (
              <Typography.Text type="secondary">{t('models:funnel.empty')}</Typography.Text>
            ) : (
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={14}>
                  <Suspense fallback={<ChartLoading />}>
                    <FunnelChart counts={total} compact={compact} title={chartTitle} />
                  </Suspense>
                </Col>
                <Col xs={24} lg={10}>
                  <StageTable counts={total} label={t('models:funnel.chartTable')} />
                </Col>
              </Row>
            )}
          </Card>
          {data && (
            <>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('models:funnel.byUnit')}
              </Typography.Title>
              <FunnelTable
                label={t('models:funnel.byUnit')}
                nameTitle={t('models:funnel.unit')}
                loading={funnel.isFetching}
                lines={data.rows.map((row) => ({
                  key: `unit-${row.unit.id}`,
                  name: row.unit.name,
                  counts: row.counts,
                }))}
                fixedLines={[
                  {
                    key: 'own',
                    name: t('models:funnel.own', { unit: data.unit.name }),
                    counts: data.own.counts,
                  },
                  { key: 'total', name: t('models:funnel.total'), counts: data.total.counts },
                ]}
              />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('models:funnel.byField')}
              </Typography.Title>
              <FunnelTable
                label={t('models:funnel.byField')}
                nameTitle={t('models:list.field')}
                loading={funnel.isFetching}
                lines={[
                  ...data.total.byField.map((entry) => ({
                    key: `field-${entry.code}`,
                    name: entry.name,
                    counts: entry.counts,
                  })),
                ]}
                fixedLines={[
                  ...data.total.byOwnerKind.map((entry) => ({
                    key: `owner-${entry.ownerKind}`,
                    name: t(`models:ownerKind.${entry.ownerKind}`),
                    counts: entry.counts,
                  })),
                  { key: 'total', name: t('models:funnel.total'), counts: data.total.counts },
                ]}
              />
            </>
          )}
        </>
      )}
    </Flex>
  );
}
