import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, inLanguage } from '@/lib/api/api-error';
import { saveBlob } from '@/lib/files/save-blob';

/** A file that came with the bearer token (so as a blob) and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Downloads exports (.xlsx, .docx …): `busy` names the one on its way, for its button to say so;
 * a refusal is shown as a message made by `failed` from the server's reason in the chosen
 * language (or "network error").
 */
export function useDownload(failed: (reason: string) => string) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  const run = (which: string, load: () => Promise<DownloadedFile>) => {
    setBusy(which);
    load()
      .then(({ blob, fileName }) => saveBlob(blob, fileName))
      .catch((error: unknown) => {
        const problem = error instanceof ApiError ? error.problem : undefined;
        const text = problem?.detail ?? problem?.title;
        void message.error(
          failed(text ? inLanguage(text, i18n.language) : t('common.networkError')),
        );
      })
      .finally(() => setBusy(undefined));
  };
  return { busy, run };
}
