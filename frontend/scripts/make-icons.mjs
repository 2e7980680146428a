// Writes the app's PNG icons (public/icons/*.png) for the web manifest: a yellow five-pointed
// star on the app's red, as on the flag. No image tools: the PNG is encoded here with node:zlib.
// Run it again after changing a colour or a size: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [0xb7, 0x1c, 0x1c];
const YELLOW = [0xff, 0xde, 0x00];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGB) of `size` × `size` whose pixel (x, y) has the colour `colourAt(x, y)`. */
function png(size, colourAt) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      rows.set(colourAt(x, y), row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The corners of a five-pointed star centred in the icon, pointing up. */
function star(size, outerRadius) {
  const innerRadius = outerRadius * 0.382;
  const centre = size / 2;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outerRadius : innerRadius;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle) + size * 0.03];
  });
}

function inside(polygon, x, y) {
  let within = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      within = !within;
    }
  }
  return within;
}

/** The star, with 4 × 4 samples per pixel so that its edges are smooth. */
function icon(size, starRadius) {
  const polygon = star(size, starRadius);
  return png(size, (x, y) => {
    let hits = 0;
    for (let sy = 0; sy < 4; sy++) {
      for (let sx = 0; sx < 4; sx++) {
        hits += inside(polygon, x + (sx + 0.5) / 4, y + (sy + 0.5) / 4) ? 1 : 0;
      }
    }
    const share = hits / 16;
    return RED.map((red, channel) => Math.round(red + (YELLOW[channel] - red) * share));
  });
}

const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const icons = {
  'icon-192.png': icon(192, 192 * 0.36),
  'icon-512.png': icon(512, 512 * 0.36),
  // Maskable: the platform crops to a shape inside the central 80 %; the star stays inside it.
  'icon-maskable-512.png': icon(512, 512 * 0.26),
  'apple-touch-icon.png': icon(180, 180 * 0.32),
};
for (const [name, data] of Object.entries(icons)) {
  writeFileSync(new URL(name, outDir), data);
  console.log(`public/icons/${name}: ${data.length} bytes`);
}
