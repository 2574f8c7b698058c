// The ribbon and store icons of the Excel add-in, drawn at build time (no binary files in the repository):
// a green rounded square, a white sheet, a green tick. Supersampled 4×4 for smooth edges at 16 px.
import { PNG } from 'pngjs';

const GREEN = [0x1e, 0x7d, 0x45];
const WHITE = [0xff, 0xff, 0xff];

/** The colour at (x, y) in a unit square, or null outside the icon. */
function shade(x, y) {
  // Rounded square.
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  // The sheet.
  const inSheet = x > 0.24 && x < 0.76 && y > 0.16 && y < 0.84;
  if (!inSheet) return GREEN;
  // The tick: two strokes, distance to each segment under the stroke's half width.
  const seg = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  const tick = Math.min(seg(0.34, 0.52, 0.46, 0.66), seg(0.46, 0.66, 0.68, 0.34));
  return tick < 0.055 ? GREEN : WHITE;
}

/** A size × size PNG of the icon. */
export function renderIcon(size) {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let rgb = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          hits++;
          rgb = rgb.map((v, i) => v + c[i]);
        }
      }
      const o = (py * size + px) * 4;
      png.data[o] = hits ? Math.round(rgb[0] / hits) : 0;
      png.data[o + 1] = hits ? Math.round(rgb[1] / hits) : 0;
      png.data[o + 2] = hits ? Math.round(rgb[2] / hits) : 0;
      png.data[o + 3] = Math.round((255 * hits) / (n * n));
    }
  }
  return PNG.sync.write(png);
}

export const ICON_SIZES = [16, 32, 64, 80];
