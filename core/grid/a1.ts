/** A1 addresses: column letters and 1-based row numbers, as every spreadsheet shows them. */
import type { CellRange } from './types';

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `a1(0, 0)` is "A1". Row and column are 0-based sheet coordinates. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

export function rangeA1(r: CellRange): string {
  const tl = a1(r.r0, r.c0);
  const br = a1(r.r1, r.c1);
  return tl === br ? tl : `${tl}:${br}`;
}

/** Parses "B7" or "$B$7" into 0-based coordinates; undefined when it is not an address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Parses "A1:C3" (or a single address) into a range. */
export function parseRangeA1(ref: string): CellRange | undefined {
  const [a, b] = ref.split(':');
  const p = a === undefined ? undefined : parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}
