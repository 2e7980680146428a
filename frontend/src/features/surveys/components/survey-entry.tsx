import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Radio, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { QueryError } from '@/components/query-error';
import { useSurveyEntry } from '@/features/surveys/api/survey-outbox';
import {
  type SatisfactionSurvey,
  useSurvey,
  useSurveyResults,
} from '@/features/surveys/api/surveys';

/** The last forms of this device shown under the form, with their state ("Chờ gửi", "Đã gửi"). */
const RECENT = 5;

/** One question: its words and the scale as big buttons, one under the other. */
function QuestionCard({
  survey,
  index,
  value,
  onChange,
}: {
  survey: SatisfactionSurvey;
  index: number;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const { t } = useTranslation('surveys');
  const question = survey.questions[index];
  if (!question) {
    return null;
  }
  return (
    <Card size="small">
      <Flex vertical gap={8} role="group" aria-label={question.text}>
        <Typography.Text type="secondary">
          {t('entry.questionOf', {
            n: index + 1,
            count: survey.questions.length,
            criterion: `${question.criterionCode}. ${question.criterionName}`,
          })}
        </Typography.Text>
        <Typography.Text strong>{question.text}</Typography.Text>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          value={value}
          onChange={(e) => onChange(e.target.value as number)}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          options={survey.scale.map((o) => ({
            value: o.value,
            label: o.label,
            style: { width: '100%', minHeight: 48, lineHeight: '46px', borderRadius: 6 },
          }))}
        />
        {value !== undefined && (
          <Button
            type="link"
            size="small"
            onClick={() => onChange(undefined)}
            style={{ alignSelf: 'start' }}
          >
            {t('entry.clearAnswer')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/**
 * Data entry of paper forms on a phone: the residential area first (it stays for the next form),
 * then each question with the scale as big buttons, then "Lưu phiếu". Each form is one POST through
 * the offline outbox with its own Idempotency-Key: it waits there without network ("Chờ gửi") and
 * is sent once ("Đã gửi"). A question left blank on paper stays blank. The counter says how many
 * forms were entered per area on this device and how many the server has received.
 */
export function SurveyEntry({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation(['translation', 'surveys']);
  const { message } = App.useApp();
  const survey = useSurvey(surveyId);
  const results = useSurveyResults(surveyId);
  const entry = useSurveyEntry(surveyId);
  const [area, setArea] = useState<number>();
  const [answers, setAnswers] = useState<Record<number, number | undefined>>({});
  const [saving, setSaving] = useState(false);
  const received = useMemo(
    () => new Map((results.data?.areas ?? []).map((a) => [a.residentialAreaId, a.responses])),
    [results.data],
  );

  if (survey.isError && !survey.data) {
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
  const given = Object.entries(answers).filter(
    (entryValue): entryValue is [string, number] => entryValue[1] !== undefined,
  );
  const areaName = s.plan.find((p) => p.residentialAreaId === area)?.residentialAreaName ?? '';

  const save = async () => {
    if (area === undefined || given.length === 0) {
      return;
    }
    setSaving(true);
    try {
      const n = entry.forms.length + 1;
      await entry.enter(
        {
          residentialAreaId: area,
          answers: given.map(([questionId, value]) => ({ questionId: Number(questionId), value })),
        },
        t('surveys:entry.label', { n, area: areaName, survey: s.name }),
      );
      setAnswers({});
      void message.success(t('surveys:entry.saved', { n }));
      window.scrollTo?.({ top: 0 });
    } finally {
      setSaving(false);
    }
  };

  if (s.state !== 'OPEN') {
    return (
      <Flex vertical gap="middle">
        <Typography.Title level={4}>{s.name}</Typography.Title>
        <Typography.Text>
          {t('surveys:entry.notOpen', { state: t(`surveys:state.${s.state}`) })}
        </Typography.Text>
        <Link to={`/surveys/${s.id}`}>{t('surveys:entry.back')}</Link>
      </Flex>
    );
  }

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Flex vertical gap={2}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('surveys:entry.title')}
        </Typography.Title>
        <Link to={`/surveys/${s.id}`}>{s.name}</Link>
        <Typography.Text type="secondary">{t('surveys:entry.anonymous')}</Typography.Text>
      </Flex>
      <Card size="small" title={t('surveys:entry.area')}>
        <Flex vertical gap={6} role="radiogroup" aria-label={t('surveys:entry.area')}>
          {s.plan.map((p) => (
            <Button
              key={p.residentialAreaId}
              role="radio"
              aria-checked={area === p.residentialAreaId}
              type={area === p.residentialAreaId ? 'primary' : 'default'}
              size="large"
              block
              onClick={() => setArea(p.residentialAreaId)}
              style={{ height: 'auto', minHeight: 48, whiteSpace: 'normal' }}
            >
              <Flex justify="space-between" style={{ width: '100%' }} gap={8}>
                <span>{p.residentialAreaName}</span>
                <span data-testid="area-counter">
                  {t('surveys:entry.counter', {
                    here: entry.perArea.get(p.residentialAreaId) ?? 0,
                    received: received.get(p.residentialAreaId) ?? 0,
                    households: p.households,
                  })}
                </span>
              </Flex>
            </Button>
          ))}
        </Flex>
      </Card>
      {area !== undefined &&
        s.questions.map((q, index) => (
          <QuestionCard
            key={q.id}
            survey={s}
            index={index}
            value={answers[q.id]}
            onChange={(value) => setAnswers((current) => ({ ...current, [q.id]: value }))}
          />
        ))}
      {area !== undefined && (
        <Button
          type="primary"
          size="large"
          block
          icon={<SaveOutlined />}
          disabled={given.length === 0}
          loading={saving}
          onClick={() => void save()}
          style={{ minHeight: 52, position: 'sticky', bottom: 8 }}
        >
          {t('surveys:entry.save', { answered: given.length, count: s.questions.length })}
        </Button>
      )}
      {entry.forms.length > 0 && (
        <Card size="small" title={t('surveys:entry.recent', { count: entry.forms.length })}>
          <Flex vertical gap={4} role="list" aria-label={t('surveys:entry.recentList')}>
            {entry.forms.slice(0, RECENT).map((item) => (
              <Flex key={item.id} justify="space-between" gap={8} role="listitem" align="center">
                <Typography.Text>{item.label}</Typography.Text>
                <OutboxStateTag item={item} />
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
