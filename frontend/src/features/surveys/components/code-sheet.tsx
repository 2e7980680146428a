import { CloseOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Typography } from 'antd';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SatisfactionCodeBatch, SatisfactionSurvey } from '@/features/surveys/api/surveys';
import { saveBlob } from '@/lib/files/save-blob';
import '@/features/surveys/components/code-sheet.css';

const OPEN_CLASS = 'survey-code-sheet-open';
/** Above the app's layout and drawers (code-sheet.css); its own pop-ups go above it. */
const SHEET_Z = 1100;

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The codes as .csv (UTF-8 with BOM, for Excel): one row a code, with its area and the link. */
export function codesCsv(batch: SatisfactionCodeBatch, header: string): Blob {
  const rows = batch.codes.map((code) =>
    [code, batch.residentialAreaName, batch.link].map(csvField).join(','),
  );
  return new Blob([`\uFEFF${[header, ...rows].join('\r\n')}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
}

/** The codes as plain text: the heading, the link, the area, one code a line. */
export function codesText(batch: SatisfactionCodeBatch, heading: string): Blob {
  const lines = [heading, batch.link, batch.residentialAreaName, '', ...batch.codes];
  return new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/plain;charset=utf-8' });
}

/**
 * The printable sheet of a batch of one-time codes, as a view over the page: A4 slips to cut, each
 * with the survey, the commune and area, the public page's absolute address, the code and a short
 * instruction; "In" prints only the slips. The codes are shown this once (the server keeps hashes),
 * so the sheet says so and offers the .csv and .txt too.
 */
export function CodeSheet({
  survey,
  batch,
  onClose,
}: {
  survey: SatisfactionSurvey;
  batch: SatisfactionCodeBatch;
  onClose: () => void;
}) {
  const { t } = useTranslation('surveys');
  useEffect(() => {
    document.body.classList.add(OPEN_CLASS);
    return () => document.body.classList.remove(OPEN_CLASS);
  }, []);
  const fileName = `ma-khao-sat-${survey.id}-${batch.residentialAreaId}`;
  return createPortal(
    <div
      className="survey-code-sheet"
      style={{ zIndex: SHEET_Z }}
      role="dialog"
      aria-modal="true"
      aria-label={t('codes.sheetTitle', { area: batch.residentialAreaName })}
    >
      <Flex vertical gap="small" className="survey-code-sheet__screen-only">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('codes.sheetTitle', { area: batch.residentialAreaName })}
        </Typography.Title>
        <Alert type="warning" showIcon title={t('codes.onceOnly')} data-testid="codes-once" />
        <Flex gap={8} wrap>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('codes.print')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => saveBlob(codesCsv(batch, t('codes.csvHeader')), `${fileName}.csv`)}
          >
            {t('codes.csv')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              saveBlob(
                codesText(batch, t('codes.fileHeading', { name: survey.name })),
                `${fileName}.txt`,
              )
            }
          >
            {t('codes.txt')}
          </Button>
          <Popconfirm
            title={t('codes.closeConfirm')}
            okText={t('codes.closeOk')}
            cancelText={t('codes.keepOpen')}
            onConfirm={onClose}
            zIndex={SHEET_Z + 10}
          >
            <Button icon={<CloseOutlined />}>{t('codes.close')}</Button>
          </Popconfirm>
        </Flex>
      </Flex>
      <ul className="survey-code-sheet__slips" aria-label={t('codes.slips')}>
        {batch.codes.map((code) => (
          <li
            key={code}
            className="survey-code-sheet__slip"
            aria-label={t('codes.slipLabel', { code })}
          >
            <div className="survey-code-sheet__survey">{survey.name}</div>
            <div>
              {t('codes.slipArea', { unit: survey.unit.name, area: batch.residentialAreaName })}
            </div>
            <div>
              {t('codes.slipLink')} <span className="survey-code-sheet__link">{batch.link}</span>
            </div>
            <div>
              {t('codes.slipCode')} <span className="survey-code-sheet__code">{code}</span>
            </div>
            <div>{t('codes.slipHelp')}</div>
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  );
}
