import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect, ListHeading, PagedResults } from '@/components/list-page';
import {
  type SatisfactionSurveyState,
  type SatisfactionSurveySummary,
  useSurveys,
} from '@/features/surveys/api/surveys';
import { SurveyStateTag } from '@/features/surveys/components/survey-state-tag';
import { canDesign, type SurveyViewer } from '@/features/surveys/components/survey-viewer';
import { useUrlFilters } from '@/lib/routing/use-url-filters';

const PAGE_SIZE = 20;
const STATES = [
  'DRAFT',
  'OPEN',
  'CLOSED',
  'PUBLISHED',
] as const satisfies SatisfactionSurveyState[];

function isState(value: string | undefined): value is SatisfactionSurveyState {
  return value !== undefined && (STATES as readonly string[]).includes(value);
}

/** The satisfaction surveys of the caller's scope, newest first; state and year in the address. */
export function SurveyList({ viewer }: { viewer: SurveyViewer }) {
  const { t } = useTranslation(['translation', 'surveys']);
  const filters = useUrlFilters();
  const state = filters.text('state');
  const year = filters.number('year');
  const surveys = useSurveys({
    ...(isState(state) ? { state } : {}),
    ...(year ? { year } : {}),
    page: filters.page,
    size: PAGE_SIZE,
  });
  const thisYear = dayjs().year();
  const name = (s: SatisfactionSurveySummary) => <Link to={`/surveys/${s.id}`}>{s.name}</Link>;
  const answered = (s: SatisfactionSurveySummary) =>
    t('surveys:list.answered', { responses: s.responses, planned: s.plannedHouseholds });
  const columns: ColumnsType<SatisfactionSurveySummary> = [
    { title: t('surveys:list.name'), key: 'name', render: (_, s) => name(s) },
    { title: t('surveys:list.unit'), key: 'unit', render: (_, s) => s.unit.name },
    { title: t('surveys:list.titleName'), key: 'title', render: (_, s) => s.title.name },
    { title: t('surveys:list.year'), key: 'year', render: (_, s) => s.year },
    {
      title: t('surveys:list.state'),
      key: 'state',
      render: (_, s) => <SurveyStateTag state={s.state} />,
    },
    { title: t('surveys:list.responses'), key: 'responses', render: (_, s) => answered(s) },
  ];
  return (
    <Flex vertical gap="middle">
      <ListHeading
        title={t('surveys:list.title')}
        create={
          canDesign(viewer) ? { to: '/surveys/new', label: t('surveys:list.create') } : undefined
        }
      />
      <Flex gap={8} wrap>
        <FilterSelect<string>
          label={t('surveys:list.state')}
          placeholder={t('surveys:list.allStates')}
          value={isState(state) ? state : undefined}
          options={STATES.map((s) => ({ value: s, label: t(`surveys:state.${s}`) }))}
          onChange={(next) => filters.update({ state: next })}
        />
        <FilterSelect<number>
          label={t('surveys:list.year')}
          placeholder={t('surveys:list.allYears')}
          value={year}
          width={120}
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
          onChange={(next) => filters.update({ year: next ? String(next) : undefined })}
        />
      </Flex>
      <PagedResults<SatisfactionSurveySummary>
        query={surveys}
        label={t('surveys:list.title')}
        countText={(total) => t('surveys:list.count', { count: total })}
        emptyText={t('surveys:list.empty')}
        columns={columns}
        rowKey={(s) => s.id}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => filters.update({ page: String(page) })}
        renderCard={(s) => (
          <Flex vertical gap={4} data-testid="survey-card">
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong>{name(s)}</Typography.Text>
              <SurveyStateTag state={s.state} />
            </Flex>
            <Typography.Text type="secondary">
              {s.unit.name} · {s.title.name} · {s.year}
            </Typography.Text>
            <Typography.Text>{answered(s)}</Typography.Text>
          </Flex>
        )}
      />
    </Flex>
  );
}
