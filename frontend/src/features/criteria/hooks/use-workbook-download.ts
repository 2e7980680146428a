import { useTranslation } from 'react-i18next';
import { useDownload } from '@/lib/files/use-download';

/**
 * Downloads a workbook (it comes with the bearer token, so through a blob): `busy` while it
 * downloads, for the button to say so; a refusal is shown as a message.
 */
export function useWorkbookDownload() {
  const { t } = useTranslation('criteria');
  return useDownload((reason) => t('download.failed', { reason }));
}
