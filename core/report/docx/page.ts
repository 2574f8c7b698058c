/**
 * Page setup of a section: A4, the margins, the page-number header.
 *
 * NĐ 30/2020 Phụ lục I §I.7: page numbers from 1, Arabic digits, 13–14 pt, centred in the top margin, not shown on the
 * first page; each Phụ lục is numbered on its own (§III.1đ). So every section restarts at 1 and has "different first
 * page" on, with an empty first-page header.
 */
import { AlignmentType, Header, NumberFormat, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionOptions } from 'docx';
import { spacing } from './text';
import { A4_HEIGHT, A4_WIDTH, mmToTwips } from './units';

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Distance of the header (the page number) from the top edge: 10 mm, as in the decree's own file. */
const HEADER_DISTANCE_MM = 10;

/** Width in twips of the text column of a portrait or landscape A4 page with these margins (mm). */
export function textWidth(margins: Margins, landscape: boolean): number {
  const page = landscape ? A4_HEIGHT : A4_WIDTH;
  return page - mmToTwips(margins.left) - mmToTwips(margins.right);
}

function pageNumberHeader(sizePt: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(),
        children: [new TextRun({ children: [PageNumber.CURRENT], size: sizePt * 2 })],
      }),
    ],
  });
}

/** A section on A4 (portrait or landscape), page numbers from 1 shown from its second page. */
export function section(
  children: ISectionOptions['children'],
  opts: { margins: Margins; landscape: boolean; pageNumberSize: number; newPage: boolean },
): ISectionOptions {
  return {
    headers: {
      default: pageNumberHeader(opts.pageNumberSize),
      first: new Header({ children: [new Paragraph({ spacing: spacing(), children: [] })] }),
    },
    properties: {
      ...(opts.newPage ? { type: SectionType.NEXT_PAGE } : {}),
      titlePage: true,
      page: {
        // Orientation only: the library swaps width and height for a landscape page (w:pgSz w > h, orient="landscape").
        size: {
          width: A4_WIDTH,
          height: A4_HEIGHT,
          orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(opts.margins.top),
          bottom: mmToTwips(opts.margins.bottom),
          left: mmToTwips(opts.margins.left),
          right: mmToTwips(opts.margins.right),
          header: mmToTwips(HEADER_DISTANCE_MM),
          footer: mmToTwips(HEADER_DISTANCE_MM),
        },
        pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
      },
    },
    children,
  };
}
