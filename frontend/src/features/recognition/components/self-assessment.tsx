import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Progress,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { PhotoPicker } from '@/components/photo-picker';
import { QueryError } from '@/components/query-error';
import {
  RECOGNITION_EVIDENCE,
  RECOGNITION_SUBMIT,
} from '@/features/recognition/api/recognition-outbox-kinds';
import {
  type AssessmentPayload,
  type EvidencePayload,
  type SubmitPayload,
  useRecognitionOutbox,
} from '@/features/recognition/api/recognition-outbox';
import {
  type RecognitionCase,
  type RecognitionCaseCriterion,
  type RecognitionSelfAssessment,
  useRecognitionCase,
} from '@/features/recognition/api/recognition';
import { selfResult, thresholdText } from '@/features/recognition/components/criterion-result';
import { EvidenceList } from '@/features/recognition/components/evidence-list';
import {
  recognitionPermissions,
  type RecognitionViewer,
} from '@/features/recognition/components/recognition-permissions';
import { CaseStateTag } from '@/features/recognition/components/recognition-tags';
import { useSession } from '@/lib/auth/session';
import { deleteOutboxItem, getOutboxItem, type OutboxItem } from '@/lib/outbox/outbox-store';
import { useEnqueue } from '@/lib/outbox/use-outbox';

interface CriterionValues {
  passed: boolean;
  score?: number | null;
  value?: number | null;
  note?: string;
}

type CaseOutbox = ReturnType<typeof useRecognitionOutbox>;

/** What the form starts from: the save still waiting on this device, else the server's. */
function startingValues(criterion: RecognitionCaseCriterion, outbox: CaseOutbox): CriterionValues {
  const local = outbox.latestAssessment(criterion.id);
  if (local && local.state !== 'sent') {
    const body = local.payload.body;
    return {
      passed: body.passed ?? false,
      score: body.score ?? null,
      value: body.value ?? null,
      note: body.note ?? '',
    };
  }
  const a = criterion.assessment;
  return {
    passed: a.selfPassed ?? false,
    score: a.selfScore ?? null,
    value: a.selfValue ?? null,
    note: a.selfNote ?? '',
  };
}

function toBody(
  criterion: RecognitionCaseCriterion,
  values: CriterionValues,
  version: number,
): RecognitionSelfAssessment {
  const note = values.note?.trim();
  return {
    ...(criterion.kind === 'PASS_FAIL' ? { passed: values.passed } : {}),
    ...(criterion.kind === 'SCORED' && typeof values.score === 'number'
      ? { score: values.score }
      : {}),
    ...(criterion.kind === 'NUMERIC' && typeof values.value === 'number'
      ? { value: values.value }
      : {}),
    ...(note ? { note } : {}),
    version,
  };
}

