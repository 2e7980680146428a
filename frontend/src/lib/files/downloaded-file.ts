import { unwrap } from '@/lib/api/api-error';
import type { DownloadedFile } from '@/lib/files/use-download';

/**
 * A file answer of the API client (`parseAs: 'blob'`) as a blob and the name the server gave it in
 * Content-Disposition (`fallback` when it gave none); a refusal throws ApiError like `unwrap`.
 */
export function downloadedFile(
  result: { data?: unknown; error?: unknown; response: Response },
  fallback: string,
): DownloadedFile {
  const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  return { blob, fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback };
}
