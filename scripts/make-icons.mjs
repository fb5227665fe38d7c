#!/usr/bin/env node
// Writes the add-in icons (assets/icon-16/32/64/80.png, assets/logo-filled.png) as real PNGs, with no image
// library: a rounded NHS-blue square with three white bars of rising height (a bar chart). Re-run after a change:
//   node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BLUE = [0x00, 0x5e, 0xb8]; // NHS Blue
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Colour of pixel (x, y) in a size×size icon: [r, g, b, a]. */
function pixel(x, y, size) {
  const r = size * 0.18; // corner radius
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  const inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r;
  if (!inside) return [0, 0, 0, 0];
  // Three bars on a baseline, heights 40 %, 60 %, 80 % of the inner area.
  const pad = size * 0.2;
  const inner = size - 2 * pad;
  const barW = inner / 5;
  const bottom = size - pad;
  const heights = [0.4, 0.6, 0.8];
  for (let i = 0; i < 3; i++) {
    const left = pad + i * 2 * barW;
    const top = bottom - heights[i] * inner;
    if (x + 0.5 >= left && x + 0.5 < left + barW && y + 0.5 >= top && y + 0.5 < bottom)
      return [...WHITE, 255];
  }
  return [...BLUE, 255];
}

export function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outputs = [
  ["assets/icon-16.png", 16],
  ["assets/icon-32.png", 32],
  ["assets/icon-64.png", 64],
  ["assets/icon-80.png", 80],
  ["assets/logo-filled.png", 300],
];
for (const [file, size] of outputs) {
  const target = resolve(root, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, png(size));
  console.log(`${file}: ${size}×${size}`);
}
