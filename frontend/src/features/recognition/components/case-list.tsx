import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  RECOGNITION_CASE_STATES,
  type RecognitionCaseState,
  type RecognitionCaseSummary,
  useRecognitionCases,
  useRecognitionTitles,
} from '@/features/recognition/api/recognition';
import { todayInVietnam } from '@/features/recognition/components/criterion-result';
import {
  recognitionPermissions,
  type RecognitionViewer,
} from '@/features/recognition/components/recognition-permissions';
import { CaseStateTag } from '@/features/recognition/components/recognition-tags';

const PAGE_SIZE = 20;

/** This year and the five before it, newest first. */
function recentYears(): number[] {
  const year = Number(todayInVietnam().slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => year - i);
}

/**
 * "Công nhận khu dân cư": the caller's cases (an area's reporter sees its own area's), filtered by
 * year, title and state (all in the URL).
 */
export function CaseList({ viewer }: { viewer: RecognitionViewer }) {
  const { t } = useTranslation('recognition');
  const [params, setParams] = useSearchParams();
  const titles = useRecognitionTitles();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const titleId = params.get('title') ? Number(params.get('title')) : undefined;
  const state = (params.get('state') ?? undefined) as RecognitionCaseState | undefined;
  const page = Number(params.get('page') ?? 0) || 0;
  const cases = useRecognitionCases({
    ...(viewer.residentialArea ? { residentialAreaId: viewer.residentialArea.id } : {}),
    ...(year ? { year } : {}),
    ...(titleId ? { titleId } : {}),
    ...(state ? { state } : {}),
    page,
    size: PAGE_SIZE,
  });
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

  const columns: ColumnsType<RecognitionCaseSummary> = [
    {
      title: t('list.area'),
      key: 'area',
      render: (_, c) => <Link to={`/recognition/${c.id}`}>{c.residentialArea.name}</Link>,
    },
    { title: t('list.titleColumn'), key: 'title', render: (_, c) => c.titleName },
    { title: t('list.year'), key: 'year', render: (_, c) => c.year },
    { title: t('list.state'), key: 'state', render: (_, c) => <CaseStateTag state={c.state} /> },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {recognitionPermissions.register(viewer) && (
          <Link to="/recognition/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('list.register')}
            </Button>
          </Link>
        )}
      </Flex>
      {viewer.residentialArea && (
        <Typography.Text type="secondary">{viewer.residentialArea.name}</Typography.Text>
      )}
      <Flex gap={8} wrap>
        <Select
          aria-label={t('list.year')}
          allowClear
          placeholder={t('list.allYears')}
          style={{ minWidth: 110, flex: '1 1 110px' }}
          value={year}
          onChange={(value?: number) => update({ year: value ? String(value) : undefined })}
          options={recentYears().map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          aria-label={t('list.titleColumn')}
          allowClear
          placeholder={t('list.allTitles')}
          style={{ minWidth: 160, flex: '2 1 160px' }}
          value={titleId}
          loading={titles.isPending}
          onChange={(value?: number) => update({ title: value ? String(value) : undefined })}
          options={(titles.data ?? []).map((title) => ({ value: title.id, label: title.name }))}
        />
        <Select
          aria-label={t('list.state')}
          allowClear
          placeholder={t('list.allStates')}
          style={{ minWidth: 150, flex: '1 1 150px' }}
          value={state}
          onChange={(value?: string) => update({ state: value })}
          options={RECOGNITION_CASE_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
      </Flex>
      {cases.isError ? (
        <QueryError error={cases.error} onRetry={() => void cases.refetch()} compact />
      ) : (
        <>
          {cases.data && (
            <Typography.Text type="secondary">
              {t('list.count', { count: cases.data.total })}
            </Typography.Text>
          )}
          <ResponsiveList<RecognitionCaseSummary>
            aria-label={t('list.title')}
            items={cases.data?.items ?? []}
            rowKey={(c) => c.id}
            columns={columns}
            loading={cases.isFetching && !cases.data}
            emptyText={t('list.empty')}
            page={page}
            pageSize={PAGE_SIZE}
            total={cases.data?.total ?? 0}
            onPageChange={(p) => update({ page: String(p) })}
            renderCard={(c) => (
              <Flex vertical gap={4} data-testid="case-card">
                <Link to={`/recognition/${c.id}`} style={{ fontWeight: 600 }}>
                  {c.residentialArea.name}
                </Link>
                <Typography.Text type="secondary">
                  {c.titleName} · {c.year}
                  {c.kind === 'REASSESSMENT' ? ` · ${t('kind.REASSESSMENT')}` : ''}
                </Typography.Text>
                <Flex gap={4} align="center" wrap>
                  <CaseStateTag state={c.state} />
                </Flex>
              </Flex>
            )}
          />
        </>
      )}
    </Flex>
  );
}
