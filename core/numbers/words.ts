/** Whole numbers in Vietnamese words, to name a likely intended count beyond doubt ("một nghìn tám trăm tám mươi sáu"). */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

/** Reads a group of three digits; `full` when a higher group precedes it (so "không trăm", "lẻ" are said). */
function group(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) out.push('lẻ');
  } else if (t === 1) out.push('mười');
  else out.push(DIGITS[t]!, 'mươi');
  if (u > 0) {
    if (u === 1 && t >= 2) out.push('mốt');
    else if (u === 5 && t >= 1) out.push('lăm');
    else if (u === 4 && t >= 2) out.push('tư');
    else out.push(DIGITS[u]!);
  }
  return out.join(' ');
}

export function countInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return String(n);
  if (n === 0) return 'không';
  const groups: number[] = [];
  let x = n;
  while (x > 0) {
    groups.push(x % 1000);
    x = Math.floor(x / 1000);
  }
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    const full = i < groups.length - 1;
    parts.push(group(g, full) + (SCALES[i] ? ' ' + SCALES[i] : ''));
  }
  return parts.join(' ');
}
