import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type Attachment,
  downloadEvidence,
  useAddEvidence,
  useDeleteEvidence,
} from '@/features/assignments/api/reports';
import { PersonName } from '@/components/person-name';
import { ApiError } from '@/lib/api/api-error';
import { saveBlob } from '@/lib/files/save-blob';

/**
 * A report's evidence: files and photos. While the report can be submitted (`editable`), the
 * assigned organization adds them (on a phone, straight from the camera) and removes them.
 */
export function ReportEvidence({
  reportId,
  attachments,
  editable,
}: {
  reportId: number;
  attachments: Attachment[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddEvidence(reportId);
  const remove = useDeleteEvidence(reportId);
  const showError = (error: unknown) => {
    const problem = error instanceof ApiError ? error.problem : undefined;
    void message.error(problem?.errors?.[0]?.message ?? problem?.detail ?? String(error));
  };
  return (
    <Flex vertical gap={4} data-testid="report-evidence">
      <Typography.Text strong>{t('reports.evidence.title')}</Typography.Text>
      {attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('reports.evidence.none')}</Typography.Text>
      ) : (
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
          customRequest={({ file, onSuccess, onError }) => {
            add
              .mutateAsync(file as File)
              .then((added) => {
                void message.success(t('reports.evidence.added', { name: added.fileName }));
                onSuccess?.(added);
              })
              .catch((error: unknown) => {
                showError(error);
                onError?.(error as Error);
              });
          }}
        >
          <Button icon={<UploadOutlined />} loading={add.isPending}>
            {t('reports.evidence.add')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
