import { EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type RecognitionCase,
  type RecognitionCaseCriterion,
  useCaseStep,
  useRecognitionCase,
  useReviewCriterion,
} from '@/features/recognition/api/recognition';
import {
  ResultText,
  reviewedResult,
  selfResult,
  thresholdText,
} from '@/features/recognition/components/criterion-result';
import { EvidenceList } from '@/features/recognition/components/evidence-list';
import { problemText } from '@/lib/api/problem-text';
import {
  recognitionPermissions,
  type RecognitionViewer,
} from '@/features/recognition/components/recognition-permissions';
import { CaseStateTag } from '@/features/recognition/components/recognition-tags';

interface ChangeValues {
  passed: boolean;
  score?: number | null;
  value?: number | null;
  reason: string;
}

/** The changed result in the criterion's kind, and the reason (required). */
function ChangeForm({
  found,
  criterion,
  onDone,
  onCancel,
}: {
  found: RecognitionCase;
  criterion: RecognitionCaseCriterion;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('recognition');
  const review = useReviewCriterion();
  const [form] = Form.useForm<ChangeValues>();
  const [error, setError] = useState<string[]>();
  const self = selfResult(criterion);
  return (
    <Form<ChangeValues>
      form={form}
      layout="vertical"
      size="small"
      data-testid="change-form"
      initialValues={{
        passed: !(self?.passed ?? false),
        score: self?.score ?? null,
        value: self?.value ?? null,
        reason: '',
      }}
      onFinish={(values) => {
        setError(undefined);
        review
          .mutateAsync({
            caseId: found.id,
            criterionId: criterion.id,
            body: {
              review: 'CHANGE',
              reason: values.reason.trim(),
              ...(criterion.kind === 'PASS_FAIL' ? { passed: values.passed } : {}),
              ...(criterion.kind === 'SCORED' && typeof values.score === 'number'
                ? { score: values.score }
                : {}),
              ...(criterion.kind === 'NUMERIC' && typeof values.value === 'number'
                ? { value: values.value }
                : {}),
              version: criterion.assessment.version,
            },
          })
          .then(onDone)
          .catch((e: unknown) => setError(problemText(e)));
      }}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error[0]}
          description={error.slice(1).join('; ') || undefined}
          style={{ marginBottom: 8 }}
        />
      )}
      {criterion.kind === 'PASS_FAIL' && (
        <Form.Item name="passed" label={t('review.changedResult')} valuePropName="checked">
          <Switch checkedChildren={t('result.passed')} unCheckedChildren={t('result.failed')} />
        </Form.Item>
      )}
      {criterion.kind === 'SCORED' && (
        <Form.Item
          name="score"
          label={t('review.changedScore')}
          extra={t('selfAssessment.maxPoints', { max: criterion.maxPoints ?? '' })}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={criterion.maxPoints} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {criterion.kind === 'NUMERIC' && (
        <Form.Item
          name="value"
          label={t('review.changedValue')}
          extra={t('selfAssessment.threshold', { threshold: thresholdText(criterion) })}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber style={{ width: '100%' }} suffix={criterion.unitOfMeasure} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('review.reason')}
        rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={review.isPending}>
          {t('review.saveChange')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}

/** One criterion: self-assessed on the left, the commune's review on the right. */
export function ReviewRow({
  found,
  criterion,
  canReview,
}: {
  found: RecognitionCase;
  criterion: RecognitionCaseCriterion;
  canReview: boolean;
}) {
  const { t } = useTranslation('recognition');
  const review = useReviewCriterion();
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string>();
  const a = criterion.assessment;
  const agree = () => {
    setError(undefined);
    review
      .mutateAsync({
        caseId: found.id,
        criterionId: criterion.id,
        body: { review: 'AGREE', version: a.version },
      })
      .catch((e: unknown) => setError(problemText(e)[0]));
  };
  return (
    <Card
      size="small"
      data-testid="review-row"
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {criterion.code}. {criterion.name}
        </span>
      }
      extra={
        <Flex gap={4}>
          {criterion.required && <Tag color="blue">{t('selfAssessment.required')}</Tag>}
          {criterion.key && <Tag color="magenta">{t('selfAssessment.key')}</Tag>}
        </Flex>
      }
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 8 }}
          data-testid="review-error"
        />
      )}
      <Row gutter={[12, 8]}>
        <Col xs={12} data-testid="self-side">
          <Typography.Text type="secondary">{t('review.self')}</Typography.Text>
          <div>
            <ResultText criterion={criterion} result={selfResult(criterion)} />
          </div>
          {a.selfNote && (
            <Typography.Paragraph style={{ margin: 0 }}>{a.selfNote}</Typography.Paragraph>
          )}
        </Col>
        <Col xs={12} data-testid="reviewed-side">
          <Typography.Text type="secondary">{t('review.reviewed')}</Typography.Text>
          <div>
            {a.review ? (
              <Flex vertical gap={2}>
                <ResultText criterion={criterion} result={reviewedResult(criterion)} />
                <Tag
                  color={a.review === 'AGREE' ? 'green' : 'orange'}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t(`reviewVerdict.${a.review}`)}
                </Tag>
                {a.reviewReason && (
                  <Typography.Text type="secondary">
                    {t('review.reasonShown', { reason: a.reviewReason })}
                  </Typography.Text>
                )}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('review.notReviewed')}</Typography.Text>
            )}
          </div>
        </Col>
      </Row>
      <div style={{ marginTop: 8 }}>
        <EvidenceList caseId={found.id} criterionId={criterion.id} attachments={a.attachments} />
      </div>
      {canReview && !changing && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {a.review !== 'AGREE' && (
            <Button type="primary" loading={review.isPending} onClick={agree}>
              {t('review.agree')}
            </Button>
          )}
          <Button icon={<EditOutlined />} onClick={() => setChanging(true)}>
            {t('review.change')}
          </Button>
        </Flex>
      )}
      {canReview && changing && (
        <div style={{ marginTop: 8 }}>
          <ChangeForm
            found={found}
            criterion={criterion}
            onDone={() => setChanging(false)}
            onCancel={() => setChanging(false)}
          />
        </div>
      )}
    </Card>
  );
}

