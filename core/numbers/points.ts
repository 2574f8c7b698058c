/**
 * Figures that are not counts: points (the Bộ chỉ số, a CCHC index) and comparisons between periods.
 * - Points are decimals with "," or "." as the mark — "16,64", "13.2", "97,685" — never thousands (no index reaches
 *   1.000 points); "80,1 điểm" and "57,76/100" (points over the maximum) read as their points.
 * - Comparisons are signed: "+12", "-3,5", "−2", "12,3%", "giảm"-free numbers; a "%" makes it a percent.
 * Both keep the decimals as printed, for the tolerance of a sum of rounded parts.
 */
import { isCellError, type CellValue } from '../grid/types';
import { decimalsOf } from './decimal';
import { isDashText } from './parse';

export type FigureReading =
  | { kind: 'empty' }
  | { kind: 'dash' }
  | { kind: 'value'; n: number; decimals: number; percent?: true }
  | { kind: 'invalid'; text: string };

const POINTS = /^(\d{1,3})(?:[.,](\d+))?(?:\s*(?:điểm|diem|đ))?(?:\s*\/\s*\d{1,3}(?:[.,]\d+)?)?$/i;
const SIGNED = /^([+\-−–])?\s*(\d+(?:[.,]\d+)?)\s*(%)?$/;

export function readPoints(v: CellValue, display?: string): FigureReading {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0 || v >= 1000) return { kind: 'invalid', text: display ?? String(v) };
    return { kind: 'value', n: v, decimals: decimalsOf(v) };
  }
  if (typeof v === 'boolean' || isCellError(v)) return { kind: 'invalid', text: typeof v === 'boolean' ? String(v) : v.error };
  const s = v.trim();
  if (s === '') return { kind: 'empty' };
  if (isDashText(s)) return { kind: 'dash' };
  const m = POINTS.exec(s);
  if (!m) return { kind: 'invalid', text: s };
  return { kind: 'value', n: Number(`${m[1]}.${m[2] ?? '0'}`), decimals: m[2]?.length ?? 0 };
}

export function readSigned(v: CellValue, display?: string): FigureReading {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    if (display?.includes('%')) return { kind: 'value', n: Math.round(v * 1e12) / 1e10, decimals: Math.max(0, decimalsOf(v) - 2), percent: true };
    return { kind: 'value', n: v, decimals: decimalsOf(v) };
  }
  if (typeof v === 'boolean' || isCellError(v)) return { kind: 'invalid', text: typeof v === 'boolean' ? String(v) : v.error };
  const s = v.trim();
  if (s === '') return { kind: 'empty' };
  if (isDashText(s)) return { kind: 'dash' };
  const m = SIGNED.exec(s.replace(/\s+/g, ''));
  if (!m) return { kind: 'invalid', text: s };
  const [int, frac = ''] = m[2]!.split(/[.,]/);
  const n = Number(`${int}.${frac || '0'}`) * (m[1] && m[1] !== '+' ? -1 : 1);
  return m[3] ? { kind: 'value', n, decimals: frac.length, percent: true } : { kind: 'value', n, decimals: frac.length };
}
