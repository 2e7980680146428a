import {
  fromExifDate,
  readExifDateTimeOriginal,
  toExifDate,
  withExifDateTimeOriginal,
} from '@/lib/photos/exif-date';

export const MAX_SIDE = 1920;
export const JPEG_QUALITY = 0.85;

/** The size to draw at: the longest side at most `max`, never enlarged. */
export function fitWithin(width: number, height: number, max = MAX_SIDE) {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** "IMG_0042.HEIC" → "IMG_0042.jpg". */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./]+$/, '');
  return `${base || 'anh'}.jpg`;
}

/**
 * A photo made ready to upload on a phone's network: the longest side at most 1,920 px, JPEG
 * (quality 0.85), the camera's orientation applied to the pixels, and the capture time kept
 * (the original's EXIF DateTimeOriginal, else the file's date) as EXIF in the new JPEG.
 *
 * A small PNG or GIF (a screenshot, a scan) and anything that is not an image are left as they
 * are; so is a photo the browser cannot decode (HEIC on some browsers) rather than losing it.
 */
export async function preparePhoto(file: File): Promise<File> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') {
    return file;
  }
  const original = await file.arrayBuffer();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([original], { type: file.type }), {
      imageOrientation: 'from-image',
    });
  } catch {
    return file;
  }
  try {
    const isJpeg = file.type === 'image/jpeg';
    if (!isJpeg && Math.max(bitmap.width, bitmap.height) <= MAX_SIDE) {
      return file;
    }
    const size = fitWithin(bitmap.width, bitmap.height);
    const jpeg = await drawJpeg(bitmap, size.width, size.height);
    const takenAt =
      (isJpeg ? readExifDateTimeOriginal(original) : undefined) ??
      toExifDate(new Date(file.lastModified));
    const bytes = withExifDateTimeOriginal(jpeg, takenAt);
    const lastModified = fromExifDate(takenAt)?.getTime() ?? file.lastModified;
    return new File([bytes as BlobPart], jpegName(file.name), {
      type: 'image/jpeg',
      lastModified,
    });
  } finally {
    bitmap.close();
  }
}

async function drawJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<ArrayBuffer> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    return blob.arrayBuffer();
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('the photo could not be encoded'))),
      'image/jpeg',
      JPEG_QUALITY,
    ),
  );
  return blob.arrayBuffer();
}
