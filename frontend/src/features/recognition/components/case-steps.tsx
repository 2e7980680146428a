import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseStep,
  type RecognitionCase,
  useCaseStep,
} from '@/features/recognition/api/recognition';
import { todayInVietnam } from '@/features/recognition/components/criterion-result';
import { showProblem } from '@/lib/api/problem-text';
import { DATE_FORMAT, formatDate } from '@/lib/dates';

/** A date field kept as the API's yyyy-MM-dd and shown as dd/MM/yyyy. */
const dateField = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD'),
};

function DateInput(props: { id?: string }) {
  return <DatePicker {...props} format={DATE_FORMAT} style={{ width: '100%' }} />;
}

/** The lines of a refusal above a form. */
function Refusal({ lines, testId }: { lines: string[] | undefined; testId: string }) {
  if (!lines) {
    return null;
  }
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={testId}
      title={lines[0]}
      description={lines.length > 1 ? lines.slice(1).join('; ') : undefined}
    />
  );
}

/** One step's form: sends it, shows the server's refusal (field errors on the fields). */
function useStepForm<T extends object>(found: RecognitionCase, fields: string[]) {
  const { t } = useTranslation('recognition');
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const step = useCaseStep();
  const [refusal, setRefusal] = useState<string[]>();
  const send = (next: CaseStep, onDone?: () => void) => {
    setRefusal(undefined);
    step
      .mutateAsync({ caseId: found.id, step: next })
      .then(() => {
        void message.success(t('actions.done'));
        form.resetFields();
        onDone?.();
      })
      .catch((error: unknown) => setRefusal(showProblem(form, error, fields)));
  };
  return { form, send, refusal, pending: step.isPending };
}

function StepCard({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

interface PostingValues {
  postedFrom?: string;
  postedTo?: string;
  place: string;
}

/** "Niêm yết công khai": from, to (at least the set's posting days, both ends counted), where. */
export function PostingStep({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const { form, send, refusal, pending } = useStepForm<PostingValues>(found, [
    'postedFrom',
    'postedTo',
    'place',
  ]);
  const days = found.criteriaSet.postingDays;
  return (
    <StepCard title={t('posting.title')} testId="posting-step">
      <Refusal lines={refusal} testId="posting-refused" />
      {days !== undefined && (
        <Typography.Paragraph type="secondary">
          {t('posting.minDays', { days })}
        </Typography.Paragraph>
      )}
      <Form<PostingValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          send({
            action: 'post',
            body: {
              postedFrom: values.postedFrom ?? '',
              postedTo: values.postedTo ?? '',
              place: values.place.trim(),
              version: found.version,
            },
          })
        }
      >
        <Form.Item
          name="postedFrom"
          label={t('posting.from')}
          rules={[{ required: true, message: t('common.required') }]}
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="postedTo"
          label={t('posting.to')}
          dependencies={['postedFrom']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) => {
                const from = getFieldValue('postedFrom') as string | undefined;
                if (!value || !from) {
                  return Promise.resolve();
                }
                const length = dayjs(value).diff(dayjs(from), 'day') + 1;
                if (length < 1) {
                  return Promise.reject(new Error(t('posting.toBeforeFrom')));
                }
                return days !== undefined && length < days
                  ? Promise.reject(new Error(t('posting.tooShort', { days })))
                  : Promise.resolve();
              },
            }),
          ]}
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('posting.place')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 300 },
          ]}
        >
          <Input placeholder={t('posting.placeExample')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('posting.submit')}
        </Button>
      </Form>
    </StepCard>
  );
}

interface CommentValues {
  receivedOn?: string;
  content: string;
  response?: string;
}

/** A comment received during the posting, recorded by the commune. */
export function PostingCommentStep({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const { form, send, refusal, pending } = useStepForm<CommentValues>(found, [
    'receivedOn',
    'content',
    'response',
  ]);
  return (
    <StepCard title={t('posting.addComment')} testId="posting-comment-step">
      <Refusal lines={refusal} testId="comment-refused" />
      <Form<CommentValues>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: todayInVietnam() }}
        onFinish={(values) =>
          send({
            action: 'posting-comments',
            body: {
              receivedOn: values.receivedOn ?? todayInVietnam(),
              content: values.content.trim(),
              ...(values.response?.trim() ? { response: values.response.trim() } : {}),
              version: found.version,
            },
          })
        }
      >
        <Form.Item
          name="receivedOn"
          label={t('posting.commentReceivedOn')}
          rules={[{ required: true, message: t('common.required') }]}
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('posting.commentContent')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="response" label={t('posting.commentResponse')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
        <Button htmlType="submit" block loading={pending}>
          {t('posting.saveComment')}
        </Button>
      </Form>
    </StepCard>
  );
}

