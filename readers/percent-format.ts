/** The text Excel shows for a number under a percent format (0.9738 under "0.00%" is "97.38%"), which the core reads. */

export interface PercentFormat {
  minDecimals: number;
  maxDecimals: number;
  grouping: boolean;
}

const percentFormats = new Map<string, PercentFormat | null>();

export function parsePercentFormat(fmt: string): PercentFormat | null {
  // Only the first section matters here; quoted text, escapes and [colour]/[locale] tags are not digits.
  const section = (fmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!section.includes('%')) return null;
  const point = section.indexOf('.');
  let minDecimals = 0;
  let maxDecimals = 0;
  if (point >= 0) {
    for (let i = point + 1; i < section.length; i++) {
      const ch = section[i];
      if (ch === '0') {
        minDecimals = ++maxDecimals;
      } else if (ch === '#' || ch === '?') {
        maxDecimals++;
      } else {
        break;
      }
    }
  }
  const intPart = point >= 0 ? section.slice(0, point) : section;
  return { minDecimals, maxDecimals, grouping: /[0#?],[0#?]/.test(intPart) };
}

/** The shown text of `v` under `fmt` when that is a percent format; undefined otherwise. */
export function percentDisplay(v: number, fmt: string | undefined): string | undefined {
  if (!fmt || fmt.indexOf('%') < 0) return undefined;
  let f = percentFormats.get(fmt);
  if (f === undefined) {
    f = parsePercentFormat(fmt);
    percentFormats.set(fmt, f);
  }
  return f ? formatPercent(v, f) : undefined;
}

/** Formats like Excel: 15 significant digits first, then rounding half away from zero. */
export function formatPercent(v: number, f: PercentFormat): string {
  if (!Number.isFinite(v)) return String(v);
  const x = Number((v * 100).toPrecision(15));
  const neg = x < 0;
  const a = Math.abs(x);
  const scale = 10 ** f.maxDecimals;
  const scaled = Math.round(Number((a * scale).toPrecision(15)));
  let intStr: string;
  let frac: string;
  if (Number.isSafeInteger(scaled)) {
    const digits = String(scaled).padStart(f.maxDecimals + 1, '0');
    intStr = digits.slice(0, digits.length - f.maxDecimals);
    frac = digits.slice(digits.length - f.maxDecimals);
  } else {
    const s = a.toFixed(f.maxDecimals);
    const p = s.indexOf('.');
    intStr = p < 0 ? s : s.slice(0, p);
    frac = p < 0 ? '' : s.slice(p + 1);
  }
  // Optional digits (#) are dropped when they are trailing zeros.
  let end = frac.length;
  while (end > f.minDecimals && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end);
  if (f.grouping) intStr = intStr.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${intStr}${frac ? `.${frac}` : ''}%`;
}
