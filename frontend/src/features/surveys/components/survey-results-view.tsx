import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Col, Flex, Grid, Progress, Row, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SatisfactionResults, SatisfactionShare } from '@/features/surveys/api/surveys';

// recharts is loaded with the chart, not with the app's first screen (budget: README)
const CriteriaChart = lazy(() => import('@/features/surveys/components/criteria-chart'));

type CriterionRow = SatisfactionResults['criteria'][number];
type AreaRow = SatisfactionResults['areas'][number];

function percent(value: number, language: string): string {
  return `${value.toLocaleString(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 })}%`;
}

/** Passed (green tick) or not (red cross), in words too. */
function Passed({ passed, yes, no }: { passed: boolean; yes: string; no: string }) {
  return passed ? (
    <Typography.Text type="success">
      <CheckCircleFilled /> {yes}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <CloseCircleFilled /> {no}
    </Typography.Text>
  );
}

/**
 * A survey's results, for the Front and for the public page alike: the response rate against the
 * plan (overall and by area, the minimum share marked), satisfaction overall and per criterion with
 * the threshold passed or not — a chart and its table beside it. `extra` goes under the heading
 * (the publication's blockers, the export).
 */
export function SurveyResultsView({
  results,
  extra,
}: {
  results: SatisfactionResults;
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation(['translation', 'surveys']);
  const screens = Grid.useBreakpoint();
  const lang = i18n.language;
  const shareText = (share: SatisfactionShare) =>
    t('surveys:results.shareOf', {
      satisfied: share.satisfied,
      answers: share.answers,
      percent: percent(share.satisfiedPercent, lang),
    });
  const passed = (share: SatisfactionShare) => (
    <Passed
      passed={share.passed}
      yes={t('surveys:results.passed')}
      no={t('surveys:results.notPassed')}
    />
  );
  const criteriaColumns: ColumnsType<CriterionRow> = [
    {
      title: t('surveys:results.criterion'),
      key: 'criterion',
      render: (_, c) => `${c.criterionCode}. ${c.criterionName}`,
    },
    { title: t('surveys:results.satisfied'), key: 'share', render: (_, c) => shareText(c.share) },
    { title: t('surveys:results.verdict'), key: 'passed', render: (_, c) => passed(c.share) },
  ];
  const areaColumns: ColumnsType<AreaRow> = [
    { title: t('surveys:results.area'), key: 'name', render: (_, a) => a.name },
    {
      title: t('surveys:results.answeredOfPlan'),
      key: 'rate',
      render: (_, a) =>
        t('surveys:results.rateOf', {
          responses: a.responses,
          households: a.households,
          percent: percent(a.responsePercent, lang),
        }),
    },
    {
      title: t('surveys:results.minimum', { percent: results.minimumResponsePercent }),
      key: 'reached',
      render: (_, a) => (
        <Passed
          passed={a.reached}
          yes={t('surveys:results.reached')}
          no={t('surveys:results.notReached')}
        />
      ),
    },
  ];
  const chartTitle = t('surveys:results.chartTitle', { name: results.name });
  return (
    <Flex vertical gap="middle">
      <Flex vertical gap={2}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {results.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {results.unit.name} · {results.title.name} · {results.year}
        </Typography.Text>
      </Flex>
      {extra}
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8}>
          <Card size="small" style={{ height: '100%' }}>
            <Flex
              vertical
              align="center"
              gap={4}
              role="figure"
              aria-label={t('surveys:results.responseRate')}
            >
              <Progress
                type="dashboard"
                size={110}
                percent={Math.min(100, results.responsePercent)}
                format={() => percent(results.responsePercent, lang)}
                strokeColor={results.sampleReached ? '#52c41a' : '#faad14'}
              />
              <Typography.Text strong>{t('surveys:results.responseRate')}</Typography.Text>
              <Typography.Text data-testid="response-rate">
                {t('surveys:results.rateOf', {
                  responses: results.responses,
                  households: results.plannedHouseholds,
                  percent: percent(results.responsePercent, lang),
                })}
              </Typography.Text>
            </Flex>
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small" style={{ height: '100%' }}>
            <Flex
              vertical
              align="center"
              gap={4}
              role="figure"
              aria-label={t('surveys:results.overall')}
            >
              <Progress
                type="dashboard"
                size={110}
                percent={results.overall.satisfiedPercent}
                format={() => percent(results.overall.satisfiedPercent, lang)}
                strokeColor={results.overall.passed ? '#52c41a' : '#ff4d4f'}
              />
              <Typography.Text strong>{t('surveys:results.overall')}</Typography.Text>
              <Typography.Text>
                {t('surveys:results.threshold', { percent: results.thresholdPercent })}
              </Typography.Text>
              {passed(results.overall)}
            </Flex>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card size="small" title={t('surveys:results.byCriterion')}>
            {results.criteria.length === 0 ? (
              <Typography.Text type="secondary">{t('surveys:results.noAnswers')}</Typography.Text>
            ) : (
              <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
                <CriteriaChart results={results} compact={!screens.md} title={chartTitle} />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Table<CriterionRow>
            aria-label={t('surveys:results.criteriaTable')}
            size="small"
            rowKey={(c) => `${c.criterionCode}-${c.criterionName}`}
            columns={criteriaColumns}
            dataSource={results.criteria}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Col>
      </Row>
      <Card size="small" title={t('surveys:results.byArea')}>
        <Table<AreaRow>
          aria-label={t('surveys:results.areasTable')}
          size="small"
          rowKey={(a) => a.residentialAreaId}
          columns={areaColumns}
          dataSource={results.areas}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </Flex>
  );
}
