import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  MODEL_ROUND_STATES,
  type ModelRoundState,
  type ModelSummary,
  useModels,
  useMovements,
} from '@/features/models/api/models';
import { RegistrationOutboxList } from '@/features/models/components/registration-outbox-list';
import {
  currentRound,
  RoundStateTag,
  roundNeed,
  roundsOf,
} from '@/features/models/components/model-tags';
import { modelPermissions, type ModelViewer } from '@/features/models/components/model-permissions';

const PAGE_SIZE = 20;

function Need({ model }: { model: ModelSummary }) {
  const { t } = useTranslation(['translation', 'models']);
  const need = roundNeed(model.latestRoundState);
  if (!need) {
    return null;
  }
  return (
    <Typography.Text type="warning" data-testid="round-need">
      {t(`models:need.${need}`)}
    </Typography.Text>
  );
}

/**
 * "Mô hình Dân vận khéo": the models of the cadre's unit, filtered by round, field, state and a
 * search (all in the URL), each with what the current round still needs from it.
 */
export function MyModels({ viewer }: { viewer: ModelViewer }) {
  const { t } = useTranslation(['translation', 'models']);
  const [params, setParams] = useSearchParams();
  const movements = useMovements();
  const movement = movements.data?.[0];
  const rounds = roundsOf(movement);
  const roundParam = params.get('round');
  const roundId =
    roundParam === 'all' ? undefined : roundParam ? Number(roundParam) : currentRound(movement)?.id;
  const field = params.get('field') ?? undefined;
  const roundState = (params.get('state') ?? undefined) as ModelRoundState | undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 0) || 0;
  const models = useModels(
    {
      ...(viewer.unitId ? { unitId: viewer.unitId } : {}),
      ...(movement ? { movementId: movement.id } : {}),
      ...(roundId ? { roundId } : {}),
      ...(roundId && roundState ? { roundState } : {}),
      ...(field ? { field } : {}),
      ...(q ? { q } : {}),
      page,
      size: PAGE_SIZE,
    },
    !movements.isPending,
  );
  const update = (next: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        for (const [key, value] of Object.entries({ ...next, page: next.page })) {
          if (value === undefined || value === '') {
            merged.delete(key);
          } else {
            merged.set(key, value);
          }
        }
        return merged;
      },
      { replace: true },
    );

  const columns: ColumnsType<ModelSummary> = [
    {
      title: t('models:list.name'),
      key: 'name',
      render: (_, m) => <Link to={`/models/${m.id}`}>{m.name}</Link>,
    },
    { title: t('models:list.field'), key: 'field', render: (_, m) => m.field.name },
    { title: t('models:list.owner'), key: 'owner', render: (_, m) => m.ownerName },
    {
      title: t('models:list.round'),
      key: 'state',
      render: (_, m) => (m.latestRoundState ? <RoundStateTag state={m.latestRoundState} /> : null),
    },
    { title: t('models:list.needs'), key: 'need', render: (_, m) => <Need model={m} /> },
  ];

  if (movements.isError) {
    return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('models:list.title')}
        </Typography.Title>
        {modelPermissions.register(viewer) && (
          <Link to="/models/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('models:list.register')}
            </Button>
          </Link>
        )}
      </Flex>
      {movement && (
        <Typography.Text type="secondary">
          {movement.name} · {movement.organization.name}
        </Typography.Text>
      )}
      <RegistrationOutboxList />
      <Flex gap={8} wrap>
        <Select
          aria-label={t('models:list.round')}
          style={{ minWidth: 150, flex: '1 1 150px' }}
          value={roundId ?? 'all'}
          onChange={(value: number | 'all') => update({ round: String(value), state: undefined })}
          options={[
            { value: 'all', label: t('models:list.allRounds') },
            ...rounds.map((r) => ({ value: r.id, label: r.name })),
          ]}
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
          aria-label={t('models:list.state')}
          allowClear
          disabled={!roundId}
          placeholder={t('models:list.allStates')}
          style={{ minWidth: 150, flex: '1 1 150px' }}
          value={roundState}
          onChange={(value?: string) => update({ state: value })}
          options={MODEL_ROUND_STATES.map((s) => ({
            value: s,
            label: t(`models:roundState.${s}`),
          }))}
        />
        <Input.Search
          aria-label={t('models:list.search')}
          placeholder={t('models:list.search')}
          defaultValue={q}
          allowClear
          style={{ flex: '2 1 200px' }}
          onSearch={(value) => update({ q: value.trim() || undefined })}
        />
      </Flex>
      {models.isError ? (
        <QueryError error={models.error} onRetry={() => void models.refetch()} compact />
      ) : (
        <>
          {models.data && (
            <Typography.Text type="secondary">
              {t('models:list.count', { count: models.data.total })}
            </Typography.Text>
          )}
          <ResponsiveList<ModelSummary>
            aria-label={t('models:list.title')}
            items={models.data?.items ?? []}
            rowKey={(m) => m.id}
            columns={columns}
            loading={models.isFetching && !models.data}
            emptyText={t('models:list.empty')}
            page={page}
            pageSize={PAGE_SIZE}
            total={models.data?.total ?? 0}
            onPageChange={(p) => update({ page: String(p) })}
            renderCard={(m) => (
              <Flex vertical gap={4} data-testid="model-card">
                <Link to={`/models/${m.id}`} style={{ fontWeight: 600 }}>
                  {m.name}
                </Link>
                <Typography.Text type="secondary">
                  {m.field.name} · {m.ownerName}
                </Typography.Text>
                <Flex gap={4} align="center" wrap>
                  {m.latestRoundState && <RoundStateTag state={m.latestRoundState} />}
                  <Need model={m} />
                </Flex>
              </Flex>
            )}
          />
        </>
      )}
      {!movement && !movements.isPending && (
        <Alert type="info" showIcon title={t('models:list.noMovement')} />
      )}
    </Flex>
  );
}
