import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  InputNumber,
  List,
  Pagination,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  DIRECTIVE_STATUSES,
  DIRECTIVE_TYPES,
  type DirectiveListParams,
  type DirectiveStatus,
  type DirectiveSummary,
  type DirectiveType,
  useDirectives,
} from '@/features/directives/api/directives';
import { DirectiveTags } from '@/features/directives/components/directive-tags';
import { formatDate } from '@/lib/dates';

const PAGE_SIZE = 20;

function numberParam(value: string | null): number | undefined {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** The search as kept in the URL, so that links and the back button keep it. */
function paramsOf(search: URLSearchParams): DirectiveListParams {
  const type = search.get('type');
  const status = search.get('status');
  const sort = search.get('sort');
  return {
    q: search.get('q') || undefined,
    type: DIRECTIVE_TYPES.includes(type as DirectiveType) ? (type as DirectiveType) : undefined,
    status: DIRECTIVE_STATUSES.includes(status as DirectiveStatus)
      ? (status as DirectiveStatus)
      : undefined,
    year: numberParam(search.get('year')),
    period: numberParam(search.get('period')),
    sort: sort === 'date' || sort === 'relevance' ? sort : undefined,
    page: numberParam(search.get('page')) ?? 0,
    size: PAGE_SIZE,
  };
}

/** The register: search and filters, cards on a phone, a table on a desktop. */
export function DirectiveList({
  directivePath,
  newPath,
}: {
  directivePath: (id: number) => string;
  newPath?: string;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isDesktop = Boolean(screens.lg);
  const [search, setSearch] = useSearchParams();
  const params = paramsOf(search);
  const directives = useDirectives(params);

  const update = (changes: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === null || value === '') {
        next.delete(key);
      } else {
        next.set(key, String(value));
      }
    }
    if (!('page' in changes)) {
      next.delete('page');
    }
    setSearch(next);
  };

  const typeOptions = DIRECTIVE_TYPES.map((type) => ({
    value: type,
    label: t(`enums.DirectiveType.${type}`),
  }));
  const statusOptions = DIRECTIVE_STATUSES.map((status) => ({
    value: status,
    label: t(`enums.DirectiveStatus.${status}`),
  }));
  const numberOf = (d: DirectiveSummary) => d.number?.text ?? t('directives.noNumber');
  const page = directives.data;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('directives.title')}
        </Typography.Title>
        {newPath && (
          <Link to={newPath}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('directives.new')}
            </Button>
          </Link>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap="small">
          <Input.Search
            aria-label={t('directives.searchLabel')}
            placeholder={t('directives.searchPlaceholder')}
            defaultValue={params.q}
            allowClear
            enterButton
            onSearch={(value) => update({ q: value.trim() })}
          />
          <Space wrap>
            <Select
              aria-label={t('directives.filters.type')}
              placeholder={t('directives.filters.type')}
              allowClear
              style={{ minWidth: 150 }}
              options={typeOptions}
              value={params.type}
              onChange={(value: DirectiveType | undefined) => update({ type: value })}
            />
            <Select
              aria-label={t('directives.filters.status')}
              placeholder={t('directives.filters.status')}
              allowClear
              style={{ minWidth: 150 }}
              options={statusOptions}
              value={params.status}
              onChange={(value: DirectiveStatus | undefined) => update({ status: value })}
            />
            <InputNumber
              aria-label={t('directives.filters.year')}
              placeholder={t('directives.filters.year')}
              min={1945}
              max={2100}
              style={{ width: 140 }}
              value={params.year}
              onChange={(value) => update({ year: value })}
            />
            <InputNumber
              aria-label={t('directives.filters.period')}
              placeholder={t('directives.filters.period')}
              min={1945}
              max={2100}
              style={{ width: 160 }}
              value={params.period}
              onChange={(value) => update({ period: value })}
            />
            <Select
              aria-label={t('directives.filters.sort')}
              style={{ minWidth: 140 }}
              value={params.sort ?? (params.q ? 'relevance' : 'date')}
              options={[
                { value: 'relevance', label: t('directives.sort.relevance') },
                { value: 'date', label: t('directives.sort.date') },
              ]}
              onChange={(value: string) => update({ sort: value })}
            />
          </Space>
        </Flex>
      </Card>
      {directives.isError ? (
        <QueryError error={directives.error} onRetry={() => void directives.refetch()} />
      ) : (
        <section aria-label={t('directives.title')}>
          {page && (
            <Typography.Paragraph type="secondary">
              {page.totalCapped
                ? t('directives.resultsCapped', { count: page.total })
                : t('directives.results', { count: page.total })}
            </Typography.Paragraph>
          )}
          {isDesktop ? (
            <Table<DirectiveSummary>
              rowKey="id"
              loading={directives.isFetching}
              dataSource={page?.items ?? []}
              pagination={false}
              locale={{ emptyText: <Empty description={t('directives.empty')} /> }}
              columns={[
                {
                  title: t('directives.columns.number'),
                  key: 'number',
                  render: (_, d) => <Link to={directivePath(d.id)}>{numberOf(d)}</Link>,
                },
                {
                  title: t('directives.columns.type'),
                  key: 'type',
                  render: (_, d) => t(`enums.DirectiveType.${d.type}`),
                },
                {
                  title: t('directives.columns.subject'),
                  key: 'subject',
                  render: (_, d) => <Link to={directivePath(d.id)}>{d.subject}</Link>,
                },
                {
                  title: t('directives.columns.issuer'),
                  key: 'issuer',
                  render: (_, d) => d.issuer.name,
                },
                {
                  title: t('directives.columns.issueDate'),
                  key: 'issueDate',
                  render: (_, d) => formatDate(d.issueDate),
                },
                {
                  title: t('directives.columns.status'),
                  key: 'status',
                  render: (_, d) => (
                    <DirectiveTags status={d.status} confidential={d.confidential} />
                  ),
                },
              ]}
            />
          ) : (
            <List<DirectiveSummary>
              loading={directives.isFetching}
              dataSource={page?.items ?? []}
              locale={{ emptyText: <Empty description={t('directives.empty')} /> }}
              renderItem={(d) => (
                <List.Item style={{ paddingInline: 0 }}>
                  <Card size="small" style={{ width: '100%' }} data-testid="directive-card">
                    <Link to={directivePath(d.id)}>
                      <Typography.Text strong>{d.subject}</Typography.Text>
                    </Link>
                    <div>
                      <Typography.Text type="secondary">
                        {t(`enums.DirectiveType.${d.type}`)} {numberOf(d)}
                        {d.issueDate ? ` · ${formatDate(d.issueDate)}` : ''}
                      </Typography.Text>
                    </div>
                    <div>
                      <Typography.Text type="secondary">{d.issuer.name}</Typography.Text>
                    </div>
                    <DirectiveTags status={d.status} confidential={d.confidential} />
                  </Card>
                </List.Item>
              )}
            />
          )}
          {page && page.total > PAGE_SIZE && (
            <Pagination
              style={{ marginTop: 16 }}
              simple={!isDesktop}
              current={(params.page ?? 0) + 1}
              pageSize={PAGE_SIZE}
              total={page.total}
              showSizeChanger={false}
              onChange={(next) => update({ page: next - 1 })}
            />
          )}
        </section>
      )}
    </Flex>
  );
}
