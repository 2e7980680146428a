import { FileOutlined } from '@ant-design/icons';
import { Flex, Image, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import {
  type RecognitionAttachment,
  useRecognitionEvidence,
} from '@/features/recognition/api/recognition';
import type { OutboxItem } from '@/lib/outbox/outbox-store';

function EvidencePhoto({
  caseId,
  criterionId,
  attachment,
}: {
  caseId: number;
  criterionId: number;
  attachment: RecognitionAttachment;
}) {
  const { t } = useTranslation('recognition');
  const photo = useRecognitionEvidence(caseId, criterionId, attachment.id);
  const [url, setUrl] = useState<string>();
  const blob = photo.data;
  useEffect(() => {
    if (!blob) {
      return undefined;
    }
    // the URL is a resource outside React: made and freed by this effect, in step with the blob
    const made = URL.createObjectURL(blob);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [blob]);
  return url ? (
    <Image
      src={url}
      alt={t('evidence.photoAlt', { name: attachment.fileName })}
      width={96}
      height={72}
      style={{ objectFit: 'cover' }}
    />
  ) : (
    <Skeleton.Image active style={{ width: 96, height: 72 }} />
  );
}

/**
 * A criterion's evidence: the photos and files the server has (photos shown small), and the
 * photos still waiting in the outbox with their state.
 */
export function EvidenceList({
  caseId,
  criterionId,
  attachments,
  waiting = [],
}: {
  caseId: number;
  criterionId: number;
  attachments: RecognitionAttachment[];
  waiting?: OutboxItem[];
}) {
  const { t } = useTranslation('recognition');
  if (attachments.length === 0 && waiting.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="no-evidence">
        {t('evidence.none')}
      </Typography.Text>
    );
  }
  const photos = attachments.filter((a) => a.mediaType.startsWith('image/'));
  const files = attachments.filter((a) => !a.mediaType.startsWith('image/'));
  return (
    <Flex vertical gap={4} data-testid="evidence-list">
      {photos.length > 0 && (
        <Flex gap={4} wrap>
          {photos.map((a) => (
            <EvidencePhoto key={a.id} caseId={caseId} criterionId={criterionId} attachment={a} />
          ))}
        </Flex>
      )}
      {files.map((a) => (
        <Typography.Text key={a.id} ellipsis>
          <FileOutlined /> {a.fileName}
        </Typography.Text>
      ))}
      {waiting.map((item) => (
        <Flex
          key={item.id}
          gap={4}
          align="center"
          justify="space-between"
          data-testid="evidence-waiting"
        >
          <Typography.Text ellipsis>{item.files[0]?.name}</Typography.Text>
          <OutboxStateTag item={item} />
        </Flex>
      ))}
    </Flex>
  );
}
