#!/usr/bin/env node
// Draws the add-in's icons into assets/: a rounded dark-blue (#1F4E79) square with three ledger lines and a white
// check mark, at every size the manifest and the task pane use (icon-16/32/64/80/128.png, logo-filled.png).
// No image library: shapes are simple geometry sampled on an 8×8 grid per pixel (a box filter, so edges are
// smooth but straight lines snapped to whole pixels stay crisp), and the PNG is written with node's zlib.
// The output is deterministic (no timestamps), so re-running it leaves the committed files unchanged.
//   node scripts/make-icons.js [outDir]      (default: assets/)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BLUE = [0x1f, 0x4e, 0x79];
const LINE = [0xbd, 0xd7, 0xee]; // light blue ledger lines: quieter than the check mark
const WHITE = [0xff, 0xff, 0xff];
const SUB = 8; // samples per pixel along each axis

// ---- PNG -------------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of width*height*4, straight (not premultiplied) alpha. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- geometry --------------------------------------------------------------------------------------------------

function inRoundedRect(x, y, r) {
  if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) return false;
  const cx = Math.min(Math.max(x, r.x0 + r.radius), r.x1 - r.radius);
  const cy = Math.min(Math.max(y, r.y0 + r.radius), r.y1 - r.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r.radius ** 2;
}

function inRect(x, y, r) {
  return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
}

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x, y, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

function inPolyline(x, y, points, halfWidth) {
  for (let i = 1; i < points.length; i++) if (segmentDistance(x, y, points[i - 1], points[i]) <= halfWidth) return true;
  return false;
}

// ---- the icon --------------------------------------------------------------------------------------------------

/** The layout at one size, in pixels. Straight lines are snapped to whole pixels so small sizes stay sharp. */
function layout(size) {
  const inset = size <= 16 ? 0 : Math.round(size / 32);
  const side = size - 2 * inset;
  const square = { x0: inset, y0: inset, x1: size - inset, y1: size - inset, radius: Math.max(2, side * 0.2) };
  const t = Math.max(1, Math.round(size / 16)); // ledger line thickness
  const gap = Math.round(size * 0.16); // whole pixels between line tops, so every line lands the same way
  const left = Math.round(size * 0.22);
  const right = Math.round(size * 0.78);
  const top = Math.round(size * 0.3 - t / 2);
  const lines = [
    { x0: left, x1: right, y0: top, y1: top + t },
    { x0: left, x1: right, y0: top + gap, y1: top + gap + t },
    { x0: left, x1: Math.round(size * 0.4), y0: top + 2 * gap, y1: top + 2 * gap + t },
  ];
  // At 16 px a drawn check blurs whatever its width, so it is set pixel by pixel: two pixels thick, 45° arms.
  const check =
    size === 16
      ? {
          pixels: new Set(
            [
              [13, 8], [14, 8],
              [12, 9], [13, 9],
              [7, 10], [8, 10], [11, 10], [12, 10],
              [8, 11], [9, 11], [10, 11], [11, 11],
              [9, 12], [10, 12],
            ].map(([x, y]) => y * size + x),
          ),
        }
      : {
          points: [
            [size * 0.5, size * 0.68],
            [size * 0.61, size * 0.79],
            [size * 0.8, size * 0.56],
          ],
          halfWidth: Math.max(0.8, size * 0.055),
        };
  return { square, lines, check };
}

function drawIcon(size) {
  const { square, lines, check } = layout(size);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = px + (sx + 0.5) / SUB;
          const y = py + (sy + 0.5) / SUB;
          if (!inRoundedRect(x, y, square)) continue;
          let colour = BLUE;
          if (lines.some((l) => inRect(x, y, l))) colour = LINE;
          if (check.pixels ? check.pixels.has(py * size + px) : inPolyline(x, y, check.points, check.halfWidth)) colour = WHITE;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (SUB * SUB));
      }
    }
  }
  return encodePng(size, size, rgba);
}

const FILES = [
  ['icon-16.png', 16],
  ['icon-32.png', 32],
  ['icon-64.png', 64],
  ['icon-80.png', 80],
  ['icon-128.png', 128],
  ['logo-filled.png', 256],
];

function main() {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, size] of FILES) {
    const png = drawIcon(size);
    fs.writeFileSync(path.join(outDir, name), png);
    console.log(`${path.relative(process.cwd(), path.join(outDir, name))}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng, FILES };
