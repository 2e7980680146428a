import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  App,
  Alert,
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  theme,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { personText } from '@/components/person-name';
import { QueryError } from '@/components/query-error';
import {
  type Attachment,
  type Directive,
  downloadAttachment,
  type ProposedTask,
  type RelationStep,
  useDeleteAttachment,
  useDeleteDirective,
  useDirective,
  useDirectiveAttachments,
  useDirectiveRelations,
  useUploadAttachment,
} from '@/features/directives/api/directives';
import { DirectiveTags } from '@/features/directives/components/directive-tags';
import { DirectiveTasks } from '@/features/directives/components/directive-tasks';
import { ApiError } from '@/lib/api/api-error';
import { saveBlob } from '@/lib/files/save-blob';
import { formatDate, formatDateTime } from '@/lib/dates';

interface DirectiveDetailProps {
  directiveId: number;
  directivePath: (id: number) => string;
  editPath: (id: number) => string;
  listPath: string;
  taskPath: (id: number) => string;
  canEdit: boolean;
  /** Tasks proposed by the document the directive was just registered from. */
  proposedTasks?: ProposedTask[];
  onProposedTasksHandled?: () => void;
}

function problemDetail(error: unknown): string | undefined {
  return error instanceof ApiError ? (error.problem?.detail ?? error.problem?.title) : undefined;
}

