import { FileOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  downloadRuralEvidence,
  type RuralAttachment,
  useAddRuralEvidence,
} from '@/features/rural/api/rural';
import { problemText } from '@/lib/api/problem-text';
import { useDownload } from '@/lib/files/use-download';

const ACCEPT =
  '.pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The evidence of a saved assessment: its files (each downloaded with the token) and, for who may
 * assess, "Đính kèm minh chứng" (a file or a photo from the camera; the server reads its type).
 */
export function EvidenceFiles({
  unitId,
  year,
  criterionId,
  attachments,
  canAdd,
}: {
  unitId: number;
  year: number;
  criterionId: number;
  attachments: RuralAttachment[];
  canAdd: boolean;
}) {
  const { t } = useTranslation('rural');
  const { message } = App.useApp();
  const add = useAddRuralEvidence(unitId);
  const download = useDownload((reason) => t('evidence.downloadFailed', { reason }));
  return (
    <Flex vertical gap={4} data-testid="rural-evidence">
      {attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('evidence.none')}</Typography.Text>
      ) : (
        attachments.map((a) => (
          <Button
            key={a.id}
            type="link"
            icon={<FileOutlined />}
            style={{ paddingInline: 0, justifyContent: 'flex-start' }}
            loading={download.busy === String(a.id)}
            aria-label={t('evidence.download', { name: a.fileName })}
            onClick={() =>
              download.run(String(a.id), () => downloadRuralEvidence(unitId, year, criterionId, a))
            }
          >
            <Typography.Text ellipsis>{a.fileName}</Typography.Text>
          </Button>
        ))
      )}
      {canAdd && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            add.mutate(
              { year, criterionId, file },
              {
                onSuccess: (stored) =>
                  void message.success(t('evidence.added', { name: stored.fileName })),
                onError: (failure) =>
                  void message.error(
                    t('evidence.addFailed', { reason: problemText(failure).join(' · ') }),
                  ),
              },
            );
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={add.isPending}>
            {t('evidence.add')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
