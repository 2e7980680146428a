import { EyeOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Image, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Attachment, useEvidenceBlob } from '@/features/assignments/api/reports';
import { renderPdfPages } from '@/features/assignments/components/inbox/pdf-pages';

/** How many pages of a PDF the preview draws. */
const PDF_PAGES = 3;

/** An object URL for `blob`, revoked when the blob changes or the component goes away. */
function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
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
  return url;
}

function ImageThumb({ reportId, attachment }: { reportId: number; attachment: Attachment }) {
  const { t } = useTranslation();
  const blob = useEvidenceBlob(reportId, attachment);
  const url = useObjectUrl(blob.data);
  if (blob.isError) {
    return <Typography.Text type="danger">{t('inboxList.preview.failed')}</Typography.Text>;
  }
  return url ? (
    <Image
      src={url}
      alt={attachment.fileName}
      width={112}
      height={112}
      style={{ objectFit: 'cover', borderRadius: 6 }}
    />
  ) : (
    <Skeleton.Image active style={{ width: 112, height: 112 }} />
  );
}

function PdfPreview({ reportId, attachment }: { reportId: number; attachment: Attachment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const blob = useEvidenceBlob(reportId, attachment, open);
  const pages = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'drawn'; shown: number; total: number } | { kind: 'failed' }
  >({ kind: 'idle' });

  useEffect(() => {
    const target = pages.current;
    if (!open || !blob.data || !target) {
      return undefined;
    }
    let cancelled = false;
    renderPdfPages(blob.data, target, {
      maxPages: PDF_PAGES,
      pageLabel: (page) => t('inboxList.preview.page', { page, name: attachment.fileName }),
      cancelled: () => cancelled,
    })
      .then((drawn) => !cancelled && setState({ kind: 'drawn', ...drawn }))
      .catch(() => !cancelled && setState({ kind: 'failed' }));
    return () => {
      cancelled = true;
      target.replaceChildren();
    };
  }, [open, blob.data, attachment.fileName, t]);

  if (!open) {
    return (
      <Button
        icon={<FilePdfOutlined />}
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'start' }}
      >
        {t('inboxList.preview.pdf', { name: attachment.fileName })}
      </Button>
    );
  }
  return (
    <Flex vertical gap={4} data-testid="pdf-preview">
      <Typography.Text type="secondary">
        <FilePdfOutlined /> {attachment.fileName}
      </Typography.Text>
      {(blob.isPending || (blob.data && state.kind === 'idle')) && <Skeleton active />}
      {(blob.isError || state.kind === 'failed') && (
        <Alert type="warning" showIcon title={t('inboxList.preview.failed')} />
      )}
      <div ref={pages} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
      {state.kind === 'drawn' && state.total > state.shown && (
        <Typography.Text type="secondary">
          {t('inboxList.preview.morePages', { shown: state.shown, total: state.total })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The evidence seen in place: photos as thumbnails that open full size, PDFs drawn page by page
 * when asked (pdf.js is loaded then). Files come with the bearer token, as object URLs freed when
 * the report is closed.
 */
export function EvidencePreview({
  reportId,
  attachments,
}: {
  reportId: number;
  attachments: Attachment[];
}) {
  const { t } = useTranslation();
  const images = attachments.filter((a) => a.mediaType.startsWith('image/'));
  const pdfs = attachments.filter((a) => a.mediaType === 'application/pdf');
  if (images.length === 0 && pdfs.length === 0) {
    return null;
  }
  return (
    <Flex vertical gap={8} data-testid="evidence-preview" aria-label={t('inboxList.preview.title')}>
      <Typography.Text type="secondary">
        <EyeOutlined /> {t('inboxList.preview.title')}
      </Typography.Text>
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {images.map((a) => (
              <ImageThumb key={a.id} reportId={reportId} attachment={a} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {pdfs.map((a) => (
        <PdfPreview key={a.id} reportId={reportId} attachment={a} />
      ))}
    </Flex>
  );
}
