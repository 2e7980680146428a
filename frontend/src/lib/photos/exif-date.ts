/**
 * The one EXIF field a resized photo keeps: DateTimeOriginal (when it was taken), read from a
 * camera JPEG and written back into the JPEG the canvas made, as a minimal APP1 segment.
 * EXIF dates are local time, "YYYY:MM:DD HH:MM:SS".
 */

const TAG_EXIF_IFD = 0x8769;
const TAG_DATE_TIME_ORIGINAL = 0x9003;
const TYPE_ASCII = 2;
const TYPE_LONG = 4;

/** "2026:03:14 07:05:09" for a local date and time. */
export function toExifDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}:${pad(date.getMonth() + 1)}:${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The local date and time of an EXIF date string, or undefined when it is not one. */
export function fromExifDate(value: string): Date | undefined {
  const match = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!match) {
    return undefined;
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(year, month - 1, day, hour, minute, second);
}

/** The APP1 payload's TIFF part: its byte order, and a reader of its integers. */
function tiffReader(view: DataView, start: number) {
  const little = view.getUint16(start) === 0x4949;
  return {
    u16: (offset: number) => view.getUint16(start + offset, little),
    u32: (offset: number) => view.getUint32(start + offset, little),
  };
}

/** Reads DateTimeOriginal from a JPEG's EXIF, if it has one. Never throws on odd files. */
export function readExifDateTimeOriginal(jpeg: ArrayBuffer): string | undefined {
  try {
    const view = new DataView(jpeg);
    if (view.getUint16(0) !== 0xffd8) {
      return undefined;
    }
    let offset = 2;
    while (offset + 4 <= view.byteLength) {
      const marker = view.getUint16(offset);
      if ((marker & 0xff00) !== 0xff00 || marker === 0xffda) {
        return undefined; // no more metadata segments before the image data
      }
      const length = view.getUint16(offset + 2);
      const isExif =
        marker === 0xffe1 &&
        view.getUint32(offset + 4) === 0x45786966 &&
        view.getUint16(offset + 8) === 0;
      if (isExif) {
        const tiff = offset + 10;
        const read = tiffReader(view, tiff);
        const pointer = findEntry(read, read.u32(4), TAG_EXIF_IFD);
        if (pointer === undefined) {
          return undefined;
        }
        const entry = findEntry(read, read.u32(pointer + 8), TAG_DATE_TIME_ORIGINAL);
        if (entry === undefined) {
          return undefined;
        }
        const count = read.u32(entry + 4);
        const at = count > 4 ? read.u32(entry + 8) : entry + 8;
        const bytes = new Uint8Array(jpeg, tiff + at, Math.min(count, 19));
        return String.fromCharCode(...bytes);
      }
      offset += 2 + length;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

type Reader = ReturnType<typeof tiffReader>;

/** The offset (in the TIFF part) of the IFD entry with `tag`. */
function findEntry(read: Reader, ifd: number, tag: number): number | undefined {
  const entries = read.u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (read.u16(entry) === tag) {
      return entry;
    }
  }
  return undefined;
}

/**
 * A minimal APP1 EXIF segment (marker included): IFD0 with a pointer to an EXIF IFD holding only
 * DateTimeOriginal. Big-endian ("MM").
 */
export function exifDateSegment(exifDate: string): Uint8Array {
  const text = new TextEncoder().encode(exifDate.slice(0, 19).padEnd(19, ' '));
  // TIFF: header 8, IFD0 (2 + 12 + 4) at 8, EXIF IFD (2 + 12 + 4) at 26, the string (20) at 44
  const tiffLength = 8 + 18 + 18 + 20;
  const segment = new Uint8Array(4 + 6 + tiffLength);
  const view = new DataView(segment.buffer);
  view.setUint16(0, 0xffe1);
  view.setUint16(2, segment.length - 2);
  segment.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4); // "Exif\0\0"
  const t = 10;
  view.setUint16(t, 0x4d4d); // "MM"
  view.setUint16(t + 2, 42);
  view.setUint32(t + 4, 8);
  // IFD0: one entry, the EXIF IFD pointer
  view.setUint16(t + 8, 1);
  view.setUint16(t + 10, TAG_EXIF_IFD);
  view.setUint16(t + 12, TYPE_LONG);
  view.setUint32(t + 14, 1);
  view.setUint32(t + 18, 26);
  view.setUint32(t + 22, 0);
  // EXIF IFD: one entry, DateTimeOriginal (ASCII, 20 bytes with the NUL)
  view.setUint16(t + 26, 1);
  view.setUint16(t + 28, TAG_DATE_TIME_ORIGINAL);
  view.setUint16(t + 30, TYPE_ASCII);
  view.setUint32(t + 32, 20);
  view.setUint32(t + 36, 44);
  view.setUint32(t + 40, 0);
  segment.set(text, t + 44);
  segment[t + 63] = 0;
  return segment;
}

/**
 * The JPEG with DateTimeOriginal written in: the segment goes after SOI and any APP0 (JFIF), and
 * any EXIF segment already there is dropped.
 */
export function withExifDateTimeOriginal(jpeg: ArrayBuffer, exifDate: string): Uint8Array {
  const view = new DataView(jpeg);
  const bytes = new Uint8Array(jpeg);
  if (view.getUint16(0) !== 0xffd8) {
    throw new Error('not a JPEG');
  }
  const head: Uint8Array[] = [bytes.subarray(0, 2)];
  let offset = 2;
  let inserted = false;
  const segment = exifDateSegment(exifDate);
  while (offset + 4 <= view.byteLength) {
    const marker = view.getUint16(offset);
    if (marker === 0xffda || (marker & 0xff00) !== 0xff00) {
      break;
    }
    const length = view.getUint16(offset + 2);
    const isApp0 = marker === 0xffe0;
    const isExif = marker === 0xffe1 && view.getUint32(offset + 4) === 0x45786966;
    if (!isApp0 && !inserted) {
      head.push(segment);
      inserted = true;
    }
    if (!isExif) {
      head.push(bytes.subarray(offset, offset + 2 + length));
    }
    offset += 2 + length;
  }
  if (!inserted) {
    head.push(segment);
  }
  head.push(bytes.subarray(offset));
  const out = new Uint8Array(head.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of head) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
