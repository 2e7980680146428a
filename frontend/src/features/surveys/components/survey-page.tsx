import { PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  InputNumber,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type SatisfactionCodeBatch,
  type SatisfactionSurvey,
  type SurveyStep,
  useGenerateCodes,
  useSurvey,
  useSurveyResults,
  useSurveyStep,
} from '@/features/surveys/api/surveys';
import { CodeSheet } from '@/features/surveys/components/code-sheet';
import {
  BlockerList,
  blockerText,
  blockersOfProblem,
} from '@/features/surveys/components/survey-blockers';
import { SurveyStateTag } from '@/features/surveys/components/survey-state-tag';
import { problemOf, problemText } from '@/lib/api/problem-text';
import { formatDate } from '@/lib/dates';

const NOTHING: SatisfactionSurvey['permissions'] = {
  edit: false,
  open: false,
  close: false,
  publish: false,
  enterForms: false,
  issueCodes: false,
};

/**
 * What the caller may do to the survey; nothing for a survey kept offline by an earlier version of
 * the app (read before the server sent `permissions`) until it is read again.
 */
function permissionsOf(survey: SatisfactionSurvey): SatisfactionSurvey['permissions'] {
  return (survey as Partial<SatisfactionSurvey>).permissions ?? NOTHING;
}

/** The steps the caller may take now, by the survey's permissions (one at most in each state). */
function allowedSteps(survey: SatisfactionSurvey): SurveyStep[] {
  const p = permissionsOf(survey);
  return (['open', 'close', 'publish'] as const).filter((step) => p[step]);
}