/**
 * The commune's review, side by side: each criterion as the area assessed it and as the commune
 * finds it ("Thống nhất", or changed with a reason), then "Hoàn thành rà soát".
 */
export function CommuneReview({ caseId, viewer }: { caseId: number; viewer: RecognitionViewer }) {
  const { t } = useTranslation('recognition');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const found = useRecognitionCase(caseId);
  const step = useCaseStep();
  const [error, setError] = useState<string[]>();
  if (found.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (found.isError) {
    return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  }
  const c = found.data;
  const canReview = c.state === 'SELF_ASSESSED' && recognitionPermissions.commune(viewer);
  const reviewed = c.criteria.filter((criterion) => criterion.assessment.review).length;
  const total = c.criteria.length;
  const complete = () => {
    setError(undefined);
    step
      .mutateAsync({
        caseId: c.id,
        step: { action: 'complete-review', body: { version: c.version } },
      })
      .then(() => {
        void message.success(t('review.completed'));
        void navigate(`/recognition/${c.id}`);
      })
      .catch((e: unknown) => setError(problemText(e)));
  };
  return (
    <Flex vertical gap="middle">
      <Link to={`/recognition/${c.id}`}>{t('case.backToCase')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('review.title')} · {c.residentialArea?.name ?? c.unitName}
        </Typography.Title>
        <Flex gap={4} align="center" wrap>
          <Typography.Text type="secondary">
            {c.title.name} · {c.year}
          </Typography.Text>
          <CaseStateTag state={c.state} />
        </Flex>
      </Flex>
      <div data-testid="review-progress">
        <Typography.Text strong>{t('review.progress', { done: reviewed, total })}</Typography.Text>
        <Progress percent={total ? Math.round((reviewed * 100) / total) : 0} showInfo={false} />
      </div>
      {c.state !== 'SELF_ASSESSED' && (
        <Alert type="info" showIcon title={t('review.notReviewable')} />
      )}
      {c.criteria.map((criterion) => (
        <ReviewRow key={criterion.id} found={c} criterion={criterion} canReview={canReview} />
      ))}
      {canReview && (
        <Flex vertical gap={8}>
          {error && (
            <Alert
              type="error"
              showIcon
              data-testid="complete-review-error"
              title={error[0]}
              description={error.slice(1).join('; ') || undefined}
            />
          )}
          {reviewed < total && (
            <Typography.Text type="secondary">
              {t('review.completeHint', { missing: total - reviewed })}
            </Typography.Text>
          )}
          <Button
            type="primary"
            size="large"
            block
            disabled={reviewed < total}
            loading={step.isPending}
            onClick={complete}
          >
            {t('review.complete')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
