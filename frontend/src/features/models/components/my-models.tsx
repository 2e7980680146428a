import { Alert, Flex, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect, ListHeading, PagedResults } from '@/components/list-page';
import { QueryError } from '@/components/query-error';
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
import { useUrlFilters } from '@/lib/routing/use-url-filters';

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
  const filters = useUrlFilters();
  const { params, update, page } = filters;
  const movements = useMovements();
  const movement = movements.data?.[0];
  const rounds = roundsOf(movement);
  const roundParam = params.get('round');
  const roundId =
    roundParam === 'all' ? undefined : roundParam ? Number(roundParam) : currentRound(movement)?.id;
  const field = filters.text('field');
  const roundState = filters.text('state') as ModelRoundState | undefined;
  const q = params.get('q') ?? '';
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
      <ListHeading
        title={t('models:list.title')}
        create={
          modelPermissions.register(viewer)
            ? { to: '/models/new', label: t('models:list.register') }
            : undefined
        }
      />
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
        <FilterSelect<string>
          label={t('models:list.field')}
          placeholder={t('models:list.allFields')}
          value={field}
          onChange={(value) => update({ field: value })}
          options={(movement?.fields ?? []).map((f) => ({ value: f.code, label: f.name }))}
        />
        <FilterSelect<string>
          label={t('models:list.state')}
          disabled={!roundId}
          placeholder={t('models:list.allStates')}
          value={roundState}
          onChange={(value) => update({ state: value })}
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
      <PagedResults<ModelSummary>
        query={models}
        label={t('models:list.title')}
        countText={(count) => t('models:list.count', { count })}
        emptyText={t('models:list.empty')}
        columns={columns}
        rowKey={(m) => m.id}
        page={page}
        pageSize={PAGE_SIZE}
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
      {!movement && !movements.isPending && (
        <Alert type="info" showIcon title={t('models:list.noMovement')} />
      )}
    </Flex>
  );
}
