/**
 * An appendix table built from a table found in the sheet: its header as the sheet draws it (merged
 * cells kept), its numbering row, its rows with the figures written the Vietnamese way, the total bold.
 */
import { formatCount, sheetNumberText } from '../numbers';
import { numberOf, type Table, type TableValue } from '../tables/table';
import type { ReportTable } from './model';
import { plainText } from './template';
import { foldKey } from '../text/fold';

/** Text width of a landscape A4 page with 30/15 mm side margins, and of a portrait one. */
export const LANDSCAPE_WIDTH_MM = 297 - 30 - 15;
export const PORTRAIT_WIDTH_MM = 210 - 30 - 15;

const clean = (s: string) => plainText(s).trim();

/**
 * A cell as the appendix writes it: counts the Vietnamese way, anything else as the sheet shows it. A cell that
 * could not be read has no `n`: its text as the sheet shows it ("#NUM!", "1E+308", the digits typed), never a
 * number of ours.
 */
function cellText(v: TableValue, count: boolean): string {
  const n = numberOf(v);
  if (count && n !== undefined) return formatCount(n);
  if (v === null) return '';
  if (typeof v === 'number') return sheetNumberText(v);
  if (typeof v === 'string') return clean(v);
  return clean(v.text ?? (n !== undefined ? sheetNumberText(n) : ''));
}

/** A column a year or a code is written in ("Năm", "Mã hồ sơ", "Số hiệu"): its numbers keep their digits as they are. */
const CODE_HEADER = /(?:^| )(?:nam|ma|ma so|so hieu|ky hieu|stt|so tt|so thu tu)$/;

/**
 * Counts the Vietnamese way ("4.131") in every column that holds them, a column read twice and one the form does not
 * know included (issue 20 §6: "6302" beside "4.131"); a year or a code keeps its digits.
 */
function writesCounts(m: Table['measures'][number], v: TableValue): boolean {
  if (m.kind === 'count') return true;
  if (m.concept !== undefined) return false;
  // A column the form does not know: its whole numbers (a percent or a decimal keeps the way the sheet shows it).
  const n = numberOf(v);
  return (
    n !== undefined &&
    Number.isInteger(n) &&
    (typeof v !== 'object' || v === null || !v.text?.includes('%')) &&
    !CODE_HEADER.test(foldKey(m.header.split(' › ').pop() ?? ''))
  );
}

/** `words`: the terms the period writes ("toàn trình" for "mức độ 4" from 01/7/2026), applied to the header. */
export function appendixTable(t: Table, words: (s: string) => string = (s) => s): { table: ReportTable; landscape: boolean } {
  const header = t.header.cells.map((row) => row.map((c) => ({ ...c, text: words(clean(c.text)) })));
  const rows: ReportTable['rows'] = t.records.map((r, ri) => {
    const cells = t.measures.map((m, mi) => cellText(t.values[mi]![ri]!, writesCounts(m, t.values[mi]![ri]!)));
    return { cells, ...(r.role === 'total' || r.role === 'subtotal' || r.role === 'section' ? { bold: true } : {}) };
  });
  const numbering = t.numbering?.texts.map(clean);

  const landscape = t.measures.length > 7;
  const width = landscape ? LANDSCAPE_WIDTH_MM : PORTRAIT_WIDTH_MM;
  const fixed: number[] = t.measures.map((c) => (c.concept === 'stt' ? 12 : c.concept === 'ten' ? 45 : c.concept === 'ghi-chu' ? 18 : 0));
  const flexible = fixed.filter((w) => w === 0).length;
  const rest = Math.max(0, width - fixed.reduce((a, b) => a + b, 0));
  const widths = fixed.map((w) => (w > 0 ? w : Math.floor((rest / Math.max(1, flexible)) * 10) / 10));
  const numbering2 = numbering?.some((x) => x !== '') ? numbering : undefined;
  return { table: { header, ...(numbering2 ? { numbering: numbering2 } : {}), rows, widths }, landscape };
}
