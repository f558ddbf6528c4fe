/**
 * Draws StationDesk's two Teams icons and writes them into appPackage/ as PNGs.
 * The PNGs are committed; run this again only after changing the drawing:
 *   npx tsx scripts/make-icons.ts
 *
 * Teams wants color.png at 192x192 (full colour, solid background) and
 * outline.png at 32x32 (white on transparent, nothing but white and alpha).
 * The picture is a shield with a front counter and the officer behind it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
/** Whether a point of the icon, in unit coordinates (0..1 across and down), is inside a shape. */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  colour: Rgb;
}

const POLICE_BLUE: Rgb = [0x0b, 0x3c, 0x7d]; // also the manifest's accentColor
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** A heater shield inside the box [left, right] x [top, bottom]: straight sides, then curving to a point. */
function shield(left: number, top: number, right: number, bottom: number): Shape {
  const width = right - left;
  const height = bottom - top;
  return (x, y) => {
    const t = (y - top) / height;
    if (t < 0 || t > 1) return false;
    const curve = t <= 0.5 ? 0 : (t - 0.5) / 0.5;
    const halfWidth = (width / 2) * (1 - curve * curve);
    return Math.abs(x - (left + width / 2)) <= halfWidth;
  };
}

function rectangle(left: number, top: number, right: number, bottom: number): Shape {
  return (x, y) => x >= left && x <= right && y >= top && y <= bottom;
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Head and shoulders of the officer at the counter, plus the counter top and its front panel. */
function deskAndOfficer(cx: number, top: number, scale: number): Shape[] {
  const s = (n: number) => n * scale;
  const shoulders: Shape = (x, y) =>
    y <= top + s(0.2) && ((x - cx) / s(0.11)) ** 2 + ((y - (top + s(0.2))) / s(0.08)) ** 2 <= 1;
  return [
    circle(cx, top + s(0.06), s(0.055)),
    shoulders,
    rectangle(cx - s(0.17), top + s(0.215), cx + s(0.17), top + s(0.27)),
    rectangle(cx - s(0.13), top + s(0.27), cx - s(0.08), top + s(0.38)),
    rectangle(cx + s(0.08), top + s(0.27), cx + s(0.13), top + s(0.38)),
  ];
}

const either =
  (shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((inside) => inside(x, y));

function colourIcon(): Layer[] {
  return [
    { shape: () => true, colour: POLICE_BLUE },
    { shape: shield(0.27, 0.2, 0.73, 0.82), colour: WHITE },
    { shape: either(deskAndOfficer(0.5, 0.3, 1)), colour: POLICE_BLUE },
  ];
}

function outlineIcon(): Layer[] {
  const outer = shield(0.13, 0.04, 0.87, 0.97);
  const inner = shield(0.22, 0.13, 0.78, 0.83);
  const rim: Shape = (x, y) => outer(x, y) && !inner(x, y);
  return [{ shape: either([rim, ...deskAndOfficer(0.5, 0.17, 1.25)]), colour: WHITE }];
}

/** The last-painted layer covering the point, if any. */
function topLayerAt(layers: Layer[], x: number, y: number): Layer | undefined {
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i].shape(x, y)) return layers[i];
  return undefined;
}

/** Paints the layers with supersampling so edges are smooth; returns straight (not premultiplied) RGBA. */
function paint(layers: Layer[], size: number, samples = 8): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const top = topLayerAt(layers, x, y);
          if (!top) continue;
          r += top.colour[0];
          g += top.colour[1];
          b += top.colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
      }
      rgba[at + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, every row with filter type 0 (none). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowLength + 1)] = 0;
    raw.set(rgba.subarray(y * rowLength, (y + 1) * rowLength), y * (rowLength + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const appPackage = join(__dirname, '..', 'appPackage');
  writeFileSync(join(appPackage, 'color.png'), encodePng(192, 192, paint(colourIcon(), 192)));
  writeFileSync(join(appPackage, 'outline.png'), encodePng(32, 32, paint(outlineIcon(), 32)));
  console.log('Wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32).');
}
