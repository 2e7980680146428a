import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workbook } from '@/features/criteria/api/criteria';
import { problemText } from '@/features/criteria/components/criteria-problems';
import { saveBlob } from '@/lib/files/save-blob';

/**
 * Downloads a workbook (it comes with the bearer token, so through a blob): `busy` while it
 * downloads, for the button to say so; a refusal is shown as a message.
 */
export function useWorkbookDownload() {
  const { t, i18n } = useTranslation(['translation', 'criteria']);
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | undefined>();
  const run = (which: string, load: () => Promise<Workbook>) => {
    setBusy(which);
    load()
      .then(({ blob, fileName }) => saveBlob(blob, fileName))
      .catch((error: unknown) => {
        const reason = problemText(error, i18n.language, t('common.networkError'));
        void message.error(t('criteria:download.failed', { reason }));
      })
      .finally(() => setBusy(undefined));
  };
  return { busy, run };
}
