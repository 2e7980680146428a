import { Alert, Button, Card, Flex, Input, Radio, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicFrame } from '@/components/public-frame';
import { QueryError } from '@/components/query-error';
import { usePublicQuestionnaire, useSubmitPublicResponse } from '@/features/surveys/api/surveys';
import { problemText } from '@/lib/api/problem-text';

/**
 * The public answer page (`/khao-sat/:surveyId`, no sign-in): the resident types the one-time code
 * printed for them, answers what they wish (a question may stay blank) and sends once; the code is
 * then spent. Nothing about the resident is asked or kept.
 */
export function PublicAnswer({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation(['translation', 'surveys']);
  const questionnaire = usePublicQuestionnaire(surveyId);
  const submit = useSubmitPublicResponse(surveyId);
  const [code, setCode] = useState('');
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [refusal, setRefusal] = useState<string[]>();
  const given = Object.entries(answers);

  const body = () => {
    if (questionnaire.isError) {
      return (
        <QueryError error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
      );
    }
    if (!questionnaire.data) {
      return <Skeleton active paragraph={{ rows: 6 }} />;
    }
    if (submit.isSuccess) {
      return (
        <Result
          status="success"
          title={t('surveys:answer.thanks')}
          subTitle={t('surveys:answer.thanksText')}
        />
      );
    }
    const q = questionnaire.data;
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 640, margin: '0 auto' }}>
        <Flex vertical gap={2}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {q.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {q.unitName} · {q.titleName}
          </Typography.Text>
          <Typography.Text>{t('surveys:answer.intro')}</Typography.Text>
        </Flex>
        <Input
          size="large"
          aria-label={t('surveys:answer.code')}
          placeholder={t('surveys:answer.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          maxLength={40}
        />
        {q.questions.map((question) => (
          <Card key={question.id} size="small">
            <Flex vertical gap={8} role="group" aria-label={question.text}>
              <Typography.Text strong>{question.text}</Typography.Text>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                size="large"
                value={answers[question.id]}
                onChange={(e) =>
                  setAnswers((current) => ({ ...current, [question.id]: e.target.value as number }))
                }
                style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                options={q.scale.map((o) => ({
                  value: o.value,
                  label: o.label,
                  style: { width: '100%', minHeight: 48, lineHeight: '46px', borderRadius: 6 },
                }))}
              />
            </Flex>
          </Card>
        ))}
        {refusal && (
          <Alert
            type="error"
            showIcon
            title={refusal[0]}
            description={refusal.slice(1).join('; ') || undefined}
          />
        )}
        <Button
          type="primary"
          size="large"
          block
          disabled={!code.trim() || given.length === 0}
          loading={submit.isPending}
          onClick={() => {
            setRefusal(undefined);
            submit.mutate(
              {
                code: code.trim(),
                answers: given.map(([questionId, value]) => ({
                  questionId: Number(questionId),
                  value,
                })),
              },
              { onError: (error) => setRefusal(problemText(error)) },
            );
          }}
        >
          {t('surveys:answer.send')}
        </Button>
      </Flex>
    );
  };
  return <PublicFrame title={t('surveys:answer.frame')}>{body()}</PublicFrame>;
}
