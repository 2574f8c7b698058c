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
import { Document, Packer, Paragraph } from 'docx';
import type { ReportDocument } from './model';
import { appendixSection } from './docx/appendix';
import { bodyBlocks, Footnotes } from './docx/body';
import { footTable } from './docx/foot';
import { headerTable, titleBlock } from './docx/header';
import { section, textWidth, type Margins } from './docx/page';
import { documentStyles } from './docx/styles';
import { cleanText } from './docx/text';
import { BulkRows } from './docx/bulk-rows';
import JSZip from 'jszip';

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

/** The report as a docx `Document`, ready for `packDocx`. */
export function buildDocx(doc: ReportDocument, opts: DocxOptions = {}): Document {
  const margins: Margins = { ...(opts.margins ?? DEFAULT_MARGINS) };
  const bodySize = opts.bodySize ?? DEFAULT_BODY_SIZE;
  const available = textWidth(margins, false);
  const notes = new Footnotes();
  const bulk = new BulkRows();

  const main = [
    headerTable(doc.header, available),
    ...titleBlock(doc, available),
    ...bodyBlocks(doc.body, bodySize, notes, available),
    // One blank line between the content and the Nơi nhận / signature block.
    new Paragraph({ children: [] }),
    footTable(doc, available),
  ];
  // A section cannot end on a table (Word adds a paragraph when it opens it); when no Phụ lục follows, end on one.
  if (doc.appendices.length === 0) main.push(new Paragraph({ children: [] }));

  const sections = [
    section(main, { margins, landscape: false, pageNumberSize: bodySize, newPage: false }),
    ...doc.appendices.map((appendix) => appendixSection(appendix, { margins, pageNumberSize: bodySize, ...(opts.bulkRows === false ? {} : { bulk }) })),
  ];

  const document = new Document({
    creator: cleanText(doc.header.agency).slice(0, 255),
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
  const xml = await (await JSZip.loadAsync(first)).file(MAIN_PART)!.async('string');
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, [{ path: MAIN_PART, data: bulk.splice(xml) }]));
}

/** The report as .docx bytes. */
export async function reportToDocx(doc: ReportDocument, opts?: DocxOptions): Promise<Uint8Array> {
  return packDocx(buildDocx(doc, opts));
}
