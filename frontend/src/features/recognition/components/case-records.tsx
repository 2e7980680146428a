import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Skeleton,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '@/components/person-name';
import { QueryError } from '@/components/query-error';
import {
  type RecognitionCase,
  type RecognitionDecision,
  useRecognitionTimeline,
  useRevokeDecision,
} from '@/features/recognition/api/recognition';
import { todayInVietnam } from '@/features/recognition/components/criterion-result';
import { showProblem } from '@/lib/api/problem-text';
import { DecisionStatusTag } from '@/features/recognition/components/recognition-tags';
import { DATE_FORMAT, formatDate, formatDateTime } from '@/lib/dates';

interface RevocationValues {
  number: string;
  revokedOn?: string;
  reason: string;
}

/** "Thu hồi quyết định": the revoking decision's number, day and reason. */
function RevokeDialog({
  decision,
  onClose,
}: {
  decision: RecognitionDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation('recognition');
  const { message } = App.useApp();
  const [form] = Form.useForm<RevocationValues>();
  const revoke = useRevokeDecision();
  const [refusal, setRefusal] = useState<string[]>();
  return (
    <Modal
      open
      title={`${t('revoke.title')} · ${decision.number}`}
      okText={t('revoke.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="revoke-refused"
          title={refusal[0]}
          description={refusal.length > 1 ? refusal.slice(1).join('; ') : undefined}
        />
      )}
      <Form<RevocationValues>
        form={form}
        layout="vertical"
        initialValues={{ revokedOn: todayInVietnam() }}
        onFinish={(values) => {
          setRefusal(undefined);
          revoke
            .mutateAsync({
              id: decision.id,
              body: {
                number: values.number.trim(),
                revokedOn: values.revokedOn ?? todayInVietnam(),
                reason: values.reason.trim(),
                version: decision.version,
              },
            })
            .then(() => {
              void message.success(t('actions.done'));
              onClose();
            })
            .catch((error: unknown) =>
              setRefusal(showProblem(form, error, ['number', 'revokedOn', 'reason'])),
            );
        }}
      >
        <Form.Item
          name="number"
          label={t('revoke.number')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 100 },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="revokedOn"
          label={t('revoke.on')}
          rules={[{ required: true, message: t('common.required') }]}
          getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
          normalize={(value?: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('revoke.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The decision: number, day, signer, level, validity and its status today; revocation. */
export function DecisionRecord({
  decision,
  canRevoke,
}: {
  decision: RecognitionDecision;
  canRevoke: boolean;
}) {
  const { t } = useTranslation('recognition');
  const [revoking, setRevoking] = useState(false);
  return (
    <Card size="small" title={t('decision.record')} data-testid="decision-record">
      <Flex vertical gap={8}>
        <Flex gap={4} wrap>
          <DecisionStatusTag status={decision.status} />
          <Tag>{t(`decidingLevel.${decision.level}`)}</Tag>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('decision.number')}>{decision.number}</Descriptions.Item>
          <Descriptions.Item label={t('decision.signedOn')}>
            {formatDate(decision.signedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('decision.signer')}>{decision.signer}</Descriptions.Item>
          <Descriptions.Item label={t('decision.validity')}>
            {decision.validUntil
              ? t('decision.validRange', {
                  from: formatDate(decision.validFrom),
                  to: formatDate(decision.validUntil),
                })
              : t('decision.validFromNoEnd', { from: formatDate(decision.validFrom) })}
          </Descriptions.Item>
        </Descriptions>
        {decision.revocationNumber && (
          <Alert
            type="error"
            showIcon
            data-testid="decision-revoked"
            title={t('decision.revoked', {
              number: decision.revocationNumber,
              date: formatDate(decision.revokedOn),
            })}
            description={decision.revocationReason}
          />
        )}
        {decision.lostOn && (
          <Alert
            type="warning"
            showIcon
            title={t('decision.lost', { date: formatDate(decision.lostOn) })}
          />
        )}
        {canRevoke && decision.status !== 'REVOKED' && (
          <Button danger style={{ alignSelf: 'flex-start' }} onClick={() => setRevoking(true)}>
            {t('revoke.open')}
          </Button>
        )}
        {revoking && <RevokeDialog decision={decision} onClose={() => setRevoking(false)} />}
      </Flex>
    </Card>
  );
}

/** What the case has recorded after the review: posting and comments, council, appraisal, refusal. */
export function StepRecords({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const { posting, council, appraisal } = found;
  if (!posting && !council && !appraisal && !found.refusalReasons) {
    return null;
  }
  return (
    <Card size="small" title={t('case.records')} data-testid="step-records">
      <Descriptions size="small" column={1}>
        {posting && (
          <Descriptions.Item label={t('posting.title')}>
            {t('posting.record', {
              from: formatDate(posting.postedFrom),
              to: formatDate(posting.postedTo),
              place: posting.place,
            })}
          </Descriptions.Item>
        )}
        {posting && (
          <Descriptions.Item label={t('posting.comments')}>
            {posting.comments.length === 0 ? (
              t('posting.noComments')
            ) : (
              <Flex vertical gap={4} data-testid="posting-comments">
                {posting.comments.map((comment) => (
                  <span key={comment.id}>
                    {formatDate(comment.receivedOn)}: {comment.content}
                    {comment.response ? ` — ${comment.response}` : ''}
                  </span>
                ))}
              </Flex>
            )}
          </Descriptions.Item>
        )}
        {council && (
          <Descriptions.Item label={t('council.title')}>
            <Flex vertical gap={2} data-testid="council-record">
              <span>
                {formatDate(council.metOn)} ·{' '}
                {t('council.record', {
                  present: council.present,
                  members: council.members,
                  votesFor: council.votesFor,
                  votesAgainst: council.votesAgainst,
                })}
              </span>
              <Tag color={council.passed ? 'green' : 'red'} style={{ alignSelf: 'flex-start' }}>
                {t(council.passed ? 'council.passed' : 'council.failed')}
              </Tag>
              {council.memberNames && (
                <Typography.Text type="secondary">{council.memberNames}</Typography.Text>
              )}
            </Flex>
          </Descriptions.Item>
        )}
        {appraisal && (
          <Descriptions.Item label={t('appraisal.title')}>
            <Flex vertical gap={2}>
              <span>
                {formatDate(appraisal.appraisedOn)} · {appraisal.appraisedBy}{' '}
                <Tag color={appraisal.passed ? 'green' : 'red'}>
                  {t(appraisal.passed ? 'result.passed' : 'result.failed')}
                </Tag>
              </span>
              {appraisal.opinion && <span>{appraisal.opinion}</span>}
            </Flex>
          </Descriptions.Item>
        )}
        {found.refusalReasons && (
          <Descriptions.Item label={t('refusal.reasons')}>
            <span data-testid="refusal-reasons">{found.refusalReasons}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The case's timeline: every step, who, when, from which state to which. */
export function CaseTimeline({ caseId }: { caseId: number }) {
  const { t } = useTranslation('recognition');
  const timeline = useRecognitionTimeline(caseId);
  if (timeline.isPending) {
    return <Skeleton active />;
  }
  if (timeline.isError) {
    return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} compact />;
  }
  if (timeline.data.length === 0) {
    return <Typography.Text type="secondary">{t('timeline.empty')}</Typography.Text>;
  }
  const stateName = (state: string) => t(`state.${state}`, { defaultValue: state });
  return (
    <Timeline
      data-testid="case-timeline"
      items={timeline.data.map((event, index) => ({
        key: index,
        content: (
          <Flex vertical>
            <Typography.Text strong>
              {t(`timeline.action.${event.action}`, { defaultValue: event.action })}
            </Typography.Text>
            {event.fromState && event.toState && event.fromState !== event.toState && (
              <Typography.Text>
                {stateName(event.fromState)} → {stateName(event.toState)}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">
              {formatDateTime(event.at)} ·{' '}
              <PersonName person={event.actorPerson} fallback={event.actor} />
            </Typography.Text>
            {event.comment && <Typography.Text>{event.comment}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}
