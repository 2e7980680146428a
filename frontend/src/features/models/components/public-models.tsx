import {
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  Pagination,
  Skeleton,
  Tag,
  theme,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { type PublicModel, usePublicModel, usePublicModels } from '@/features/models/api/models';
import { PublicModelPhoto } from '@/features/models/components/model-photo';
import { formatDate } from '@/lib/dates';

const PAGE_SIZE = 12;

/** The showcase's own frame: no sign-in, no menu (and not antd's Layout, which the app's frame uses). */
function Frame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation(['translation', 'models']);
  const { token } = theme.useToken();
  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <header style={{ background: token.colorPrimary, padding: '12px' }}>
        <Link to="/public/models">
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {t('models:public.title')}
          </Typography.Title>
        </Link>
      </header>
      <main style={{ padding: 12, maxWidth: 1100, margin: '0 auto' }}>{children}</main>
    </div>
  );
}

function Results({ model }: { model: PublicModel }) {
  const { t } = useTranslation(['translation', 'models']);
  return (
    <Flex vertical gap={8}>
      {model.results.map((r) => (
        <Card key={`${r.year}-${r.roundName}`} size="small" title={r.roundName}>
          {r.figures.map((f) => (
            <div key={f.name}>
              {f.name}: <strong>{new Intl.NumberFormat('vi').format(f.value)}</strong> {f.unit}
            </div>
          ))}
          {r.text && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Typography.Paragraph>
          )}
          {r.recognition && (
            <Typography.Text type="secondary">
              {t('models:public.recognized', {
                number: r.recognition.decisionNumber,
                date: formatDate(r.recognition.decisionDate),
              })}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}

/** The public showcase (no login): recognized models marked public, with a search and a field. */
export function PublicModels() {
  const { t } = useTranslation(['translation', 'models']);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 0) || 0;
  const models = usePublicModels({ ...(q ? { q } : {}), page, size: PAGE_SIZE });
  return (
    <Frame>
      <Flex vertical gap="middle">
        <Input.Search
          aria-label={t('models:list.search')}
          placeholder={t('models:list.search')}
          defaultValue={q}
          allowClear
          onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
        />
        {models.isError ? (
          <QueryError error={models.error} onRetry={() => void models.refetch()} />
        ) : models.isPending ? (
          <Skeleton active />
        ) : models.data.items.length === 0 ? (
          <Empty description={t('models:public.empty')} />
        ) : (
          <>
            {models.data.items.map((m) => (
              <Card key={m.id} size="small" data-testid="public-model">
                <Flex vertical gap={4}>
                  <Link to={`/public/models/${m.id}`} style={{ fontWeight: 600 }}>
                    {m.name}
                  </Link>
                  <Typography.Text type="secondary">
                    {[m.field, m.unitName, m.ownerName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Flex>
              </Card>
            ))}
            <Pagination
              simple
              align="center"
              current={page + 1}
              pageSize={PAGE_SIZE}
              total={models.data.total}
              onChange={(p) => setParams({ ...(q ? { q } : {}), page: String(p - 1) })}
              hideOnSinglePage
            />
          </>
        )}
      </Flex>
    </Frame>
  );
}

/** One public model: what it is, whose, where, its results and photos. */
export function PublicModelPage({ modelId }: { modelId: number }) {
  const { t } = useTranslation(['translation', 'models']);
  const model = usePublicModel(modelId);
  return (
    <Frame>
      {model.isError ? (
        <QueryError error={model.error} onRetry={() => void model.refetch()} />
      ) : model.isPending ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap="middle" data-testid="public-model-page">
          <Link to="/public/models">{t('models:page.back')}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {model.data.name}
          </Typography.Title>
          <Flex gap={4} wrap>
            <Tag>{model.data.field}</Tag>
            <Tag>{t(`models:ownerKind.${model.data.ownerKind}`)}</Tag>
          </Flex>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('models:page.owner')}>
              {model.data.ownerName}
              {model.data.ownerPosition ? ` · ${model.data.ownerPosition}` : ''}
            </Descriptions.Item>
            {(model.data.place ?? model.data.unitName) && (
              <Descriptions.Item label={t('models:register.place')}>
                {[model.data.place, model.data.unitName].filter(Boolean).join(', ')}
              </Descriptions.Item>
            )}
            {model.data.startedOn && (
              <Descriptions.Item label={t('models:register.startedOn')}>
                {formatDate(model.data.startedOn)}
              </Descriptions.Item>
            )}
            {model.data.problem && (
              <Descriptions.Item label={t('models:register.problem')}>
                {model.data.problem}
              </Descriptions.Item>
            )}
            {model.data.approach && (
              <Descriptions.Item label={t('models:register.approach')}>
                {model.data.approach}
              </Descriptions.Item>
            )}
          </Descriptions>
          {model.data.photos.length > 0 && (
            <Flex gap={4} wrap data-testid="public-photos">
              {model.data.photos.map((p) => (
                <PublicModelPhoto
                  key={p.id}
                  modelId={modelId}
                  photoId={p.id}
                  alt={model.data.name}
                />
              ))}
            </Flex>
          )}
          <Results model={model.data} />
        </Flex>
      )}
    </Frame>
  );
}
