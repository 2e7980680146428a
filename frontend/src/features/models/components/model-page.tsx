import { Card, Descriptions, Flex, Skeleton, Tabs, Tag, Timeline, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { PersonName } from '@/components/person-name';
import { type MobilizationModel, useModel, useModelTimeline } from '@/features/models/api/models';
import { ModelLifecycle } from '@/features/models/components/model-lifecycle';
import type { ModelViewer } from '@/features/models/components/model-permissions';
import { ModelStateTag } from '@/features/models/components/model-tags';
import { RoundRecord } from '@/features/models/components/round-record';
import { formatDate, formatDateTime } from '@/lib/dates';

/** The model's header: what it is, whose, where, since when, and what it set out to do. */
export function ModelHeader({ model }: { model: MobilizationModel }) {
  const { t } = useTranslation(['translation', 'models']);
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {model.name}
        </Typography.Title>
        <Flex gap={4} wrap>
          <Tag>{model.field.name}</Tag>
          <ModelStateTag state={model.state} />
          <Tag>{t(`models:level.${model.level}`)}</Tag>
          {model.published && <Tag color="green">{t('models:page.published')}</Tag>}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('models:page.owner')}>
            {model.owner.name}
            {model.owner.position ? ` · ${model.owner.position}` : ''} (
            {t(`models:ownerKind.${model.owner.kind}`)})
          </Descriptions.Item>
          <Descriptions.Item label={t('models:page.organization')}>
            {model.organization.name}
          </Descriptions.Item>
          {model.place && (
            <Descriptions.Item label={t('models:register.place')}>{model.place}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('models:register.startedOn')}>
            {formatDate(model.startedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('models:register.problem')}>
            {model.problem}
          </Descriptions.Item>
          <Descriptions.Item label={t('models:register.approach')}>
            {model.approach}
          </Descriptions.Item>
          {model.expectedResults && (
            <Descriptions.Item label={t('models:register.expectedResults')}>
              {model.expectedResults}
            </Descriptions.Item>
          )}
          {model.indicators.length > 0 && (
            <Descriptions.Item label={t('models:register.indicators')}>
              {model.indicators.map((i) => (i.unit ? `${i.name} (${i.unit})` : i.name)).join('; ')}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Flex>
    </Card>
  );
}

/** Origin → this model → its copies, as a small tree. */
function Replications({ model }: { model: MobilizationModel }) {
  const { t } = useTranslation(['translation', 'models']);
  const self: TreeDataNode = {
    key: model.id,
    title: <strong>{model.name}</strong>,
    children: model.replications.map((r) => ({
      key: r.id,
      title: <Link to={`/models/${r.id}`}>{r.name}</Link>,
    })),
  };
  const root: TreeDataNode = model.replicationOf
    ? {
        key: model.replicationOf.id,
        title: <Link to={`/models/${model.replicationOf.id}`}>{model.replicationOf.name}</Link>,
        children: [self],
      }
    : self;
  if (!model.replicationOf && model.replications.length === 0) {
    return <Typography.Text type="secondary">{t('models:page.noReplications')}</Typography.Text>;
  }
  return (
    <div data-testid="replications">
      <Tree treeData={[root]} defaultExpandAll selectable={false} showLine />
    </div>
  );
}

function ModelTimeline({ modelId }: { modelId: number }) {
  const { t } = useTranslation(['translation', 'models']);
  const timeline = useModelTimeline(modelId);
  if (timeline.isPending) {
    return <Skeleton active />;
  }
  if (timeline.isError) {
    return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} compact />;
  }
  return (
    <Timeline
      data-testid="model-timeline"
      items={timeline.data.map((step, index) => ({
        key: index,
        content: (
          <Flex vertical>
            <Typography.Text strong>
              {t(`models:timeline.${step.action}`, { defaultValue: step.action })}
              {step.roundName ? ` · ${step.roundName}` : ''}
              {step.afterTheFact ? ` (${t('models:timeline.afterTheFact')})` : ''}
            </Typography.Text>
            <Typography.Text type="secondary">
              {formatDateTime(step.at)} ·{' '}
              <PersonName person={step.actorPerson} fallback={step.actor} />
            </Typography.Text>
            {step.comment && <Typography.Text>{step.comment}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}

/**
 * A model's page: its header, its record for each round (results, appraisal, recognition,
 * commendations, photos inline; the actions the caller may take), its timeline and replications.
 */
export function ModelPage({ modelId, viewer }: { modelId: number; viewer: ModelViewer }) {
  const { t } = useTranslation(['translation', 'models']);
  const model = useModel(modelId);
  if (model.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (model.isError) {
    return <QueryError error={model.error} onRetry={() => void model.refetch()} />;
  }
  const rounds = [...model.data.rounds].reverse();
  const commendations = model.data.rounds.flatMap((r) => r.commendations);
  return (
    <Flex vertical gap="middle">
      <Link to="/models">{t('models:page.back')}</Link>
      <ModelHeader model={model.data} />
      <ModelLifecycle model={model.data} viewer={viewer} />
      <Tabs
        items={[
          {
            key: 'rounds',
            label: t('models:page.rounds'),
            children: (
              <Flex vertical gap={8}>
                {rounds.map((r) => (
                  <RoundRecord key={r.id} model={model.data} record={r} viewer={viewer} />
                ))}
              </Flex>
            ),
          },
          {
            key: 'timeline',
            label: t('models:page.timeline'),
            children: <ModelTimeline modelId={modelId} />,
          },
          {
            key: 'replications',
            label: t('models:page.replications'),
            children: <Replications model={model.data} />,
          },
          {
            key: 'commendations',
            label: t('models:page.commendations', { count: commendations.length }),
            children:
              commendations.length === 0 ? (
                <Typography.Text type="secondary">
                  {t('models:page.noCommendations')}
                </Typography.Text>
              ) : (
                <Flex vertical gap={4}>
                  {commendations.map((c) => (
                    <Typography.Text key={c.id}>
                      {t(`models:commendationForm.${c.form}`)} · {c.authority} · {c.decisionNumber}{' '}
                      · {formatDate(c.decisionDate)} · {c.recipientName}
                    </Typography.Text>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Flex>
  );
}
