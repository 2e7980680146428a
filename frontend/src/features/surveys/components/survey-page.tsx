import { DownloadOutlined } from '@ant-design/icons';
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
  useSurveyStep,
} from '@/features/surveys/api/surveys';
import { SurveyStateTag } from '@/features/surveys/components/survey-state-tag';
import {
  canDesign,
  canEnter,
  type SurveyViewer,
} from '@/features/surveys/components/survey-viewer';
import { problemText } from '@/lib/api/problem-text';
import { formatDate } from '@/lib/dates';
import { saveBlob } from '@/lib/files/save-blob';

const NEXT_STEP: Partial<Record<SatisfactionSurvey['state'], SurveyStep>> = {
  DRAFT: 'open',
  OPEN: 'close',
  CLOSED: 'publish',
};

/** The next step of the survey, and the server's reasons when it refuses (a 409 names them). */
function StepButton({ survey }: { survey: SatisfactionSurvey }) {
  const { t } = useTranslation('surveys');
  const { message } = App.useApp();
  const step = useSurveyStep(survey.id);
  const [refusal, setRefusal] = useState<string[]>();
  const next = NEXT_STEP[survey.state];
  if (!next) {
    return null;
  }
  const run = () => {
    setRefusal(undefined);
    step.mutate(
      { step: next, version: survey.version },
      {
        onSuccess: () => void message.success(t(`steps.${next}Done`)),
        onError: (error) => setRefusal(problemText(error)),
      },
    );
  };
  return (
    <Flex vertical gap="small">
      <Button type="primary" size="large" loading={step.isPending} onClick={run}>
        {t(`steps.${next}`)}
      </Button>
      {refusal && (
        <Alert
          type="error"
          showIcon
          data-testid="step-refusal"
          title={refusal[0]}
          description={
            refusal.length > 1 ? (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {refusal.slice(1).map((line) => (
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

/** The codes as a text file to print: the link, the area, one code a line. */
function codesFile(batch: SatisfactionCodeBatch, origin: string, heading: string): Blob {
  const lines = [heading, `${origin}${batch.link}`, batch.residentialAreaName, '', ...batch.codes];
  return new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/plain;charset=utf-8' });
}

/** One-time codes for the residents of an area (shown this once), saved as a file to print. */
function CodesCard({ survey }: { survey: SatisfactionSurvey }) {
  const { t } = useTranslation('surveys');
  const generate = useGenerateCodes(survey.id);
  const [area, setArea] = useState<number | undefined>(survey.plan[0]?.residentialAreaId);
  const [count, setCount] = useState<number>(20);
  const [refusal, setRefusal] = useState<string[]>();
  const batch = generate.data;
  const save = (made: SatisfactionCodeBatch) =>
    saveBlob(
      codesFile(made, window.location.origin, t('codes.fileHeading', { name: survey.name })),
      `ma-khao-sat-${survey.id}-${made.residentialAreaId}.txt`,
    );
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
            icon={<DownloadOutlined />}
            loading={generate.isPending}
            disabled={area === undefined}
            onClick={() => {
              setRefusal(undefined);
              generate.mutate(
                { residentialAreaId: area ?? 0, count },
                { onSuccess: save, onError: (error) => setRefusal(problemText(error)) },
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
              <Flex vertical gap={4}>
                <Typography.Text
                  copyable
                >{`${window.location.origin}${batch.link}`}</Typography.Text>
                <Typography.Text code style={{ wordBreak: 'break-all' }}>
                  {batch.codes.slice(0, 5).join(' ')}
                  {batch.codes.length > 5 ? ' …' : ''}
                </Typography.Text>
                <Button size="small" onClick={() => save(batch)}>
                  {t('codes.saveAgain')}
                </Button>
              </Flex>
            }
          />
        )}
      </Flex>
    </Card>
  );
}

/**
 * A survey: what it is about, its state and counts, the next step (open, close, publish) with the
 * server's reasons when it refuses, and the ways to its design, data entry, codes and results.
 */
export function SurveyPage({ surveyId, viewer }: { surveyId: number; viewer: SurveyViewer }) {
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
  const designs = canDesign(viewer);
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
        {s.state === 'OPEN' && canEnter(viewer) && (
          <Link to={`/surveys/${s.id}/entry`}>
            <Button size="large">{t('surveys:page.enter')}</Button>
          </Link>
        )}
        <Link to={`/surveys/${s.id}/results`}>
          <Button size="large">{t('surveys:page.results')}</Button>
        </Link>
        {s.state === 'DRAFT' && designs && (
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
      {designs && <StepButton survey={s} />}
      {designs && (s.state === 'DRAFT' || s.state === 'OPEN') && s.plan.length > 0 && (
        <CodesCard survey={s} />
      )}
    </Flex>
  );
}
