/**
 * The report (model.ts) as a Word document in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I (domain-spec §1):
 * A4, Times New Roman, the two-column header, the body, the Nơi nhận / signature block, page numbers from page 2,
 * and each Phụ lục in a section of its own.
 *
 * Pure: no Node and no DOM API. `packDocx` gives bytes through `Packer.toArrayBuffer`, which works in Node and in
 * a browser alike.
 *
 * The parts, one job per file under ./docx/: units (mm, twips, text widths), text (runs from plain text, cleaning),
 * rule (the short lines), page (sections and page numbers), header, body (and footnotes), table, foot, appendix, styles.
 */
import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, type IBorderOptions } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { ReportDocument } from './model';
import { appendixSection, checkAppendixSize } from './docx/appendix';
import { bodyBlocks, Footnotes } from './docx/body';
import { footTable } from './docx/foot';
import { headerTable, titleBlock } from './docx/header';
import { section, textWidth, type Margins } from './docx/page';
import { documentStyles } from './docx/styles';
import { cleanText, spacing, textRuns } from './docx/text';
import { BulkRows } from './docx/bulk-rows';

export { ReportTooLarge, MAX_APPENDIX_ROWS } from './docx/appendix';

/** Long tables' rows written as markup, by document, for packDocx to splice in (docx/bulk-rows.ts). */
const BULK = new WeakMap<Document, BulkRows>();
const MAIN_PART = 'word/document.xml';

export interface DocxOptions {
  /** Page margins in mm; default top 20, bottom 20, left 30, right 15 (NĐ 30: 20–25, 20–25, 30–35, 15–20). */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Size of the body text in pt; default 14. */
  bodySize?: 13 | 14;
  /** Write long tables' rows as markup (fast; default). `false` writes every row through the library. */
  bulkRows?: boolean;
}

export const DEFAULT_MARGINS: Readonly<Margins> = { top: 20, bottom: 20, left: 30, right: 15 };
export const DEFAULT_BODY_SIZE = 14;

/** The draft mark's colour (dark red) and size, pt. */
const DRAFT_COLOR = 'C00000';
const DRAFT_SIZE = 12;
const DRAFT_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: DRAFT_COLOR, space: 4 };

/**
 * The draft mark at the top of the first page: a red box, its first line the mark in bold, the others what does not
 * add up. Bordered paragraphs (every reader joins consecutive paragraphs with the same borders into one box) rather
 * than a table, which would run into the header table under it.
 */
function draftBox(lines: readonly string[]): Paragraph[] {
  const texts = lines.map((l) => cleanText(l).trim()).filter((l) => l !== '');
  return texts.map(
    (text, i) =>
      new Paragraph({
        alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: spacing(0, i === texts.length - 1 ? 240 : 0),
        indent: { left: 0, right: 0, firstLine: 0 },
        border: { top: DRAFT_BORDER, bottom: DRAFT_BORDER, left: DRAFT_BORDER, right: DRAFT_BORDER },
        keepNext: true,
        children: textRuns(text, { size: DRAFT_SIZE, bold: i === 0, color: DRAFT_COLOR }),
      }),
  );
}

/** The report as a docx `Document`, ready for `packDocx`. */
export function buildDocx(doc: ReportDocument, opts: DocxOptions = {}): Document {
  // Before any work: a table too long to print is refused at once, with a sentence for the user.
  for (const appendix of doc.appendices) checkAppendixSize(appendix);
  const margins: Margins = { ...(opts.margins ?? DEFAULT_MARGINS) };
  const bodySize = opts.bodySize ?? DEFAULT_BODY_SIZE;
  const available = textWidth(margins, false);
  const notes = new Footnotes();
  const bulk = new BulkRows();

  const body = bodyBlocks(doc.body, bodySize, notes, available);
  const main = [
    ...draftBox(doc.draft ?? []),
    headerTable(doc.header, available),
    ...titleBlock(doc, available),
    ...body,
    // Two tables in a row would run together into one: an empty paragraph between a body table and the foot.
    // Otherwise the space above the Nơi nhận / signature block is the block's own (foot.ts).
    ...(body[body.length - 1] instanceof Paragraph ? [] : [new Paragraph({ spacing: spacing(), children: [] })]),
    footTable(doc, available),
  ];
  // A section cannot end on a table (Word adds a paragraph when it opens it); when no Phụ lục follows, end on one, one
  // point high, so that a foot ending at the bottom of a page never pushes it onto a blank page of its own.
  if (doc.appendices.length === 0)
    main.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [] }));

  const sections = [
    section(main, { margins, landscape: false, pageNumberSize: bodySize, newPage: false }),
    ...doc.appendices.map((appendix) => appendixSection(appendix, { margins, pageNumberSize: bodySize, ...(opts.bulkRows === false ? {} : { bulk }) })),
  ];

  const agency = cleanText(doc.header.agency).replace(/\s+/g, ' ').trim().slice(0, 255);
  const document = new Document({
    creator: agency,
    lastModifiedBy: agency,
    title: cleanText([doc.kind, ...doc.summary].join(' ')).slice(0, 255),
    styles: documentStyles(bodySize),
    footnotes: notes.all,
    sections,
  });
  if (bulk.size > 0) BULK.set(document, bulk);
  return document;
}

/** The document's .docx bytes. Works in Node and in a browser (no Buffer, no Blob). */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  const bulk = BULK.get(doc);
  const first = new Uint8Array(await Packer.toArrayBuffer(doc));
  if (!bulk) return first;
  // Pack the document with its placeholder rows, put the long tables' rows in, and pack it again with that part.
  const part = unzipSync(first, { filter: (file) => file.name === MAIN_PART })[MAIN_PART];
  if (!part) throw new Error(`${MAIN_PART} missing from the packed document`);
  const xml = strFromU8(part);
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, [{ path: MAIN_PART, data: bulk.splice(xml) }]));
}

/** The report as .docx bytes. */
export async function reportToDocx(doc: ReportDocument, opts?: DocxOptions): Promise<Uint8Array> {
  return packDocx(buildDocx(doc, opts));
}
