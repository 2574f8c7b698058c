/**
 * The foot of the report: "Nơi nhận:" and its list on the left (ô 9b), the signature on the right (ô 7a–7c), in a
 * borderless two-column table on Mẫu 1.4's grid (2994 / 6290 twips ≈ 52,8 / 110,9 mm).
 */
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { ReportDocument } from '../model';
import { textRuns, type RunStyle } from './text';
import { fitWidths } from './units';

/** Sizes in pt (domain-spec §1.3 rows 7a, 7b, 9b). */
export const FOOT_SIZES = { noiNhan: 12, distribution: 11, authority: 14, signer: 14 } as const;
const GRID = [2994, 6290] as const;
/** Blank lines left for the signature and the seal. */
const SIGNATURE_LINES = 4;

function line(text: string, style: RunStyle, alignment: 'left' | 'center'): Paragraph {
  return new Paragraph({
    alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    indent: { firstLine: 0 },
    children: textRuns(text, style),
  });
}

/** The foot table. `available` is the text column's width in twips. */
export function footTable(doc: ReportDocument, available: number): Table {
  const [left, right] = fitWidths(GRID, available) as [number, number];
  const received = [
    line('Nơi nhận:', { size: FOOT_SIZES.noiNhan, bold: true, italic: true }, 'left'),
    ...doc.distribution.map((text) => line(text, { size: FOOT_SIZES.distribution }, 'left')),
  ];
  const signature = [
    ...doc.signature.authority.map((text) => line(text, { size: FOOT_SIZES.authority, bold: true }, 'center')),
    ...Array.from({ length: SIGNATURE_LINES }, () => line('', { size: FOOT_SIZES.signer }, 'center')),
    line(doc.signature.signer, { size: FOOT_SIZES.signer, bold: true }, 'center'),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // The block is not split over two pages: a signature without its report, or the reverse, is not valid.
    rows: [new TableRow({ cantSplit: true, children: [cell(left, received), cell(right, signature)] })],
  });
}
