/**
 * A report table (the TTHC form of an appendix, or a small table in the body) as a Word table: full borders, the
 * form's header rows with their merged cells, its numbering row, the data rows and the bold total row.
 *
 * Every column has an absolute width, on the grid (w:tblGrid) and on every cell (w:tcW type dxa), and the layout is
 * fixed: Google Docs and LibreOffice lay a table out from those, not from its content (DESIGN.md, "Known traps").
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions } from 'docx';
import type { HeaderCell, ReportTable } from '../model';
import { spacing, textRuns } from './text';
import { BULK_MIN_ROWS, cellXml, type BulkRows } from './bulk-rows';
import { fitWidths, mmToTwips } from './units';

/** Sizes (pt) of the table's text. */
const HEADER_SIZE = 12;
const NUMBERING_SIZE = 11;
const DATA_SIZE = 12;
/** Left and right padding of a cell: 1 mm, so that the numbers of narrow columns fit. */
const CELL_PADDING = 57;
/** Width of a column the model forgot to give, in mm. */
const FALLBACK_COLUMN_MM = 20;

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

type Align = 'left' | 'center' | 'right';
const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Default alignment of a data cell: the "STT" column centred, the name column left, the figures right. */
function defaultAlign(column: number): Align {
  return column === 0 ? 'center' : column === 1 ? 'left' : 'right';
}

/** Where each header cell starts on the grid, taking the cells merged down from the rows above into account. */
interface PlacedCell {
  cell: HeaderCell;
  column: number;
  colSpan: number;
  rowSpan: number;
}

function placeHeader(header: readonly HeaderCell[][]): { rows: PlacedCell[][]; columns: number } {
  const taken: boolean[][] = header.map(() => []);
  let columns = 0;
  const rows = header.map((cells, r) => {
    let column = 0;
    return cells.map((cell) => {
      while (taken[r]?.[column]) column += 1;
      const colSpan = Math.max(1, Math.floor(cell.colSpan ?? 1));
      // A span cannot reach below the header: the library would merge it into the data rows.
      const rowSpan = Math.max(1, Math.min(Math.floor(cell.rowSpan ?? 1), header.length - r));
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const row = taken[r + dr];
        if (row) for (let dc = 0; dc < colSpan; dc += 1) row[column + dc] = true;
      }
      const placed = { cell, column, colSpan, rowSpan };
      column += colSpan;
      columns = Math.max(columns, column);
      return placed;
    });
  });
  for (const row of taken) columns = Math.max(columns, row.length);
  return { rows, columns };
}

function cellParagraph(text: string, align: Align, style: { bold?: boolean; italic?: boolean; size: number }): Paragraph {
  return new Paragraph({
    alignment: ALIGNMENT[align],
    spacing: spacing(),
    indent: { firstLine: 0 },
    children: textRuns(text, style),
  });
}

function spanWidth(widths: readonly number[], column: number, span: number): number {
  let sum = 0;
  for (let c = column; c < column + span; c += 1) sum += widths[c] ?? 0;
  return sum;
}

/** The table, its columns fitted into `available` twips (scaled down proportionally when they are wider). */
export function reportTable(table: ReportTable, available: number, bulk?: BulkRows): Table {
  const header = placeHeader(table.header);
  // A loop, not Math.max(...rows): spreading a long table's rows as arguments overflows the stack.
  let columns = Math.max(table.widths.length, header.columns, table.numbering?.length ?? 0);
  for (const row of table.rows) columns = Math.max(columns, row.cells.length);
  // A missing width gets the average of the given ones (so no column collapses to nothing).
  const given = table.widths.filter((w) => Number.isFinite(w) && w > 0);
  const average = given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : FALLBACK_COLUMN_MM;
  const mm = Array.from({ length: columns }, (_, c) => {
    const w = table.widths[c];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : average;
  });
  const widths = fitWidths(mm.map(mmToTwips), available);
  const total = widths.reduce((a, b) => a + b, 0);
  const cellWidth = (column: number, span: number) => ({ size: spanWidth(widths, column, span), type: WidthType.DXA });

  const rows: TableRow[] = [];
  for (const placed of header.rows) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: placed.map(
          ({ cell, column, colSpan, rowSpan }) =>
            new TableCell({
              width: cellWidth(column, colSpan),
              ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
              ...(rowSpan > 1 ? { rowSpan } : {}),
              verticalAlign: VerticalAlignTable.CENTER,
              children: [cellParagraph(cell.text, 'center', { bold: true, size: HEADER_SIZE })],
            }),
        ),
      }),
    );
  }
  const fullRow = (texts: readonly string[], cell: (text: string, column: number) => Paragraph, opts: { header?: boolean }) =>
    new TableRow({
      ...(opts.header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: Array.from(
        { length: columns },
        (_, c) =>
          new TableCell({
            width: cellWidth(c, 1),
            verticalAlign: VerticalAlignTable.CENTER,
            children: [cell(texts[c] ?? '', c)],
          }),
      ),
    });
  if (table.numbering) {
    // The numbering row repeats with the header on every page, as the printed forms do.
    rows.push(
      fullRow(table.numbering, (text) => cellParagraph(unbrokenNumbers(text), 'center', { italic: true, size: NUMBERING_SIZE }), {
        header: header.rows.length > 0,
      }),
    );
  }
  if (bulk && table.rows.length >= BULK_MIN_ROWS) {
    // A long table: its rows as markup, spliced in when packing (bulk-rows.ts).
    let xml = '';
    for (const row of table.rows) {
      xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
      for (let c = 0; c < columns; c++) {
        xml += cellXml(row.cells[c] ?? '', spanWidth(widths, c, 1), row.align?.[c] ?? defaultAlign(c), { bold: row.bold === true, size: DATA_SIZE });
      }
      xml += '</w:tr>';
    }
    const marker = bulk.add(xml);
    rows.push(fullRow([marker], (text) => cellParagraph(text, 'left', { size: DATA_SIZE }), {}));
  } else {
    for (const row of table.rows) {
      rows.push(fullRow(row.cells, (text, c) => cellParagraph(text, row.align?.[c] ?? defaultAlign(c), { bold: row.bold === true, size: DATA_SIZE }), {}));
    }
  }
  if (rows.length === 0) rows.push(fullRow([], (text) => cellParagraph(text, 'center', { size: DATA_SIZE }), {}));

  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}

/**
 * A numbering cell that may wrap only after an operator: "(11)=(12)+(13)" in a narrow column breaks as "(11)=" /
 * "(12)+(13)", never inside "(12)" (a word joiner, U+2060, between the characters of each "(n)").
 */
export function unbrokenNumbers(text: string): string {
  return text.replace(/\(\s*(\d+)\s*\)/g, (_m, n: string) => `(\u2060${n}\u2060)`);
}
