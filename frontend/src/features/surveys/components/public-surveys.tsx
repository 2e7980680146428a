import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PublicFrame } from '@/components/public-frame';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type SatisfactionPublicSurvey,
  usePublicSurveyResults,
  usePublicSurveys,
} from '@/features/surveys/api/surveys';
import { SurveyResultsView } from '@/features/surveys/components/survey-results-view';
import { formatDate } from '@/lib/dates';

const PAGE_SIZE = 20;

/** The published surveys, newest first (no sign-in); `?province=` narrows to one province. */
export function PublicSurveys() {
  const { t, i18n } = useTranslation(['translation', 'surveys']);
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? undefined;
  const page = Number(params.get('page') ?? 0) || 0;
  const surveys = usePublicSurveys(province, page, PAGE_SIZE);
  const satisfied = (s: SatisfactionPublicSurvey) => (
    <Tag color={s.passed ? 'green' : 'red'}>
      {t('surveys:public.satisfied', {
        percent: s.satisfiedPercent.toLocaleString(i18n.language === 'en' ? 'en' : 'vi'),
      })}
    </Tag>
  );
  const columns: ColumnsType<SatisfactionPublicSurvey> = [
    {
      title: t('surveys:list.name'),
      key: 'name',
      render: (_, s) => <Link to={`/public/surveys/${s.id}`}>{s.name}</Link>,
    },
    {
      title: t('surveys:list.unit'),
      key: 'unit',
      render: (_, s) => [s.unitName, s.provinceName].filter(Boolean).join(' · '),
    },
    { title: t('surveys:list.titleName'), key: 'title', render: (_, s) => s.titleName },
    {
      title: t('surveys:public.publishedOn'),
      key: 'date',
      render: (_, s) => formatDate(s.publishedOn),
    },
    { title: t('surveys:results.overall'), key: 'share', render: (_, s) => satisfied(s) },
  ];
  return (
    <PublicFrame title={t('surveys:public.title')}>
      {surveys.isError ? (
        <QueryError error={surveys.error} onRetry={() => void surveys.refetch()} />
      ) : (
        <ResponsiveList<SatisfactionPublicSurvey>
          aria-label={t('surveys:public.title')}
          items={surveys.data?.items ?? []}
          rowKey={(s) => s.id}
          columns={columns}
          loading={surveys.isFetching}
          emptyText={t('surveys:public.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          total={surveys.data?.total ?? 0}
          onPageChange={(next) => {
            const merged = new URLSearchParams(params);
            merged.set('page', String(next));
            setParams(merged);
          }}
          renderCard={(s) => (
            <Flex vertical gap={4}>
              <Link to={`/public/surveys/${s.id}`}>{s.name}</Link>
              <Typography.Text type="secondary">
                {[s.unitName, s.provinceName, s.titleName].filter(Boolean).join(' · ')}
              </Typography.Text>
              {satisfied(s)}
            </Flex>
          )}
        />
      )}
    </PublicFrame>
  );
}

/** A published survey's results (no sign-in): the response rate and the per-criterion chart. */
export function PublicSurveyResults({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation(['translation', 'surveys']);
  const results = usePublicSurveyResults(surveyId);
  return (
    <PublicFrame title={t('surveys:public.title')}>
      {results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : !results.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <SurveyResultsView
          results={results.data}
          extra={
            <Typography.Text type="secondary">
              {t('surveys:public.publishedText', { date: formatDate(results.data.publishedOn) })}{' '}
              <Link to="/public/surveys">{t('surveys:public.all')}</Link>
            </Typography.Text>
          }
        />
      )}
    </PublicFrame>
  );
}
