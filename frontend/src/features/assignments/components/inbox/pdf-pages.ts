/**
 * pdf.js, loaded only when a PDF is first previewed (it is large): the library and its worker are
 * separate chunks that the first screen never downloads.
 */
const importPdfjs = () => import('pdfjs-dist');
type PdfJs = Awaited<ReturnType<typeof importPdfjs>>;

let loading: Promise<PdfJs> | undefined;

export function loadPdfjs(): Promise<PdfJs> {
  loading ??= Promise.all([importPdfjs(), import('pdfjs-dist/build/pdf.worker.min.mjs?url')])
    .then(([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    })
    .catch((error: unknown) => {
      // a failed download (offline) may succeed on the next try
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * Draws the first `maxPages` pages of a PDF as canvases appended to `target`, as wide as it is.
 * Stops early once `cancelled()` says the preview was closed.
 */
export async function renderPdfPages(
  blob: Blob,
  target: HTMLElement,
  {
    maxPages,
    pageLabel,
    cancelled,
  }: {
    maxPages: number;
    pageLabel: (page: number) => string;
    cancelled: () => boolean;
  },
): Promise<{ shown: number; total: number }> {
  const pdfjs = await loadPdfjs();
  const document = await pdfjs.getDocument({ data: new Uint8Array(await blob.arrayBuffer()) })
    .promise;
  try {
    const shown = Math.min(maxPages, document.numPages);
    for (let number = 1; number <= shown && !cancelled(); number++) {
      const page = await document.getPage(number);
      const width = target.clientWidth || 320;
      const natural = page.getViewport({ scale: 1 });
      const scale = (width / natural.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = '100%';
      canvas.style.border = '1px solid rgba(5, 5, 5, 0.06)';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', pageLabel(number));
      target.append(canvas);
      await page.render({ canvas, viewport }).promise;
    }
    return { shown, total: document.numPages };
  } finally {
    void document.destroy();
  }
}
