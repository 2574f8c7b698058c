/**
 * An appendix table built from a table found in the sheet: its header as the sheet draws it (merged
 * cells kept), its numbering row, its rows with the figures written the Vietnamese way, the total bold.
 */
import type { TableContext } from '../checks/table-context';
import { formatCount } from '../numbers';
import type { HeaderCell, ReportTable } from './model';
import { plainText } from './template';

/** Text width of a landscape A4 page with 30/15 mm side margins, and of a portrait one. */
export const LANDSCAPE_WIDTH_MM = 297 - 30 - 15;
export const PORTRAIT_WIDTH_MM = 210 - 30 - 15;

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return (v as { error?: string }).error ?? '';
  return plainText(String(v)).trim();
}

export function appendixTable(ctx: TableContext): { table: ReportTable; landscape: boolean } {
  const t = ctx.table;
  const view = ctx.view;
  const cols = t.columns.map((c) => c.col);
  const c0 = cols[0]!;
  const c1 = cols[cols.length - 1]!;

  // Header rows: a merged area is written once, at its top-left, with its spans inside the table.
  const header: HeaderCell[][] = [];
  const covered = new Set<number>();
  for (let r = t.headerRows.first; r <= t.headerRows.last; r++) {
    const row: HeaderCell[] = [];
    for (let c = c0; c <= c1; c++) {
      if (covered.has(r * 16384 + c)) continue;
      const m = view.mergeOf(r, c);
      if (m && (m.r0 !== r || m.c0 !== c) && m.r0 >= t.headerRows.first && m.c0 >= c0) continue;
      const cell: HeaderCell = { text: text(view.value(r, c)) };
      if (m && m.r0 === r && m.c0 === c) {
        const colSpan = Math.min(m.c1, c1) - c + 1;
        const rowSpan = Math.min(m.r1, t.headerRows.last) - r + 1;
        if (colSpan > 1) cell.colSpan = colSpan;
        if (rowSpan > 1) cell.rowSpan = rowSpan;
        for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) covered.add(rr * 16384 + cc);
      }
      row.push(cell);
    }
    header.push(row);
  }

  const numbering = t.numberingRow !== undefined ? cols.map((c) => text(view.value(t.numberingRow!, c))) : undefined;

  const rows: ReportTable['rows'] = [];
  for (const r of t.rows) {
    if (r.kind === 'blank') continue;
    const cells = cols.map((c) => {
      const kind = ctx.conceptKind(t.columns.find((x) => x.col === c)?.concept);
      if (kind === 'count') {
        const f = ctx.read(r.row, c).figure;
        if (f.state === 'value') return formatCount(f.n);
      }
      return text(view.shown(r.row, c));
    });
    rows.push({ cells, ...(r.kind === 'total' || r.kind === 'group' || r.kind === 'section' ? { bold: true } : {}) });
  }

  const landscape = cols.length > 7;
  const width = landscape ? LANDSCAPE_WIDTH_MM : PORTRAIT_WIDTH_MM;
  const fixed: number[] = t.columns.map((c) => (c.concept === 'stt' ? 12 : c.concept === 'ten' ? 45 : c.concept === 'ghi-chu' ? 18 : 0));
  const flexible = fixed.filter((w) => w === 0).length;
  const rest = Math.max(0, width - fixed.reduce((a, b) => a + b, 0));
  const widths = fixed.map((w) => (w > 0 ? w : Math.floor((rest / Math.max(1, flexible)) * 10) / 10));
  const numbering2 = numbering && numbering.some((x) => x !== '') ? numbering : undefined;
  return { table: { header, ...(numbering2 ? { numbering: numbering2 } : {}), rows, widths }, landscape };
}
