import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '@/components/person-name';
import { type ReportSlot, useReviewReport } from '@/features/assignments/api/reports';
import { EvidencePreview } from '@/features/assignments/components/inbox/evidence-preview';
import { ReportEvidence } from '@/features/assignments/components/report-evidence';
import { ApiError } from '@/lib/api/api-error';
import { useFormDraft } from '@/lib/drafts/use-form-draft';
import { formatDate, formatDateTime } from '@/lib/dates';

export function problemText(error: unknown): string {
  const problem = error instanceof ApiError ? error.problem : undefined;
  return problem?.detail ?? problem?.title ?? String(error);
}

/** The dialog that returns a report: the comment is required, and says what to add. */
function ReturnDialog({ slot, onClose }: { slot: ReportSlot; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment: string }>();
  const draft = useFormDraft(form, `review-comment:${slot.id}`);
  const review = useReviewReport();
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  return (
    <Modal
      open
      title={t('inbox.returnTitle', {
        period: slot.periodLabel,
        organization: slot.organization.name,
      })}
      okText={t('inbox.return')}
      cancelText={t('common.cancel')}
      confirmLoading={review.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form
        form={form}
        layout="vertical"
        onValuesChange={draft.save}
        onFinish={({ comment }) => {
          setError(null);
          review
            .mutateAsync({
              id: slot.id,
              body: { decision: 'RETURNED', comment, version: slot.version },
            })
            .then(() => {
              draft.clear();
              void message.success(t('inbox.returned'));
              onClose();
            })
            .catch((e: unknown) => {
              const fieldError =
                e instanceof ApiError
                  ? e.problem?.errors?.find((f) => f.field === 'comment')
                  : undefined;
              if (fieldError) {
                form.setFields([{ name: 'comment', errors: [fieldError.message] }]);
              } else {
                setError(problemText(e));
              }
            });
        }}
      >
        {draft.note}
        <Form.Item
          name="comment"
          label={t('inbox.comment')}
          rules={[{ required: true, whitespace: true, message: t('inbox.commentRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * One report in full, as the reviewer reads it: who sent what and when, figures, evidence seen in
 * place (photos and PDFs), its history, and accept / return.
 */
export function ReportDetail({
  slot,
  canReview,
  bordered = true,
}: {
  slot: ReportSlot;
  canReview: boolean;
  bordered?: boolean;
}) {
  const { t } = useTranslation();
  const review = useReviewReport();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card
      size="small"
      variant={bordered ? 'outlined' : 'borderless'}
      data-testid="inbox-report"
      title={
        <Typography.Text style={{ whiteSpace: 'normal' }}>
          {slot.ordinal}. {slot.title}
        </Typography.Text>
      }
      extra={slot.directiveNumber && <Tag>{slot.directiveNumber}</Tag>}
    >
      <Flex vertical gap={8}>
        <Space size={4} wrap>
          <Tag>{slot.periodLabel}</Tag>
          <Tag
            color={
              slot.status === 'SUBMITTED' ? 'blue' : slot.status === 'ACCEPTED' ? 'green' : 'orange'
            }
          >
            {t(`enums.ReportStatus.${slot.status}`)}
          </Tag>
          {slot.late && <Tag color="gold">{t('reports.late')}</Tag>}
          {slot.missing && <Tag color="red">{t('reports.missing')}</Tag>}
        </Space>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'org', label: t('inbox.organization'), children: slot.organization.name },
            { key: 'due', label: t('inbox.due'), children: formatDate(slot.dueDate) },
            ...(slot.submittedAt
              ? [
                  {
                    key: 'by',
                    label: t('inbox.submitted'),
                    children: (
                      <span>
                        <PersonName person={slot.submittedByPerson} fallback={slot.submittedBy} /> ·{' '}
                        {formatDateTime(slot.submittedAt)}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(slot.reviewedAt
              ? [
                  {
                    key: 'reviewed',
                    label: t('people.reviewedBy'),
                    children: (
                      <span>
                        <PersonName person={slot.reviewedByPerson} fallback={slot.reviewedBy} /> ·{' '}
                        {formatDateTime(slot.reviewedAt)}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {slot.text && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {slot.text}
          </Typography.Paragraph>
        )}
        {slot.figures.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {slot.figures.map((f) => (
              <li key={f.label}>
                {f.label}: <strong>{f.value}</strong> {f.unit ?? ''}
              </li>
            ))}
          </ul>
        )}
        <ReportEvidence reportId={slot.id} attachments={slot.attachments} editable={false} />
        <EvidencePreview key={slot.id} reportId={slot.id} attachments={slot.attachments} />
        {slot.history.length > 0 && (
          <details>
            <summary>{t('inbox.history', { count: slot.history.length })}</summary>
            <Timeline
              style={{ marginTop: 12 }}
              items={slot.history.map((e) => ({
                key: `${e.action}-${e.at}`,
                content: (
                  <>
                    <Typography.Text strong>{t(`inbox.actions.${e.action}`)}</Typography.Text>{' '}
                    <PersonName person={e.actorPerson} fallback={e.actor} /> ·{' '}
                    {formatDateTime(e.at)}
                    {e.comment && <div>«{e.comment}»</div>}
                  </>
                ),
              }))}
            />
          </details>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {canReview && slot.status === 'SUBMITTED' && (
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={review.isPending}
              onClick={() => {
                setError(null);
                review
                  .mutateAsync({
                    id: slot.id,
                    body: { decision: 'ACCEPTED', version: slot.version },
                  })
                  .then(() => void message.success(t('inbox.accepted')))
                  .catch((e: unknown) => setError(problemText(e)));
              }}
            >
              {t('inbox.accept')}
            </Button>
            <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
              {t('inbox.return')}
            </Button>
          </Flex>
        )}
      </Flex>
      {returning && <ReturnDialog slot={slot} onClose={() => setReturning(false)} />}
    </Card>
  );
}