interface CouncilValues {
  metOn?: string;
  members?: number | null;
  present?: number | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  memberNames?: string;
}

/** The fewest votes for that pass: votes for × 100 ≥ threshold % × present (as the server checks). */
export function votesNeeded(thresholdPercent: number, present: number): number {
  let needed = Math.ceil((thresholdPercent * present) / 100);
  // guard the floating point: the smallest whole number that meets the rule
  while (needed > 0 && (needed - 1) * 100 >= thresholdPercent * present) {
    needed -= 1;
  }
  while (needed * 100 < thresholdPercent * present) {
    needed += 1;
  }
  return needed;
}

/**
 * "Họp hội đồng, bỏ phiếu": members, present, votes for and against, names. The threshold and
 * whether these votes pass it show before sending; the server decides (and refuses before the
 * posting has ended).
 */
export function CouncilStep({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const { form, send, refusal, pending } = useStepForm<CouncilValues>(found, [
    'metOn',
    'members',
    'present',
    'votesFor',
    'votesAgainst',
    'memberNames',
  ]);
  const threshold = found.criteriaSet.voteThresholdPercent;
  const present = Form.useWatch('present', form);
  const votesFor = Form.useWatch('votesFor', form);
  const postedTo = found.posting?.postedTo;
  const postingRunning = postedTo !== undefined && postedTo >= todayInVietnam();
  const needed =
    threshold !== undefined && typeof present === 'number' && present > 0
      ? votesNeeded(threshold, present)
      : undefined;
  return (
    <StepCard title={t('council.title')} testId="council-step">
      <Refusal lines={refusal} testId="council-refused" />
      {postingRunning && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="posting-running"
          title={t('council.postingRunning', { to: formatDate(postedTo) })}
        />
      )}
      <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="council-threshold">
        <Typography.Text strong>
          {threshold !== undefined
            ? t('council.threshold', { percent: threshold })
            : t('council.noThreshold')}
        </Typography.Text>
        {needed !== undefined && (
          <Typography.Text>{t('council.needed', { needed, present })}</Typography.Text>
        )}
        {needed !== undefined && typeof votesFor === 'number' && (
          <Alert
            type={votesFor >= needed ? 'success' : 'warning'}
            showIcon
            data-testid="council-outcome"
            title={
              votesFor >= needed
                ? t('council.willPass', { votes: votesFor })
                : t('council.willFail', { votes: votesFor })
            }
          />
        )}
      </Flex>
      <Form<CouncilValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          send({
            action: 'council',
            body: {
              metOn: values.metOn ?? '',
              members: values.members ?? 0,
              present: values.present ?? 0,
              votesFor: values.votesFor ?? 0,
              votesAgainst: values.votesAgainst ?? 0,
              ...(values.memberNames?.trim() ? { memberNames: values.memberNames.trim() } : {}),
              version: found.version,
            },
          })
        }
      >
        <Form.Item
          name="metOn"
          label={t('council.metOn')}
          rules={[{ required: true, message: t('common.required') }]}
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="members"
            label={t('council.members')}
            style={{ flex: '1 1 140px' }}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber min={1} max={1000} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="present"
            label={t('council.present')}
            style={{ flex: '1 1 140px' }}
            dependencies={['members']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_, value?: number | null) =>
                  typeof value === 'number' &&
                  typeof getFieldValue('members') === 'number' &&
                  value > (getFieldValue('members') as number)
                    ? Promise.reject(new Error(t('council.presentTooMany')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber min={1} max={1000} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={8} wrap>
          <Form.Item
            name="votesFor"
            label={t('council.votesFor')}
            style={{ flex: '1 1 140px' }}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber min={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="votesAgainst"
            label={t('council.votesAgainst')}
            style={{ flex: '1 1 140px' }}
            dependencies={['votesFor', 'present']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_, value?: number | null) => {
                  const votes = getFieldValue('votesFor') as number | null | undefined;
                  const here = getFieldValue('present') as number | null | undefined;
                  return typeof value === 'number' &&
                    typeof votes === 'number' &&
                    typeof here === 'number' &&
                    value + votes > here
                    ? Promise.reject(new Error(t('council.votesTooMany')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber min={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="memberNames" label={t('council.memberNames')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('council.submit')}
        </Button>
      </Form>
    </StepCard>
  );
}

interface AppraisalValues {
  passed: boolean;
  opinion: string;
  appraisedOn?: string;
}

/** "Thẩm định" by the deciding level: passed or not, the opinion, the day (today if left out). */
export function AppraisalStep({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const { form, send, refusal, pending } = useStepForm<AppraisalValues>(found, [
    'passed',
    'opinion',
    'appraisedOn',
  ]);
  return (
    <StepCard title={t('appraisal.title')} testId="appraisal-step">
      <Refusal lines={refusal} testId="appraisal-refused" />
      <Form<AppraisalValues>
        form={form}
        layout="vertical"
        initialValues={{ passed: true }}
        onFinish={(values) =>
          send({
            action: 'appraise',
            body: {
              passed: values.passed,
              opinion: values.opinion.trim(),
              ...(values.appraisedOn ? { appraisedOn: values.appraisedOn } : {}),
              version: found.version,
            },
          })
        }
      >
        <Form.Item name="passed" label={t('appraisal.result')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('result.passed') },
              { value: false, label: t('result.failed') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="opinion"
          label={t('appraisal.opinion')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item
          name="appraisedOn"
          label={t('appraisal.on')}
          extra={t('appraisal.onHint')}
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('appraisal.submit')}
        </Button>
      </Form>
    </StepCard>
  );
}

interface DecisionValues {
  number: string;
  signedOn?: string;
  signer: string;
  validUntil?: string;
}

/**
 * "Quyết định công nhận": number, signing day, signer and the validity (by default the signing
 * day plus the set's years), shown before it is sent; or refusal with reasons.
 */
export function DecisionStep({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const { form, send, refusal, pending } = useStepForm<DecisionValues>(found, [
    'number',
    'signedOn',
    'signer',
    'validUntil',
  ]);
  const signedOn = Form.useWatch('signedOn', form);
  const validUntil = Form.useWatch('validUntil', form);
  const years = found.criteriaSet.validityYears;
  const byDefault =
    signedOn && years !== undefined
      ? dayjs(signedOn).add(years, 'year').format('YYYY-MM-DD')
      : undefined;
  const shown = validUntil ?? byDefault;
  return (
    <StepCard title={t('decision.title')} testId="decision-step">
      <Refusal lines={refusal} testId="decision-refused" />
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          send({
            action: 'decide',
            body: {
              number: values.number.trim(),
              signedOn: values.signedOn ?? '',
              signer: values.signer.trim(),
              ...(values.validUntil ? { validUntil: values.validUntil } : {}),
              version: found.version,
            },
          })
        }
      >
        <Form.Item
          name="number"
          label={t('decision.number')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 100 },
          ]}
        >
          <Input placeholder="215/QĐ-UBND" />
        </Form.Item>
        <Form.Item
          name="signedOn"
          label={t('decision.signedOn')}
          rules={[{ required: true, message: t('common.required') }]}
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="signer"
          label={t('decision.signer')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 200 },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('decision.validUntil')}
          extra={
            years !== undefined
              ? t('decision.validUntilDefault', { years })
              : t('decision.validUntilNone')
          }
          {...dateField}
        >
          <DateInput />
        </Form.Item>
        <Typography.Paragraph strong data-testid="decision-valid-until">
          {shown
            ? t('decision.validUntilShown', { date: formatDate(shown) })
            : years === undefined
              ? t('decision.noEnd')
              : t('decision.validUntilPending')}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('decision.submit')}
        </Button>
      </Form>
    </StepCard>
  );
}

/** "Không công nhận": the deciding level refuses with reasons. */
export function RefusalStep({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const [open, setOpen] = useState(false);
  const { form, send, refusal, pending } = useStepForm<{ reasons: string }>(found, ['reasons']);
  if (!open) {
    return (
      <Button danger onClick={() => setOpen(true)}>
        {t('refusal.open')}
      </Button>
    );
  }
  return (
    <StepCard title={t('refusal.title')} testId="refusal-step">
      <Refusal lines={refusal} testId="refusal-refused" />
      <Form<{ reasons: string }>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          send(
            { action: 'refuse', body: { reasons: values.reasons.trim(), version: found.version } },
            () => setOpen(false),
          )
        }
      >
        <Form.Item
          name="reasons"
          label={t('refusal.reasons')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button danger type="primary" htmlType="submit" loading={pending}>
            {t('refusal.submit')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </StepCard>
  );
}

/** "Rút hồ sơ": the commune withdraws the case before the council has voted. */
export function WithdrawAction({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const [open, setOpen] = useState(false);
  const { form, send, refusal, pending } = useStepForm<{ reason?: string }>(found, ['reason']);
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('withdraw.open')}
      </Button>
      <Modal
        open={open}
        title={t('withdraw.title')}
        okText={t('withdraw.confirm')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={pending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Refusal lines={refusal} testId="withdraw-refused" />
        <Form<{ reason?: string }>
          form={form}
          layout="vertical"
          onFinish={(values) =>
            send(
              {
                action: 'withdraw',
                body: {
                  ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
                  version: found.version,
                },
              },
              () => setOpen(false),
            )
          }
        >
          <Form.Item name="reason" label={t('withdraw.reason')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
