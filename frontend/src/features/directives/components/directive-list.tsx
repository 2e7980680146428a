import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Row, Select, Skeleton, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  DIRECTIVE_STATUSES,
  DIRECTIVE_TYPES,
  type DirectiveListParams,
  type DirectiveStatus,
  type DirectiveSummary,
  type DirectiveType,
  useDirectives,
  useOrganizationRef,
} from '@/features/directives/api/directives';
import { DirectiveTags } from '@/features/directives/components/directive-tags';
import { OrganizationSelect } from '@/features/directives/components/organization-select';
import { UnitSelect } from '@/features/directives/components/unit-select';
import { formatDate } from '@/lib/dates';

const PAGE_SIZE = 20;
/** The contract's bounds for `year` and `period`. */
const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;
/** The filters kept in the URL (with `q`, `sort` and `page`). */
const FILTERS = ['type', 'status', 'year', 'period', 'issuerId', 'unitId'] as const;

function yearParam(value: string | null): number | undefined {
  const year = value && /^\d{4}$/.test(value) ? Number(value) : undefined;
  return year !== undefined && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

function idParam(value: string | null): number | undefined {
  return value && /^[1-9]\d{0,17}$/.test(value) ? Number(value) : undefined;
}

function pageParam(value: string | null): number {
  return value && /^\d{1,4}$/.test(value) ? Number(value) : 0;
}

/** The search as kept in the URL, so that links and the back button keep it. */
function paramsOf(search: URLSearchParams): DirectiveListParams {
  const type = search.get('type');
  const status = search.get('status');
  const sort = search.get('sort');
  return {
    q: search.get('q')?.trim() || undefined,
    type: DIRECTIVE_TYPES.includes(type as DirectiveType) ? (type as DirectiveType) : undefined,
    status: DIRECTIVE_STATUSES.includes(status as DirectiveStatus)
      ? (status as DirectiveStatus)
      : undefined,
    year: yearParam(search.get('year')),
    period: yearParam(search.get('period')),
    issuerId: idParam(search.get('issuerId')),
    unitId: idParam(search.get('unitId')),
    sort: sort === 'date' || sort === 'relevance' ? sort : undefined,
    page: pageParam(search.get('page')),
    size: PAGE_SIZE,
  };
}

/** Years from `last` down to 1945, newest first, for a pick-list (no half-typed years). */
function yearOptions(last: number) {
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => {
    const year = last - i;
    return { value: year, label: String(year) };
  });
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
  const [search, setSearch] = useSearchParams();
  const params = paramsOf(search);
  const directives = useDirectives(params);
  const issuer = useOrganizationRef(params.issuerId);
  const thisYear = dayjs().year();

  /** A new search or filter is a new history entry (the back button undoes it) from page 1. */
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
  const filtered = params.q !== undefined || FILTERS.some((key) => params[key] !== undefined);

  const numberOf = (d: DirectiveSummary) => d.number?.text ?? t('directives.noNumber');
  const columns: ColumnsType<DirectiveSummary> = [
    {
      title: t('directives.columns.number'),
      key: 'number',
      className: 'nowrap',
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
      className: 'nowrap',
      render: (_, d) => formatDate(d.issueDate),
    },
    {
      title: t('directives.columns.status'),
      key: 'status',
      render: (_, d) => <DirectiveTags status={d.status} confidential={d.confidential} />,
    },
  ];

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
            // a new key when the URL's q changes (back button), so that the box shows it
            key={params.q ?? ''}
            aria-label={t('directives.searchLabel')}
            placeholder={t('directives.searchPlaceholder')}
            defaultValue={params.q}
            allowClear
            enterButton
            onSearch={(value) => update({ q: value.trim() })}
          />
          <Row gutter={[8, 8]}>
            <Col xs={24} md={12}>
              <OrganizationSelect
                aria-label={t('directives.filters.issuer')}
                placeholder={t('directives.filters.issuer')}
                known={issuer.data ? [issuer.data] : []}
                value={params.issuerId}
                onChange={(value) => update({ issuerId: value as number | undefined })}
              />
            </Col>
            <Col xs={24} md={12}>
              <UnitSelect
                aria-label={t('directives.filters.unit')}
                placeholder={t('directives.filters.unit')}
                value={params.unitId}
                onChange={(value) => update({ unitId: value })}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Select<DirectiveType>
                aria-label={t('directives.filters.type')}
                placeholder={t('directives.filters.type')}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                options={DIRECTIVE_TYPES.map((type) => ({
                  value: type,
                  label: t(`enums.DirectiveType.${type}`),
                }))}
                value={params.type}
                onChange={(value) => update({ type: value })}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Select<DirectiveStatus>
                aria-label={t('directives.filters.status')}
                placeholder={t('directives.filters.status')}
                allowClear
                style={{ width: '100%' }}
                options={DIRECTIVE_STATUSES.map((status) => ({
                  value: status,
                  label: t(`enums.DirectiveStatus.${status}`),
                }))}
                value={params.status}
                onChange={(value) => update({ status: value })}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Select<number>
                aria-label={t('directives.filters.year')}
                placeholder={t('directives.filters.year')}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                options={yearOptions(thisYear + 1)}
                value={params.year}
                onChange={(value) => update({ year: value })}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Select<number>
                aria-label={t('directives.filters.period')}
                placeholder={t('directives.filters.period')}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                options={yearOptions(thisYear + 10)}
                value={params.period}
                onChange={(value) => update({ period: value })}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Select<'relevance' | 'date'>
                aria-label={t('directives.filters.sort')}
                style={{ width: '100%' }}
                // the server's default: the best matches first when searching, else the newest
                value={params.sort ?? (params.q ? 'relevance' : 'date')}
                options={[
                  { value: 'relevance', label: t('directives.sort.relevance') },
                  { value: 'date', label: t('directives.sort.date') },
                ]}
                onChange={(value) => update({ sort: value })}
              />
            </Col>
            {filtered && (
              <Col xs={12} md={6} xl={4}>
                <Button
                  block
                  icon={<ClearOutlined />}
                  onClick={() =>
                    update(Object.fromEntries(['q', ...FILTERS].map((key) => [key, undefined])))
                  }
                >
                  {t('directives.filters.clear')}
                </Button>
              </Col>
            )}
          </Row>
        </Flex>
      </Card>
      {directives.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : directives.isError ? (
        <QueryError error={directives.error} onRetry={() => void directives.refetch()} />
      ) : (
        <Flex vertical gap="small">
          <Typography.Text type="secondary" role="status">
            {directives.data.totalCapped
              ? t('directives.resultsCapped', { count: directives.data.total })
              : t('directives.results', { count: directives.data.total })}
          </Typography.Text>
          <ResponsiveList<DirectiveSummary>
            aria-label={t('directives.title')}
            items={directives.data.items}
            rowKey={(d) => d.id}
            columns={columns}
            renderCard={(d) => (
              <Flex vertical gap={4}>
                <Link to={directivePath(d.id)}>
                  <Typography.Text strong>{d.subject}</Typography.Text>
                </Link>
                <Typography.Text type="secondary">
                  {t(`enums.DirectiveType.${d.type}`)} {numberOf(d)}
                  {d.issueDate ? ` · ${formatDate(d.issueDate)}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary">{d.issuer.name}</Typography.Text>
                <div>
                  <DirectiveTags status={d.status} confidential={d.confidential} />
                </div>
              </Flex>
            )}
            loading={directives.isFetching}
            emptyText={t('directives.empty')}
            page={params.page ?? 0}
            pageSize={PAGE_SIZE}
            total={directives.data.total}
            onPageChange={(page) => update({ page })}
          />
        </Flex>
      )}
    </Flex>
  );
}
