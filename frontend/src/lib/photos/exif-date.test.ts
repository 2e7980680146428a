import { describe, expect, it } from 'vitest';
import {
  exifDateSegment,
  fromExifDate,
  readExifDateTimeOriginal,
  toExifDate,
  withExifDateTimeOriginal,
} from '@/lib/photos/exif-date';
import { fitWithin, jpegName } from '@/lib/photos/resize-photo';

/** SOI, a JFIF APP0, a stand-in for the image data (SOS … EOI). */
function canvasJpeg(): ArrayBuffer {
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0xff, 0xda, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9,
  ]).buffer;
}

/** A camera's APP1 EXIF in little-endian ("II"), as phones write it, with other tags around. */
function cameraJpeg(date: string): ArrayBuffer {
  const tiff = new Uint8Array(8 + 2 + 24 + 4 + 2 + 12 + 4 + 20);
  const v = new DataView(tiff.buffer);
  v.setUint16(0, 0x4949);
  v.setUint16(2, 42, true);
  v.setUint32(4, 8, true);
  v.setUint16(8, 2, true); // IFD0: Orientation (6), then the EXIF pointer
  v.setUint16(10, 0x0112, true);
  v.setUint16(12, 3, true);
  v.setUint32(14, 1, true);
  v.setUint16(18, 6, true);
  v.setUint16(22, 0x8769, true);
  v.setUint16(24, 4, true);
  v.setUint32(26, 1, true);
  v.setUint32(30, 38, true);
  v.setUint32(34, 0, true);
  v.setUint16(38, 1, true); // EXIF IFD
  v.setUint16(40, 0x9003, true);
  v.setUint16(42, 2, true);
  v.setUint32(44, 20, true);
  v.setUint32(48, 56, true);
  v.setUint32(52, 0, true);
  tiff.set(new TextEncoder().encode(date), 56);
  const app1Length = 2 + 6 + tiff.length;
  const jpeg = new Uint8Array(2 + 2 + app1Length + 6);
  const j = new DataView(jpeg.buffer);
  j.setUint16(0, 0xffd8);
  j.setUint16(2, 0xffe1);
  j.setUint16(4, app1Length);
  jpeg.set([0x45, 0x78, 0x69, 0x66, 0, 0], 6);
  jpeg.set(tiff, 12);
  jpeg.set([0xff, 0xda, 0x00, 0x02, 0xff, 0xd9], 12 + tiff.length);
  return jpeg.buffer;
}

describe('EXIF capture time', () => {
  it('reads DateTimeOriginal from a camera JPEG (little-endian, behind other tags)', () => {
    expect(readExifDateTimeOriginal(cameraJpeg('2026:03:14 07:05:09'))).toBe('2026:03:14 07:05:09');
  });

  it('finds nothing in a JPEG without EXIF, nor in something that is not a JPEG', () => {
    expect(readExifDateTimeOriginal(canvasJpeg())).toBeUndefined();
    expect(readExifDateTimeOriginal(new Uint8Array([1, 2, 3, 4]).buffer)).toBeUndefined();
  });

  it('writes it into a canvas JPEG after the JFIF header, and reads it back (round trip)', () => {
    const out = withExifDateTimeOriginal(canvasJpeg(), '2025:12:31 23:59:58');
    // SOI, then the original APP0, then our APP1
    expect([...out.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect([...out.subarray(20, 22)]).toEqual([0xff, 0xe1]);
    expect([...out.subarray(out.length - 2)]).toEqual([0xff, 0xd9]);
    expect(readExifDateTimeOriginal(out.slice().buffer)).toBe('2025:12:31 23:59:58');
  });

  it('replaces an EXIF segment that is already there rather than writing two', () => {
    const out = withExifDateTimeOriginal(cameraJpeg('2020:01:01 00:00:00'), '2026:03:14 07:05:09');
    const exifSegments = [...out].filter((byte, i) => byte === 0xff && out[i + 1] === 0xe1).length;
    expect(exifSegments).toBe(1);
    expect(readExifDateTimeOriginal(out.slice().buffer)).toBe('2026:03:14 07:05:09');
  });

  it('lays the segment out byte for byte as EXIF says (big-endian, NUL-terminated)', () => {
    const segment = exifDateSegment('2026:03:14 07:05:09');
    expect(segment.length).toBe(74);
    expect([...segment.subarray(0, 4)]).toEqual([0xff, 0xe1, 0x00, 72]);
    expect(new TextDecoder().decode(segment.subarray(4, 10))).toBe('Exif\0\0');
    expect(new TextDecoder().decode(segment.subarray(54, 73))).toBe('2026:03:14 07:05:09');
    expect(segment[73]).toBe(0);
  });

  it('converts local dates to and from the EXIF form', () => {
    const date = new Date(2026, 2, 14, 7, 5, 9);
    expect(toExifDate(date)).toBe('2026:03:14 07:05:09');
    expect(fromExifDate('2026:03:14 07:05:09')?.getTime()).toBe(date.getTime());
    expect(fromExifDate('not a date')).toBeUndefined();
  });
});

describe('photo size', () => {
  it('brings the longest side to 1,920 px, keeps the proportions, never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1920, height: 1440 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1440, height: 1920 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(jpegName('IMG_0042.HEIC')).toBe('IMG_0042.jpg');
  });
});
