import { afterEach, describe, expect, it, vi } from 'vitest';
import { exifDateSegment, readExifDateTimeOriginal } from '@/lib/photos/exif-date';
import { preparePhoto } from '@/lib/photos/resize-photo';

/** What a canvas encodes: SOI, JFIF APP0, image data (stand-in), EOI. */
const CANVAS_JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00, 0xff, 0xda, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9,
]);

/** A camera JPEG: SOI, its EXIF with the capture time, image data. */
function cameraFile(takenAt: string, name = 'IMG_0042.JPG', lastModified = 0): File {
  const exif = exifDateSegment(takenAt);
  const bytes = new Uint8Array([0xff, 0xd8, ...exif, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);
  return new File([bytes], name, { type: 'image/jpeg', lastModified });
}

const drawn: { width: number; height: number }[] = [];
const decoded: unknown[] = [];

function fakeBrowser(width: number, height: number) {
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn((_blob: Blob, options: unknown) => {
      decoded.push(options);
      return Promise.resolve({ width, height, close: vi.fn() });
    }),
  );
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {
        drawn.push({ width, height });
      }
      getContext() {
        return { drawImage: vi.fn() };
      }
      convertToBlob(options: { type: string; quality: number }) {
        expect(options).toEqual({ type: 'image/jpeg', quality: 0.85 });
        return Promise.resolve(new Blob([CANVAS_JPEG], { type: 'image/jpeg' }));
      }
    },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  drawn.length = 0;
  decoded.length = 0;
});

describe('a photo made ready on the phone', () => {
  it('is brought to 1,920 px, turned upright, JPEG, with the camera’s capture time kept', async () => {
    fakeBrowser(4032, 3024);
    const photo = await preparePhoto(cameraFile('2026:03:14 07:05:09'));

    expect(decoded).toEqual([{ imageOrientation: 'from-image' }]);
    expect(drawn).toEqual([{ width: 1920, height: 1440 }]);
    expect(photo.type).toBe('image/jpeg');
    expect(photo.name).toBe('IMG_0042.jpg');
    expect(readExifDateTimeOriginal(await photo.arrayBuffer())).toBe('2026:03:14 07:05:09');
    expect(photo.lastModified).toBe(new Date(2026, 2, 14, 7, 5, 9).getTime());
  });

  it('without EXIF, takes the file’s date as the capture time', async () => {
    fakeBrowser(3000, 4000);
    const lastModified = new Date(2026, 10, 2, 16, 30, 0).getTime();
    const plain = new File([CANVAS_JPEG], 'anh.jpeg', { type: 'image/jpeg', lastModified });
    const photo = await preparePhoto(plain);

    expect(drawn).toEqual([{ width: 1440, height: 1920 }]);
    expect(readExifDateTimeOriginal(await photo.arrayBuffer())).toBe('2026:11:02 16:30:00');
  });

  it('leaves a small PNG (a screenshot) and a PDF as they are', async () => {
    fakeBrowser(800, 600);
    const png = new File([new Uint8Array([137, 80, 78, 71])], 'man-hinh.png', {
      type: 'image/png',
    });
    const pdf = new File(['%PDF'], 'bien-ban.pdf', { type: 'application/pdf' });
    expect(await preparePhoto(png)).toBe(png);
    expect(await preparePhoto(pdf)).toBe(pdf);
    expect(drawn).toEqual([]);
  });
});
