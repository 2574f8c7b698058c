/**
 * The foot of the report: "Nơi nhận:" and its list on the left (ô 9b), the signature on the right (ô 7a–7c), in a
 * borderless two-column table on Mẫu 1.4's grid (2994 / 6290 twips ≈ 52,8 / 110,9 mm).
 */
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { ReportDocument } from '../model';
import { spacing, textRuns, type RunStyle } from './text';
import { fitWidths } from './units';

/** Sizes in pt (domain-spec §1.3 rows 7a, 7b, 9b). */
export const FOOT_SIZES = { noiNhan: 12, distribution: 11, authority: 14, signer: 14 } as const;
const GRID = [2994, 6290] as const;
/**
 * Room for the signature and the seal above the signer's name: about four lines of 14 pt (72 pt, 25 mm), as space
 * before the name rather than empty paragraphs, so that no reader collapses or stretches it.
 */
export const SIGNATURE_SPACE = 1440;
/** Space between the content and the block: one line of 14 pt (what an empty paragraph used to give). */
export const BEFORE_FOOT = 320;

/** `hanging`: a Nơi nhận item that wraps goes on under its text, not under its "- " (twips). */
function line(text: string, style: RunStyle, alignment: 'left' | 'center', before = 0, hanging = 0): Paragraph {
  return new Paragraph({
    alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: spacing(before),
    indent: hanging ? { left: hanging, hanging } : { firstLine: 0 },
    children: textRuns(text, style),
  });
}

/** "- " at 11 pt in Times New Roman: about 0,5 em + a space (a wrapped item's second line starts under its text). */
const ITEM_HANGING = 120;

/** The foot table. `available` is the text column's width in twips. */
export function footTable(doc: ReportDocument, available: number): Table {
  const [left, right] = fitWidths(GRID, available) as [number, number];
  const received = [
    line('Nơi nhận:', { size: FOOT_SIZES.noiNhan, bold: true, italic: true }, 'left', BEFORE_FOOT),
    ...doc.distribution.map((text) => line(text, { size: FOOT_SIZES.distribution }, 'left', 0, text.startsWith('- ') ? ITEM_HANGING : 0)),
  ];
  const signature = [
    ...doc.signature.authority.map((text, i) => line(text, { size: FOOT_SIZES.authority, bold: true }, 'center', i === 0 ? BEFORE_FOOT : 0)),
    line(
      doc.signature.signer,
      { size: FOOT_SIZES.signer, bold: true },
      'center',
      doc.signature.authority.length > 0 ? SIGNATURE_SPACE : BEFORE_FOOT + SIGNATURE_SPACE,
    ),
  ];
  // The Nơi nhận column has no inner margin on the left: its lines start at the body's left edge (a cell's default 1,9 mm
  // set them off it), and the whole column is theirs, so an item wraps only when it is longer than the column.
  const cell = (width: number, children: Paragraph[], flush: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      ...(flush ? { margins: { left: 0, right: 0 } } : {}),
      children,
    });
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // The block is not split over two pages: a signature without its report, or the reverse, is not valid.
    rows: [new TableRow({ cantSplit: true, children: [cell(left, received, true), cell(right, signature, false)] })],
  });
}