/** One criterion on one card: the result in its kind, a note, photos from the camera, save. */
function CriterionCard({
  found,
  criterion,
  index,
  outbox,
  locked,
  onSaved,
  onPhotoPreparing,
}: {
  found: RecognitionCase;
  criterion: RecognitionCaseCriterion;
  index: number;
  outbox: CaseOutbox;
  locked: boolean;
  onSaved: () => void;
  /** A photo is being prepared (true) or is in the outbox (false): the submission waits for it. */
  onPhotoPreparing: (preparing: boolean) => void;
}) {
  const { t } = useTranslation('recognition');
  const { message } = App.useApp();
  const enqueue = useEnqueue();
  const [form] = Form.useForm<CriterionValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const latest = outbox.latestAssessment(criterion.id);
  const parent = criterion.parentId
    ? found.criteria.find((c) => c.id === criterion.parentId)
    : undefined;

  const save = async (values: CriterionValues) => {
    setError(undefined);
    setSaving(true);
    try {
      const payload: AssessmentPayload = {
        caseId: found.id,
        criterionId: criterion.id,
        body: toBody(
          criterion,
          values,
          outbox.versionFor(criterion.id, criterion.assessment.version),
        ),
      };
      const item = await outbox.saveAssessment(
        payload,
        t('outbox.assessmentLabel', {
          area: found.residentialArea?.name ?? found.unitName,
          code: criterion.code,
        }),
      );
      const now = await getOutboxItem(item.subject, item.id);
      if (now?.state === 'error') {
        setError(now.lastError);
        return;
      }
      void message.success(
        now?.state === 'sent'
          ? t('selfAssessment.saved', { code: criterion.code })
          : t('selfAssessment.savedOffline'),
      );
      onSaved();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid="criterion-card"
      title={
        <Flex vertical style={{ whiteSpace: 'normal', paddingBlock: 8 }}>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('selfAssessment.criterionOf', { index: index + 1, total: found.criteria.length })}
            {criterion.groupCode
              ? ` · ${t('selfAssessment.group', { code: criterion.groupCode })}`
              : ''}
          </Typography.Text>
          {parent && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('selfAssessment.indicatorOf', { code: parent.code, name: parent.name })}
            </Typography.Text>
          )}
          <span data-testid="criterion-name">
            {criterion.code}. {criterion.name}
          </span>
        </Flex>
      }
    >
      <Flex gap={4} wrap style={{ marginBottom: 8 }}>
        <Tag>{t(`criterionKind.${criterion.kind}`)}</Tag>
        {criterion.required && <Tag color="blue">{t('selfAssessment.required')}</Tag>}
        {criterion.key && <Tag color="magenta">{t('selfAssessment.key')}</Tag>}
        {latest && latest.state !== 'sent' && <OutboxStateTag item={latest} />}
      </Flex>
      {criterion.expectedEvidence && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('selfAssessment.expectedEvidence')}: {criterion.expectedEvidence}
        </Typography.Paragraph>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 8 }}
          data-testid="criterion-error"
        />
      )}
      <Form<CriterionValues>
        form={form}
        layout="vertical"
        disabled={locked}
        initialValues={startingValues(criterion, outbox)}
        onFinish={(values) => void save(values)}
      >
        {criterion.kind === 'PASS_FAIL' && (
          <Form.Item name="passed" label={t('selfAssessment.passed')} valuePropName="checked">
            <Switch checkedChildren={t('result.passed')} unCheckedChildren={t('result.failed')} />
          </Form.Item>
        )}
        {criterion.kind === 'SCORED' && (
          <Form.Item
            name="score"
            label={t('selfAssessment.score')}
            extra={t('selfAssessment.maxPoints', { max: criterion.maxPoints ?? '' })}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber
              min={0}
              max={criterion.maxPoints}
              step={0.5}
              inputMode="decimal"
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        {criterion.kind === 'NUMERIC' && (
          <Form.Item
            name="value"
            label={t('selfAssessment.value')}
            extra={
              criterion.threshold !== undefined
                ? t('selfAssessment.threshold', { threshold: thresholdText(criterion) })
                : undefined
            }
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber
              inputMode="decimal"
              style={{ width: '100%' }}
              suffix={criterion.unitOfMeasure}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('selfAssessment.note')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('selfAssessment.evidence')}>
          <Flex vertical gap={8}>
            <EvidenceList
              caseId={found.id}
              criterionId={criterion.id}
              attachments={criterion.assessment.attachments}
              waiting={outbox.evidenceOf(criterion.id)}
            />
            {!locked && (
              <PhotoPicker
                photos={[]}
                label={t('selfAssessment.takePhoto')}
                onPreparingChange={onPhotoPreparing}
                onChange={(photos) =>
                  // the photo is in the outbox before the picker says it is done: a submission
                  // made after that goes behind it (the outbox sends in the order items were made)
                  Promise.all(
                    photos.map((photo) =>
                      enqueue<EvidencePayload>({
                        kind: RECOGNITION_EVIDENCE,
                        label: t('outbox.evidenceLabel', {
                          name: photo.name,
                          area: found.residentialArea?.name ?? found.unitName,
                          code: criterion.code,
                        }),
                        payload: { caseId: found.id, criterionId: criterion.id },
                        files: [photo],
                      }),
                    ),
                  )
                }
              />
            )}
          </Flex>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={saving} disabled={locked}>
          {t('selfAssessment.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** "Gửi tự đánh giá": through the outbox, after the criteria saved before it. */
function SubmitSelfAssessment({
  found,
  done,
  outbox,
  preparingPhotos,
}: {
  found: RecognitionCase;
  done: number;
  outbox: CaseOutbox;
  /** Photos still being prepared: the submission would overtake them, so it waits. */
  preparingPhotos: boolean;
}) {
  const { t } = useTranslation('recognition');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const enqueue = useEnqueue();
  const { subject = '' } = useSession();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const total = found.criteria.length;
  const submission = outbox.submission;

  const submit = async () => {
    setError(undefined);
    setSending(true);
    try {
      const { item, sending: round } = await enqueue<SubmitPayload>({
        kind: RECOGNITION_SUBMIT,
        label: t('outbox.submitLabel', {
          area: found.residentialArea?.name ?? found.unitName,
          title: found.title.name,
          year: found.year,
        }),
        payload: { caseId: found.id, body: { version: found.version } },
      });
      await round;
      const now = await getOutboxItem(subject, item.id);
      if (now?.state === 'sent') {
        void message.success(t('selfAssessment.submitted'));
        void navigate(`/recognition/${found.id}`);
        return;
      }
      if (now?.state === 'error') {
        // refused (a criterion missing, the case moved on): said here, nothing left to send
        await deleteOutboxItem(subject, item.id);
        setError(now.lastError);
        return;
      }
      void message.info(t('selfAssessment.submitQueued'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={8} data-testid="submit-self-assessment">
      {error && <Alert type="error" showIcon title={error} data-testid="submit-error" />}
      {submission && submission.state !== 'sent' && (
        <Flex gap={8} align="center" wrap data-testid="submission-waiting">
          <Typography.Text>{t('selfAssessment.submission')}</Typography.Text>
          <OutboxStateTag item={submission} />
        </Flex>
      )}
      {done < total && (
        <Typography.Text type="secondary">
          {t('selfAssessment.submitHint', { missing: total - done })}
        </Typography.Text>
      )}
      {preparingPhotos && (
        <Typography.Text type="secondary" data-testid="photos-preparing">
          {t('selfAssessment.photosPreparing')}
        </Typography.Text>
      )}
      <Button
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={
          done < total ||
          preparingPhotos ||
          (submission !== undefined && submission.state !== 'sent')
        }
        onClick={() => void submit()}
      >
        {t('selfAssessment.submit')}
      </Button>
    </Flex>
  );
}

/** A save or submission still on its way blocks nothing but a second submission. */
function isWaiting(item: OutboxItem | undefined): boolean {
  return (
    item !== undefined &&
    (item.state === 'pending' || item.state === 'sending' || item.state === 'needs-login')
  );
}

/**
 * The phone-first self-assessment of an area: one criterion per card with its result, note and
 * photos, a progress bar over the set, everything saved through the outbox (so it works offline),
 * and "Gửi tự đánh giá" when every criterion is assessed.
 */
export function SelfAssessment({ caseId, viewer }: { caseId: number; viewer: RecognitionViewer }) {
  const { t } = useTranslation('recognition');
  const found = useRecognitionCase(caseId);
  const outbox = useRecognitionOutbox(caseId);
  const [current, setCurrent] = useState<number>();
  const [preparingPhotos, setPreparingPhotos] = useState(0);
  const onPhotoPreparing = useCallback(
    (preparing: boolean) => setPreparingPhotos((n) => Math.max(0, n + (preparing ? 1 : -1))),
    [],
  );

  if (found.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (found.isError) {
    return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  }
  const c = found.data;
  const criteria = c.criteria;
  const isDone = (criterion: RecognitionCaseCriterion) =>
    selfResult(criterion) !== undefined || outbox.savedHere(criterion.id);
  const done = criteria.filter(isDone).length;
  const total = criteria.length;
  const firstOpen = criteria.findIndex((criterion) => !isDone(criterion));
  const index = Math.min(current ?? Math.max(firstOpen, 0), Math.max(total - 1, 0));
  const criterion = criteria[index];
  const submitted = isWaiting(outbox.submission);
  const editable =
    c.state === 'REGISTERED' && recognitionPermissions.selfAssess(viewer, c) && !submitted;

  // after a save, on to the next criterion not yet assessed, unless another one was chosen meanwhile
  const next = () => {
    const after = criteria.findIndex((other, i) => i > index && !isDone(other));
    const target = after >= 0 ? after : Math.min(index + 1, total - 1);
    setCurrent((chosen) => (chosen === undefined || chosen === index ? target : chosen));
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <Link to={`/recognition/${c.id}`}>{t('case.backToCase')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('selfAssessment.title')} · {c.residentialArea?.name ?? c.unitName}
        </Typography.Title>
        <Flex gap={4} align="center" wrap>
          <Typography.Text type="secondary">
            {c.title.name} · {c.year}
          </Typography.Text>
          <CaseStateTag state={c.state} />
        </Flex>
      </Flex>
      <div
        data-testid="self-assessment-progress"
        style={{ position: 'sticky', top: 64, zIndex: 5, background: 'inherit' }}
      >
        <Typography.Text strong>{t('selfAssessment.progress', { done, total })}</Typography.Text>
        <Progress
          percent={total ? Math.round((done * 100) / total) : 0}
          showInfo={false}
          aria-label={t('selfAssessment.progress', { done, total })}
        />
      </div>
      {c.state !== 'REGISTERED' && (
        <Alert type="info" showIcon title={t('selfAssessment.notEditable')} />
      )}
      <Flex gap={4} wrap role="navigation" aria-label={t('selfAssessment.jumpTo')}>
        {criteria.map((other, i) => (
          <Button
            key={other.id}
            size="small"
            type={i === index ? 'primary' : 'default'}
            aria-label={`${other.code} · ${t(isDone(other) ? 'selfAssessment.assessed' : 'selfAssessment.notAssessed')}`}
            aria-current={i === index ? 'step' : undefined}
            style={
              isDone(other) && i !== index
                ? { borderColor: '#52c41a', color: '#389e0d' }
                : undefined
            }
            onClick={() => setCurrent(i)}
          >
            {other.code}
          </Button>
        ))}
      </Flex>
      {criterion && (
        <CriterionCard
          key={criterion.id}
          found={c}
          criterion={criterion}
          index={index}
          outbox={outbox}
          locked={!editable}
          onSaved={next}
          onPhotoPreparing={onPhotoPreparing}
        />
      )}
      <Flex justify="space-between" gap={8}>
        <Button
          icon={<LeftOutlined />}
          disabled={index === 0}
          onClick={() => setCurrent(index - 1)}
        >
          {t('selfAssessment.previous')}
        </Button>
        <Button disabled={index >= total - 1} onClick={() => setCurrent(index + 1)}>
          {t('selfAssessment.next')} <RightOutlined />
        </Button>
      </Flex>
      {(editable || submitted) && (
        <SubmitSelfAssessment
          found={c}
          done={done}
          outbox={outbox}
          preparingPhotos={preparingPhotos > 0}
        />
      )}
    </Flex>
  );
}
