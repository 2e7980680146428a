import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPORT_EVIDENCE,
  type ReportEvidencePayload,
} from '@/features/assignments/api/report-outbox';
import {
  type Attachment,
  downloadEvidence,
  useDeleteEvidence,
} from '@/features/assignments/api/reports';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { PersonName } from '@/components/person-name';
import { ApiError } from '@/lib/api/api-error';
import { useSession } from '@/lib/auth/session';
import { saveBlob } from '@/lib/files/save-blob';
import { getOutboxItem, type OutboxItem } from '@/lib/outbox/outbox-store';
import { useEnqueue } from '@/lib/outbox/use-outbox';
import { preparePhoto } from '@/lib/photos/resize-photo';

/**
 * A report's evidence: files and photos. While the report can be submitted (`editable`), the
 * assigned organization adds them (on a phone, straight from the camera: resized first) and
 * removes them. New ones go through the outbox, so a photo taken without network waits there
 * (`waiting`) and is sent once, when the network is back.
 */
export function ReportEvidence({
  reportId,
  assignmentId,
  attachments,
  editable,
  waiting = [],
  outboxLabel = (fileName) => fileName,
}: {
  reportId: number;
  /** With `editable`: the assignment and the outbox's label of a new file. */
  assignmentId?: number;
  attachments: Attachment[];
  editable: boolean;
  waiting?: OutboxItem[];
  outboxLabel?: (fileName: string) => string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { subject = '' } = useSession();
  const enqueue = useEnqueue();
  const [adding, setAdding] = useState(0);
  const remove = useDeleteEvidence(reportId);
  const showError = (error: unknown) => {
    const problem = error instanceof ApiError ? error.problem : undefined;
    void message.error(problem?.errors?.[0]?.message ?? problem?.detail ?? String(error));
  };
  return (
    <Flex vertical gap={4} data-testid="report-evidence">
      <Typography.Text strong>{t('reports.evidence.title')}</Typography.Text>
      {waiting.map((item) => (
        <Flex
          key={item.id}
          align="center"
          gap={4}
          justify="space-between"
          data-testid="evidence-waiting"
        >
          <Typography.Text style={{ minWidth: 0 }}>
            <PaperClipOutlined /> {item.files[0]?.name}
          </Typography.Text>
          <OutboxStateTag item={item} />
        </Flex>
      ))}
      {attachments.length === 0 && waiting.length === 0 ? (
        <Typography.Text type="secondary">{t('reports.evidence.none')}</Typography.Text>
      ) : attachments.length === 0 ? null : (
        <Flex vertical gap={2}>
          {attachments.map((a) => (
            <Flex key={a.id} align="center" gap={4} justify="space-between">
              <Button
                type="link"
                size="small"
                icon={<PaperClipOutlined />}
                style={{
                  paddingInline: 0,
                  whiteSpace: 'normal',
                  textAlign: 'start',
                  height: 'auto',
                }}
                onClick={() =>
                  void downloadEvidence(reportId, a)
                    .then((blob) => saveBlob(blob, a.fileName))
                    .catch(showError)
                }
              >
                {a.fileName}
              </Button>
              {(a.uploadedByPerson ?? a.uploadedBy) && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
                  <PersonName
                    person={a.uploadedByPerson}
                    fallback={a.uploadedBy}
                    withOrganization={false}
                  />
                </Typography.Text>
              )}
              {editable && (
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={`${t('reports.evidence.delete')} ${a.fileName}`}
                  loading={remove.isPending && remove.variables === a.id}
                  onClick={() => void remove.mutateAsync(a.id).catch(showError)}
                />
              )}
            </Flex>
          ))}
        </Flex>
      )}
      {editable && (
        <Upload
          accept="image/*,.pdf,.docx,.xlsx"
          showUploadList={false}
          multiple
          customRequest={({ file, onSuccess, onError }) => {
            setAdding((n) => n + 1);
            preparePhoto(file as File)
              .then((photo) =>
                enqueue<ReportEvidencePayload>({
                  kind: REPORT_EVIDENCE,
                  label: outboxLabel(photo.name),
                  payload: { reportId, assignmentId: assignmentId ?? 0 },
                  files: [photo],
                }),
              )
              .then(async ({ item, sending }) => {
                await sending;
                const now = await getOutboxItem(subject, item.id);
                const name = item.files[0]?.name ?? '';
                if (now?.state === 'sent') {
                  void message.success(t('reports.evidence.added', { name }));
                } else if (now?.state !== 'error' && now?.state !== 'conflict') {
                  void message.info(t('outbox.queued'));
                }
                onSuccess?.(now);
              })
              .catch((error: unknown) => {
                showError(error);
                onError?.(error as Error);
              })
              .finally(() => setAdding((n) => n - 1));
          }}
        >
          <Button icon={<UploadOutlined />} loading={adding > 0}>
            {t('reports.evidence.add')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
