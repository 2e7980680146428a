import {
  Card,
  Col,
  Drawer,
  Empty,
  Flex,
  Grid,
  Pagination,
  Row,
  Segmented,
  Skeleton,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { type ModelRoundState, useModel, useModels } from '@/features/models/api/models';
import { ModelHeader } from '@/features/models/components/model-page';
import { modelPermissions, type ModelViewer } from '@/features/models/components/model-permissions';
import { RoundStateTag } from '@/features/models/components/model-tags';
import { RoundRecord } from '@/features/models/components/round-record';

const PAGE_SIZE = 20;

/** The inbox's views: what waits for the appraisers, then for the editors' decisions. */
const VIEWS = [
  'SUBMITTED',
  'PROPOSED_UPWARD',
  'APPRAISED',
  'RECOGNIZED',
  'EXEMPLARY',
  'PROPOSED_FOR_COMMENDATION',
] as const satisfies readonly ModelRoundState[];

function InboxDetail({ modelId, viewer }: { modelId: number; viewer: ModelViewer }) {
  const { t } = useTranslation(['translation', 'models']);
  const model = useModel(modelId);
  if (model.isPending) {
    return <Skeleton active />;
  }
  if (model.isError) {
    return <QueryError error={model.error} onRetry={() => void model.refetch()} compact />;
  }
  const record = model.data.rounds.at(-1);
  return (
    <Flex vertical gap={8} data-testid="inbox-model">
      <ModelHeader model={model.data} />
      {record && <RoundRecord model={model.data} record={record} viewer={viewer} />}
      <Link to={`/models/${modelId}`}>{t('models:inbox.openPage')}</Link>
    </Flex>
  );
}

/**
 * The appraising body's inbox: the models waiting for appraisal in the caller's scope (and, for
 * its editors, those waiting for a decision), a compact list with the open model beside it on a
 * desktop and in a drawer on a phone.
 */
export function ModelInbox({ viewer }: { viewer: ModelViewer }) {
  const { t } = useTranslation(['translation', 'models']);
  const screens = Grid.useBreakpoint();
  const wide = screens.lg === true;
  const [params, setParams] = useSearchParams();
  const views = VIEWS.filter((v) =>
    v === 'SUBMITTED' || v === 'PROPOSED_UPWARD'
      ? modelPermissions.appraise(viewer) || modelPermissions.decide(viewer)
      : modelPermissions.decide(viewer),
  );
  const view = (views.find((v) => v === params.get('state')) ??
    views[0] ??
    'SUBMITTED') as ModelRoundState;
  const page = Number(params.get('page') ?? 0) || 0;
  const openParam = Number(params.get('model') ?? 0) || undefined;
  const models = useModels({ roundState: view, page, size: PAGE_SIZE });
  const items = models.data?.items ?? [];
  const openId = openParam ?? (wide ? items[0]?.id : undefined);
  const set = (next: Record<string, string | undefined>, replace = false) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined) merged.delete(key);
          else merged.set(key, value);
        }
        return merged;
      },
      { replace },
    );

  const list = models.isError ? (
    <QueryError error={models.error} onRetry={() => void models.refetch()} compact />
  ) : models.isPending ? (
    <Skeleton active />
  ) : items.length === 0 ? (
    <Empty description={t('models:inbox.empty')} />
  ) : (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('models:list.count', { count: models.data.total })}
      </Typography.Text>
      <Flex vertical gap={4} role="list" aria-label={t('models:inbox.title')}>
        {items.map((m) => (
          <Card
            key={m.id}
            size="small"
            hoverable
            role="listitem"
            data-testid="inbox-row"
            aria-current={m.id === openId ? 'true' : undefined}
            style={{ cursor: 'pointer', borderColor: m.id === openId ? '#1677ff' : undefined }}
            onClick={() => set({ model: String(m.id) }, wide)}
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Text strong>{m.name}</Typography.Text>
              <Typography.Text type="secondary">
                {m.organization.name} · {m.field.name}
              </Typography.Text>
              {m.latestRoundState && <RoundStateTag state={m.latestRoundState} />}
            </Flex>
          </Card>
        ))}
      </Flex>
      <Pagination
        simple
        align="center"
        current={page + 1}
        pageSize={PAGE_SIZE}
        total={models.data.total}
        onChange={(p) => set({ page: String(p - 1) })}
        hideOnSinglePage
      />
    </Flex>
  );

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('models:inbox.title')}
      </Typography.Title>
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          value={view}
          onChange={(value) => set({ state: String(value), page: undefined, model: undefined })}
          options={views.map((v) => ({ value: v, label: t(`models:inbox.view.${v}`) }))}
        />
      </div>
      {wide ? (
        <Row gutter={16} align="top">
          <Col span={10}>{list}</Col>
          <Col span={14}>
            <section aria-label={t('models:inbox.detail')}>
              {openId ? <InboxDetail key={openId} modelId={openId} viewer={viewer} /> : null}
            </section>
          </Col>
        </Row>
      ) : (
        <>
          {list}
          <Drawer
            open={openId !== undefined}
            size="100%"
            title={items.find((m) => m.id === openId)?.name ?? ''}
            onClose={() => set({ model: undefined })}
          >
            {openId && <InboxDetail key={openId} modelId={openId} viewer={viewer} />}
          </Drawer>
        </>
      )}
    </Flex>
  );
}
