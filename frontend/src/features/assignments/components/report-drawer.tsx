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
  useSubmitReport,
} from '@/features/assignments/api/assignments';
import { ReportEvidence } from '@/features/assignments/components/report-evidence';
import { ApiError } from '@/lib/api/api-error';
import { formatDate, formatDateTime } from '@/lib/dates';

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

function ReportForm({ slot }: { slot: ReportSlot }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportValues>();
  const submit = useSubmitReport();
  const [error, setError] = useState<string | null>(null);
  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      initialValues={{ text: slot.text ?? '', figures: slot.figures }}
      onFinish={(values) => {
        setError(null);
        submit
          .mutateAsync({
            id: slot.id,
            body: {
              text: values.text,
              figures: (values.figures ?? []).map((f) => ({
                label: f.label,
                value: f.value,
                ...(f.unit ? { unit: f.unit } : {}),
              })),
              version: slot.version,
            },
          })
          .catch((e: unknown) => {
            const problem = e instanceof ApiError ? e.problem : undefined;
            setError(problem?.detail ?? problem?.title ?? String(e));
          });
      }}
    >
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
      <Button type="primary" htmlType="submit" loading={submit.isPending} style={{ marginTop: 12 }}>
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
          {[...reports.data].reverse().map((slot) => (
            <Card
              key={slot.id}
              size="small"
              data-testid="report-slot"
              title={`${t('reports.period')} ${slot.periodLabel}`}
              extra={
                <Space size={4}>
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
              <ReportEvidence
                reportId={slot.id}
                attachments={slot.attachments ?? []}
                editable={canReport && (slot.status === 'OPEN' || slot.status === 'RETURNED')}
              />
              {canReport && (slot.status === 'OPEN' || slot.status === 'RETURNED') && (
                <ReportForm slot={slot} />
              )}
            </Card>
          ))}
        </Flex>
      )}
    </Drawer>
  );
}