/** The kinds of file the server keeps (it reads the type from the content). */
const MEDIA_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function RelationList({
  steps,
  directivePath,
}: {
  steps: RelationStep[];
  directivePath: (id: number) => string;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (steps.length === 0) {
    return (
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('directives.relations.none')}
      </Typography.Paragraph>
    );
  }
  return (
    <Flex vertical role="list">
      {steps.map((step) => (
        <Flex
          key={step.id}
          role="listitem"
          wrap
          gap={4}
          align="center"
          style={{
            // a step further up or down the chain is indented by its depth
            paddingInlineStart: (step.depth - 1) * 16,
            paddingBlock: token.paddingXXS,
            borderBottom: `1px solid ${token.colorSplit}`,
          }}
        >
          <Tag color="blue">{t(`enums.RelationKind.${step.kind}`)}</Tag>
          {step.depth > 1 && (
            <Typography.Text type="secondary">
              {t('directives.relations.depth', { depth: step.depth })}
            </Typography.Text>
          )}
          {step.directive ? (
            <Link to={directivePath(step.directive.id)}>
              {t(`enums.DirectiveType.${step.directive.type}`)} {step.directive.number?.text ?? ''}
              {step.directive.issueDate ? `, ${formatDate(step.directive.issueDate)}` : ''} —{' '}
              {step.directive.subject}
            </Link>
          ) : (
            <>
              <Typography.Text>
                {step.type ? t(`enums.DirectiveType.${step.type}`) : ''} {step.number?.text ?? ''}
                {step.issueDate ? `, ${formatDate(step.issueDate)}` : ''}
              </Typography.Text>
              {!step.linked && <Tag>{t('directives.relations.waiting')}</Tag>}
            </>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

function Attachments({ directive, canEdit }: { directive: Directive; canEdit: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const attachments = useDirectiveAttachments(directive.id);
  const upload = useUploadAttachment(directive.id);
  const remove = useDeleteAttachment(directive.id);
  const [downloading, setDownloading] = useState<number | null>(null);
  const showError = (error: unknown) => void message.error(problemDetail(error) ?? String(error));

  const download = (attachment: Attachment) => {
    setDownloading(attachment.id);
    downloadAttachment(directive.id, attachment)
      .then((blob) => saveBlob(blob, attachment.fileName))
      .catch(showError)
      .finally(() => setDownloading(null));
  };

  const list = attachments.isPending ? (
    <Skeleton active paragraph={{ rows: 2 }} />
  ) : attachments.isError ? (
    <QueryError compact error={attachments.error} onRetry={() => void attachments.refetch()} />
  ) : attachments.data.length === 0 ? (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
      {t('directives.attachments.none')}
    </Typography.Paragraph>
  ) : (
    <Flex vertical role="list" aria-label={t('directives.attachments.title')}>
      {attachments.data.map((a) => (
        <Flex
          key={a.id}
          role="listitem"
          justify="space-between"
          align="start"
          gap="small"
          style={{ paddingBlock: token.paddingXS, borderBottom: `1px solid ${token.colorSplit}` }}
        >
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              <PaperClipOutlined /> {a.fileName}
            </Typography.Text>
            <Space wrap size={4}>
              <Tag>{MEDIA_TYPES[a.mediaType] ?? a.mediaType}</Tag>
              <Typography.Text type="secondary">{sizeText(a.size)}</Typography.Text>
            </Space>
            <Typography.Text type="secondary">
              {t('directives.attachments.by', {
                user: personText(a.uploadedByPerson, a.uploadedBy),
                at: formatDateTime(a.uploadedAt),
              })}
            </Typography.Text>
            <Typography.Text type="secondary" title={a.sha256}>
              SHA-256 {a.sha256.slice(0, 12)}…
            </Typography.Text>
          </Flex>
          <Space>
            <Button
              icon={<DownloadOutlined />}
              loading={downloading === a.id}
              aria-label={`${t('directives.attachments.download')} ${a.fileName}`}
              onClick={() => download(a)}
            />
            {canEdit && (
              <Popconfirm
                title={t('directives.attachments.deleteConfirm', { name: a.fileName })}
                okText={t('directives.attachments.delete')}
                okButtonProps={{ danger: true }}
                onConfirm={() => void remove.mutateAsync(a.id).catch(showError)}
              >
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${t('directives.attachments.delete')} ${a.fileName}`}
                />
              </Popconfirm>
            )}
          </Space>
        </Flex>
      ))}
    </Flex>
  );

  return (
    <Card size="small" title={t('directives.attachments.title')}>
      {list}
      {canEdit && (
        <Upload
          accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            upload
              .mutateAsync(file as File)
              .then((added) => {
                void message.success(
                  t('directives.attachments.uploaded', { name: added.fileName }),
                );
                onSuccess?.(added);
              })
              .catch((error: unknown) => {
                showError(error);
                onError?.(error as Error);
              });
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginTop: 8 }}>
            {t('directives.attachments.upload')}
          </Button>
        </Upload>
      )}
    </Card>
  );
}

/**
 * A directive: its record, its tasks, the chain of directives it implements and that implement it,
 * its files.
 */
export function DirectiveDetail({
  directiveId,
  directivePath,
  editPath,
  listPath,
  taskPath,
  canEdit,
  proposedTasks,
  onProposedTasksHandled,
}: DirectiveDetailProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const directive = useDirective(directiveId);
  const relations = useDirectiveRelations(directiveId);
  const remove = useDeleteDirective(directiveId);

  if (directive.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (directive.isError) {
    return <QueryError error={directive.error} onRetry={() => void directive.refetch()} />;
  }
  const d = directive.data;
  const cadences = d.reportingCadences ?? [];

  return (
    <Flex vertical gap="middle">
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'normal' }}>
            {t(`enums.DirectiveType.${d.type}`)} {d.number?.text ?? t('directives.noNumber')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph strong style={{ fontSize: 16 }}>
          {d.subject}
        </Typography.Paragraph>
        <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 12 }}>
          <Space wrap size={4}>
            <DirectiveTags status={d.status} confidential={d.confidential} />
            {d.publicAccess && <Tag color="cyan">{t('directives.public')}</Tag>}
          </Space>
          {canEdit && (
            <Space>
              <Link to={editPath(d.id)}>
                <Button icon={<EditOutlined />}>{t('directives.edit')}</Button>
              </Link>
              <Popconfirm
                title={t('directives.deleteConfirm')}
                okText={t('directives.deleteOk')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  void remove
                    .mutateAsync(d.version)
                    .then(() => {
                      void message.success(t('directives.deleted'));
                      void navigate(listPath);
                    })
                    // 409: the server says why (the directive has tasks, or it changed meanwhile)
                    .catch((error: unknown) => message.error(problemDetail(error) ?? String(error)))
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('directives.delete')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('directives.fields.issuer')}>
            {d.issuer.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.fields.issueDate')}>
            {[d.place, formatDate(d.issueDate)].filter(Boolean).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.fields.signer')}>
            {[d.signingCapacity, d.signer].filter(Boolean).join(' — ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.fields.period')}>
            {d.periodFrom ? `${d.periodFrom}${d.periodTo ? `–${d.periodTo}` : ''}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.fields.monitoringOrganization')}>
            {d.monitoringOrganization?.name ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.fields.reportingCadences')}>
            {cadences.map((c) => t(`enums.ReportingCadence.${c}`)).join(', ')}
            {d.midTermReviewDate
              ? ` · ${t('directives.fields.midTermReviewDate')} ${formatDate(d.midTermReviewDate)}`
              : ''}
            {d.finalReviewDate
              ? ` · ${t('directives.fields.finalReviewDate')} ${formatDate(d.finalReviewDate)}`
              : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.fields.recipients')} span="filled">
            {d.recipients.map((r) => r.name).join('; ')}
          </Descriptions.Item>
        </Descriptions>
        {d.confidential ? (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title={t('directives.fullTextConfidential')}
          />
        ) : (
          d.fullText && (
            <Collapse
              style={{ marginTop: 12 }}
              items={[
                {
                  key: 'text',
                  label: t('directives.showFullText'),
                  children: (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                      {d.fullText}
                    </Typography.Paragraph>
                  ),
                },
              ]}
            />
          )
        )}
      </Card>
      <DirectiveTasks
        directive={d}
        canEdit={canEdit}
        taskPath={taskPath}
        proposed={proposedTasks}
        onProposedHandled={onProposedTasksHandled}
      />
      <Card size="small" title={t('directives.relations.title')}>
        {relations.isError ? (
          <QueryError error={relations.error} onRetry={() => void relations.refetch()} />
        ) : relations.isPending ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap="small">
            <section aria-label={t('directives.relations.up')}>
              <Typography.Text strong>{t('directives.relations.up')}</Typography.Text>
              <RelationList steps={relations.data.up} directivePath={directivePath} />
            </section>
            <section aria-label={t('directives.relations.down')}>
              <Typography.Text strong>{t('directives.relations.down')}</Typography.Text>
              <RelationList steps={relations.data.down} directivePath={directivePath} />
            </section>
          </Flex>
        )}
      </Card>
      {d.confidential ? (
        <Empty description={t('directives.fullTextConfidential')} />
      ) : (
        <Attachments directive={d} canEdit={canEdit} />
      )}
    </Flex>
  );
}
