import {
  Alert,
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '@/components/person-name';
import { QueryError } from '@/components/query-error';
import {
  type Assignment,
  type Explanation,
  useAnswerExplanation,
  useExplanations,
  useRequestExplanation,
} from '@/features/assignments/api/assignments';
import { ApiError } from '@/lib/api/api-error';
import { formatDateTime } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

function problemText(error: unknown): string {
  const problem = error instanceof ApiError ? error.problem : undefined;
  return problem?.errors?.[0]?.message ?? problem?.detail ?? problem?.title ?? String(error);
}

function AnswerForm({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const answer = useAnswerExplanation();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ answer: string }>();
  const draft = useFormDraft(form, `explanation-answer:${explanation.id}`);
  return (
    <Form<{ answer: string }>
      form={form}
      layout="vertical"
      onValuesChange={draft.save}
      onFinish={(values) => {
        setError(null);
        answer
          .mutateAsync({ id: explanation.id, answer: values.answer, version: explanation.version })
          .then(draft.clear)
          .catch((e: unknown) => setError(problemText(e)));
      }}
    >
      {draft.note}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="answer"
        label={t('explanations.answer')}
        rules={[{ required: true, whitespace: true, message: t('explanations.answerRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={answer.isPending}>
        {t('explanations.send')}
      </Button>
    </Form>
  );
}

/**
 * The explanations of an assignment: a leader of the issuer or monitoring body asks (overdue work
 * only); the assigned organization answers once; everything stays readable.
 */
export function ExplanationsDrawer({
  assignment,
  canAsk,
  canAnswer,
  onClose,
}: {
  assignment: Assignment;
  canAsk: boolean;
  canAnswer: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const explanations = useExplanations(assignment.id);
  const ask = useRequestExplanation(assignment.id);
  const [error, setError] = useState<string | null>(null);
  const [askForm] = Form.useForm<{ question: string }>();
  const askDraft = useFormDraft(askForm, `explanation-ask:${assignment.id}`);
  const waiting = explanations.data?.some((e) => !e.answered) ?? false;
  return (
    <Drawer
      open
      title={`${t('explanations.title')}: ${assignment.organization.name}`}
      size={screens.md ? 560 : '100%'}
      onClose={onClose}
    >
      <Flex vertical gap="middle">
        {canAsk && assignment.bucket === 'OPEN_OVERDUE' && !waiting && (
          <Card size="small" title={t('explanations.ask')}>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
            <Form<{ question: string }>
              form={askForm}
              layout="vertical"
              onValuesChange={askDraft.save}
              onFinish={(values) => {
                setError(null);
                ask
                  .mutateAsync(values.question)
                  .then(askDraft.clear)
                  .catch((e: unknown) => setError(problemText(e)));
              }}
            >
              {askDraft.note}
              <Form.Item
                name="question"
                label={t('explanations.question')}
                initialValue={t('explanations.defaultQuestion')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={ask.isPending}>
                {t('explanations.askButton')}
              </Button>
            </Form>
          </Card>
        )}
        {explanations.isError ? (
          <QueryError error={explanations.error} onRetry={() => void explanations.refetch()} />
        ) : explanations.isPending ? (
          <Skeleton active />
        ) : explanations.data.length === 0 ? (
          <Empty description={t('explanations.none')} />
        ) : (
          explanations.data.map((e) => (
            <Card key={e.id} size="small" data-testid="explanation">
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                <Typography.Text strong>{t('explanations.asked')}</Typography.Text>{' '}
                <PersonName person={e.requestedByPerson} fallback={e.requestedBy} /> ·{' '}
                {formatDateTime(e.requestedAt)}
              </Typography.Paragraph>
              <Typography.Paragraph>«{e.question}»</Typography.Paragraph>
              {e.answered ? (
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    <Typography.Text strong>{t('explanations.answered')}</Typography.Text>{' '}
                    <PersonName person={e.answeredByPerson} fallback={e.answeredBy} /> ·{' '}
                    {formatDateTime(e.answeredAt)}
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                    {e.answer}
                  </Typography.Paragraph>
                </>
              ) : canAnswer ? (
                <AnswerForm explanation={e} />
              ) : (
                <Typography.Text type="secondary">{t('explanations.waiting')}</Typography.Text>
              )}
            </Card>
          ))
        )}
      </Flex>
    </Drawer>
  );
}
