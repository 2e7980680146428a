import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect, ListHeading, PagedResults } from '@/components/list-page';
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
import { useUrlFilters } from '@/lib/routing/use-url-filters';

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
  const filters = useUrlFilters();
  const { update, page } = filters;
  const titles = useRecognitionTitles();
  const year = filters.number('year');
  const titleId = filters.number('title');
  const state = filters.text('state') as RecognitionCaseState | undefined;
  const cases = useRecognitionCases({
    ...(viewer.residentialArea ? { residentialAreaId: viewer.residentialArea.id } : {}),
    ...(year ? { year } : {}),
    ...(titleId ? { titleId } : {}),
    ...(state ? { state } : {}),
    page,
    size: PAGE_SIZE,
  });

  const columns: ColumnsType<RecognitionCaseSummary> = [
    {
      title: t('list.area'),
      key: 'area',
      render: (_, c) => (
        <Link to={`/recognition/${c.id}`}>{c.residentialArea?.name ?? c.unitName}</Link>
      ),
    },
    { title: t('list.titleColumn'), key: 'title', render: (_, c) => c.titleName },
    { title: t('list.year'), key: 'year', render: (_, c) => c.year },
    { title: t('list.state'), key: 'state', render: (_, c) => <CaseStateTag state={c.state} /> },
  ];

  return (
    <Flex vertical gap="middle">
      <ListHeading
        title={t('list.title')}
        create={
          recognitionPermissions.register(viewer)
            ? { to: '/recognition/new', label: t('list.register') }
            : undefined
        }
      />
      {viewer.residentialArea && (
        <Typography.Text type="secondary">{viewer.residentialArea.name}</Typography.Text>
      )}
      <Flex gap={8} wrap>
        <FilterSelect<number>
          label={t('list.year')}
          placeholder={t('list.allYears')}
          width={110}
          value={year}
          onChange={(value) => update({ year: value ? String(value) : undefined })}
          options={recentYears().map((y) => ({ value: y, label: String(y) }))}
        />
        <FilterSelect<number>
          label={t('list.titleColumn')}
          placeholder={t('list.allTitles')}
          width={160}
          grow={2}
          value={titleId}
          loading={titles.isPending}
          onChange={(value) => update({ title: value ? String(value) : undefined })}
          options={(titles.data ?? []).map((title) => ({ value: title.id, label: title.name }))}
        />
        <FilterSelect<string>
          label={t('list.state')}
          placeholder={t('list.allStates')}
          value={state}
          onChange={(value) => update({ state: value })}
          options={RECOGNITION_CASE_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
      </Flex>
      <PagedResults<RecognitionCaseSummary>
        query={cases}
        label={t('list.title')}
        countText={(count) => t('list.count', { count })}
        emptyText={t('list.empty')}
        columns={columns}
        rowKey={(c) => c.id}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(p) => update({ page: String(p) })}
        renderCard={(c) => (
          <Flex vertical gap={4} data-testid="case-card">
            <Link to={`/recognition/${c.id}`} style={{ fontWeight: 600 }}>
              {c.residentialArea?.name ?? c.unitName}
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
    </Flex>
  );
}
