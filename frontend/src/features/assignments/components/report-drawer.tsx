import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
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
  InputNumber,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personText } from '@/components/person-name';
import { QueryError } from '@/components/query-error';
import {
  type Assignment,
  type ReportSlot,
  useAssignmentReports,
} from '@/features/assignments/api/assignments';
import {
  REPORT_SUBMIT,
  type ReportSubmitPayload,
  useAssignmentOutbox,
} from '@/features/assignments/api/report-outbox';
import { ReportEvidence } from '@/features/assignments/components/report-evidence';
import { OutboxConflict } from '@/components/outbox-conflict';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';
import type { OutboxItem } from '@/lib/outbox/outbox-store';
import { useEnqueue } from '@/lib/outbox/use-outbox';

interface ReportValues {
  text: string;
  figures?: { label: string; value: number; unit?: string }[];
}

const STATUS_COLORS: Record<ReportSlot['status'], string> = {
  OPEN: 'default',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};

/**
 * The report of a period. Submitting puts it into the outbox (online too: one code path), which
 * sends it at once or when the network is back; the text of a failed send comes back here.
 */
function ReportForm({
  slot,
  assignment,
  failed,
}: {
  slot: ReportSlot;
  assignment: Assignment;
  failed: OutboxItem | undefined;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportValues>();
  const enqueue = useEnqueue();
  const draft = useFormDraft(form, `report:${slot.id}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retained = (failed?.payload as ReportSubmitPayload | undefined)?.body;
  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      initialValues={retained ?? { text: slot.text ?? '', figures: slot.figures }}
      onValuesChange={draft.save}
      onFinish={(values) => {
        setError(null);
        setBusy(true);
        const payload: ReportSubmitPayload = {
          reportId: slot.id,
          assignmentId: assignment.id,
          body: {
            text: values.text,
            figures: (values.figures ?? []).map((f) => ({
              label: f.label,
              value: f.value,
              ...(f.unit ? { unit: f.unit } : {}),
            })),
            version: slot.version,
          },
        };
        enqueue({
          kind: REPORT_SUBMIT,
          label: t('outbox.reportLabel', {
            period: slot.periodLabel,
            task: `${assignment.ordinal}. ${assignment.title}`,
          }),
          payload,
        })
          // the outbox holds the text now (and gives it back here if sending fails)
          .then(() => draft.clear())
          .catch((e: unknown) => setError(String(e)))
          .finally(() => setBusy(false));
      }}
    >
      {draft.note}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="text"
        label={t('reports.text')}
        rules={[{ required: true, whitespace: true, message: t('reports.textRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
      </Form.Item>
      <Form.List name="figures">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'label']} rules={[{ required: true }]} noStyle>
                  <Input
                    placeholder={t('reports.figureLabel')}
                    aria-label={t('reports.figureLabel')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} rules={[{ required: true }]} noStyle>
                  <InputNumber
                    placeholder={t('reports.figureValue')}
                    aria-label={t('reports.figureValue')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} noStyle>
                  <Input
                    placeholder={t('reports.figureUnit')}
                    aria-label={t('reports.figureUnit')}
                    style={{ width: 90 }}
                  />
                </Form.Item>
                <MinusCircleOutlined
                  aria-label={t('reports.removeFigure')}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('reports.addFigure')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>
        {slot.status === 'RETURNED' ? t('reports.resubmit') : t('reports.submit')}
      </Button>
    </Form>
  );
}

/** An assignment's periodic reports: each period's slot, its review, and the form to submit it. */
export function ReportDrawer({
  assignment,
  canReport,
  onClose,
}: {
  assignment: Assignment;
  canReport: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const reports = useAssignmentReports(assignment.id);
  const outbox = useAssignmentOutbox(assignment.id);
  return (
    <Drawer
      open
      title={`${t('reports.title')}: ${assignment.ordinal}. ${assignment.title}`}
      size={screens.md ? 560 : '100%'}
      onClose={onClose}
    >
      {reports.isError ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.isPending ? (
        <Skeleton active />
      ) : reports.data.length === 0 ? (
        <Empty description={t('reports.none')} />
      ) : (
        <Flex vertical gap="middle">
          {[...reports.data].reverse().map((slot) => {
            const latest = outbox.submissionOf(slot.id);
            // a sent one is old news once the province has returned the report
            const submission =
              latest?.state === 'sent' && slot.status === 'RETURNED' ? undefined : latest;
            const waiting =
              submission?.state === 'pending' ||
              submission?.state === 'sending' ||
              submission?.state === 'needs-login';
            const editable = canReport && (slot.status === 'OPEN' || slot.status === 'RETURNED');
            return (
              <Card
                key={slot.id}
                size="small"
                data-testid="report-slot"
                title={`${t('reports.period')} ${slot.periodLabel}`}
                extra={
                  <Space size={4} wrap>
                    {submission && !submission.discarded && <OutboxStateTag item={submission} />}
                    <Tag color={STATUS_COLORS[slot.status]}>
                      {t(`enums.ReportStatus.${slot.status}`)}
                    </Tag>
                    {slot.missing && <Tag color="red">{t('reports.missing')}</Tag>}
                    {slot.late && <Tag color="gold">{t('reports.late')}</Tag>}
                  </Space>
                }
              >
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {t('reports.window', {
                    from: formatDate(slot.figuresFrom),
                    to: formatDate(slot.figuresTo),
                    due: formatDate(slot.dueDate),
                  })}
                </Typography.Paragraph>
                {slot.status === 'RETURNED' && slot.reviewComment && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 8 }}
                    title={t('reports.returned', {
                      who: personText(slot.reviewedByPerson, slot.reviewedBy),
                      at: formatDateTime(slot.reviewedAt),
                      comment: slot.reviewComment,
                    })}
                  />
                )}
                {slot.text && slot.status !== 'RETURNED' && (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                    {slot.text}
                  </Typography.Paragraph>
                )}
                {submission?.state === 'conflict' && <OutboxConflict item={submission} />}
                {waiting && (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ whiteSpace: 'pre-wrap' }}
                    data-testid="report-waiting"
                  >
                    {(submission.payload as ReportSubmitPayload).body.text}
                  </Typography.Paragraph>
                )}
                <ReportEvidence
                  reportId={slot.id}
                  attachments={slot.attachments ?? []}
                  editable={editable}
                  waiting={outbox.evidenceOf(slot.id)}
                  outboxLabel={(name) =>
                    t('outbox.evidenceLabel', { name, period: slot.periodLabel })
                  }
                  assignmentId={assignment.id}
                />
                {editable &&
                  !waiting &&
                  !(submission?.state === 'conflict' && !submission.discarded) && (
                    <ReportForm
                      key={submission?.id ?? 'new'}
                      slot={slot}
                      assignment={assignment}
                      failed={submission?.state === 'error' ? submission : undefined}
                    />
                  )}
              </Card>
            );
          })}
        </Flex>
      )}
    </Drawer>
  );
}