/** A step (open, close, publish), and the server's reasons when it refuses (a 409 names them). */
function StepButton({ survey, step: next }: { survey: SatisfactionSurvey; step: SurveyStep }) {
  const { t, i18n } = useTranslation(['translation', 'surveys']);
  const { message } = App.useApp();
  const step = useSurveyStep(survey.id);
  const [refusal, setRefusal] = useState<unknown>();
  const run = () => {
    setRefusal(undefined);
    step.mutate(
      { step: next, version: survey.version },
      {
        onSuccess: () => void message.success(t(`surveys:steps.${next}Done`)),
        onError: setRefusal,
      },
    );
  };
  const problem = problemOf(refusal);
  const blockers = blockersOfProblem(problem);
  const lines = refusal === undefined ? [] : problemText(refusal);
  return (
    <Flex vertical gap="small">
      <Button type="primary" size="large" loading={step.isPending} onClick={run}>
        {t(`surveys:steps.${next}`)}
      </Button>
      {refusal !== undefined && (
        <Alert
          type="error"
          showIcon
          data-testid="step-refusal"
          title={blockers.length > 0 ? t('surveys:page.blocked') : lines[0]}
          description={
            blockers.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {blockers.map((b) => (
                  <li key={`${b.code}-${b.residentialAreaId ?? ''}`} data-code={b.code}>
                    {blockerText(
                      t,
                      b.code === 'survey-not-closed' ? { ...b, state: stateOpen(survey) } : b,
                      i18n.language,
                    )}
                  </li>
                ))}
              </ul>
            ) : lines.length > 1 ? (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {lines.slice(1).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Flex>
  );
}

/** The state a survey-not-closed blocker names, when the survey as read is still DRAFT or OPEN. */
function stateOpen(survey: SatisfactionSurvey): 'DRAFT' | 'OPEN' | undefined {
  return survey.state === 'DRAFT' || survey.state === 'OPEN' ? survey.state : undefined;
}

/** Why a CLOSED survey cannot be published yet, from its results (worded by code). */
function PublishBlockers({ surveyId }: { surveyId: number }) {
  const results = useSurveyResults(surveyId);
  const blockers = results.data?.blockers ?? [];
  return blockers.length > 0 ? <BlockerList blockers={blockers} testId="publish-blockers" /> : null;
}

/** One-time codes for the residents of an area (shown this once), on a printable sheet. */
function CodesCard({ survey }: { survey: SatisfactionSurvey }) {
  const { t } = useTranslation('surveys');
  const generate = useGenerateCodes(survey.id);
  const [area, setArea] = useState<number | undefined>(survey.plan[0]?.residentialAreaId);
  const [count, setCount] = useState<number>(20);
  const [refusal, setRefusal] = useState<string[]>();
  const [sheet, setSheet] = useState<SatisfactionCodeBatch>();
  const batch = generate.data;
  return (
    <Card size="small" title={t('codes.title')}>
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('codes.help')}</Typography.Text>
        <Flex gap={8} wrap>
          <Select
            aria-label={t('codes.area')}
            value={area}
            onChange={setArea}
            style={{ flex: '1 1 180px' }}
            options={survey.plan.map((p) => ({
              value: p.residentialAreaId,
              label: p.residentialAreaName,
            }))}
          />
          <InputNumber
            aria-label={t('codes.count')}
            min={1}
            max={1000}
            precision={0}
            value={count}
            onChange={(v) => setCount(v ?? 1)}
            style={{ width: 100 }}
          />
          <Button
            icon={<PrinterOutlined />}
            loading={generate.isPending}
            disabled={area === undefined}
            onClick={() => {
              setRefusal(undefined);
              generate.mutate(
                { residentialAreaId: area ?? 0, count },
                { onSuccess: setSheet, onError: (error) => setRefusal(problemText(error)) },
              );
            }}
          >
            {t('codes.generate')}
          </Button>
        </Flex>
        {refusal && <Alert type="error" showIcon title={refusal.join(' · ')} />}
        {batch && (
          <Alert
            type="success"
            showIcon
            title={t('codes.made', { count: batch.codes.length, area: batch.residentialAreaName })}
            description={
              <Flex vertical gap={4} align="start">
                <Typography.Text copyable>{batch.link}</Typography.Text>
                <Button size="small" icon={<PrinterOutlined />} onClick={() => setSheet(batch)}>
                  {t('codes.showSheet')}
                </Button>
              </Flex>
            }
          />
        )}
      </Flex>
      {sheet && <CodeSheet survey={survey} batch={sheet} onClose={() => setSheet(undefined)} />}
    </Card>
  );
}

/**
 * A survey: what it is about, its state and counts, the next step (open, close, publish) with the
 * server's reasons when it refuses, and the ways to its design, data entry, codes and results —
 * each shown only when the survey's `permissions` (computed by the server for the caller) allow it.
 */
export function SurveyPage({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation(['translation', 'surveys']);
  const survey = useSurvey(surveyId);
  if (survey.isError) {
    return <QueryError error={survey.error} onRetry={() => void survey.refetch()} />;
  }
  if (!survey.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  const s = survey.data;
  const can = permissionsOf(s);
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 900 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {s.name}
        </Typography.Title>
        <SurveyStateTag state={s.state} />
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('surveys:list.unit')}>{s.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('surveys:list.titleName')}>{s.title.name}</Descriptions.Item>
        <Descriptions.Item label={t('surveys:list.year')}>{s.year}</Descriptions.Item>
        <Descriptions.Item label={t('surveys:list.responses')}>
          {t('surveys:list.answered', { responses: s.responses, planned: s.plannedHouseholds })}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys:designer.minimumShare')}>
          {s.minimumResponsePercent}%
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys:designer.threshold')}>
          {t('surveys:page.thresholdText', { threshold: s.thresholdPercent })}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys:page.questions')}>
          {s.questions.length}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys:page.dates')}>
          {[
            s.openedOn && t('surveys:page.openedOn', { date: formatDate(s.openedOn) }),
            s.closedOn && t('surveys:page.closedOn', { date: formatDate(s.closedOn) }),
            s.publishedOn && t('surveys:page.publishedOn', { date: formatDate(s.publishedOn) }),
          ]
            .filter(Boolean)
            .join(' · ') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Flex gap={8} wrap>
        {can.enterForms && (
          <Link to={`/surveys/${s.id}/entry`}>
            <Button size="large">{t('surveys:page.enter')}</Button>
          </Link>
        )}
        <Link to={`/surveys/${s.id}/results`}>
          <Button size="large">{t('surveys:page.results')}</Button>
        </Link>
        {can.edit && (
          <Link to={`/surveys/${s.id}/design`}>
            <Button size="large">{t('surveys:page.design')}</Button>
          </Link>
        )}
        {s.state === 'PUBLISHED' && (
          <Link to={`/public/surveys/${s.id}`}>
            <Button size="large">{t('surveys:page.publicPage')}</Button>
          </Link>
        )}
      </Flex>
      {allowedSteps(s).map((step) => (
        <StepButton key={step} survey={s} step={step} />
      ))}
      {s.state === 'CLOSED' && !can.publish && <PublishBlockers surveyId={s.id} />}
      {can.issueCodes && <CodesCard survey={s} />}
    </Flex>
  );
}
