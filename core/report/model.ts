/**
 * The report as a document model: plain data, independent of .docx. The templates and the sheet's
 * figures produce it (compose.ts); docx.ts turns it into a Word file. Every string here is plain text,
 * already in its final wording; nothing in it is markup.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** An inline footnote: its reference mark goes where it stands, its text at the foot of the page. */
export interface FootnoteRef {
  footnote: Run[];
}

export type Inline = Run | FootnoteRef;

export function isFootnoteRef(x: Inline): x is FootnoteRef {
  return (x as FootnoteRef).footnote !== undefined;
}

export type Block =
  /** "I. ĐỔI MỚI …" (level 1: bold capitals as written), "1. Thực hiện …" (level 2: bold), "1.1. …" (level 3: bold italic). */
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  /** Body text: justified, first-line indent. */
  | { kind: 'paragraph'; content: Inline[] }
  /** "- …" and "+ …" items, as the reports write them (the marker is part of the line, indented like a paragraph). */
  | { kind: 'item'; marker: '-' | '+'; content: Inline[] }
  /** A table inside the body (small ones; large ones go to an appendix). */
  | { kind: 'table'; table: ReportTable };

export interface HeaderCell {
  text: string;
  /** Columns and rows the cell spans (merged header cells). */
  colSpan?: number;
  rowSpan?: number;
}

export interface ReportTable {
  /** Header rows with merged cells, top to bottom; cells covered by a span above or to the left are omitted. */
  header: HeaderCell[][];
  /** The form's numbering row ("1 2 3=4+5 …"), when it has one. */
  numbering?: string[];
  rows: { cells: string[]; bold?: boolean; align?: ('left' | 'center' | 'right')[] }[];
  /** Absolute column widths in millimetres (Google Docs and LibreOffice need them). */
  widths: number[];
}

export interface Appendix {
  /** "Phụ lục", "Phụ lục I", … */
  label: string;
  /** The appendix title, in capitals. */
  title: string;
  /** Lines under the title: the reference line "(Kèm theo Báo cáo số …)", the period. */
  subtitle: string[];
  table: ReportTable;
  landscape: boolean;
  /**
   * "Ghi chú:" lines under the table: how each rate in it is computed ("Tỷ lệ giải quyết đúng hạn = (Sớm hạn
   * + Đúng hạn) / Đã giải quyết"). Definitions go here, never in the body or its footnotes.
   */
  notes?: string[];
}

export interface ReportDocument {
  header: {
    /** Cơ quan chủ quản, caps; omitted when empty. */
    parentAgency?: string;
    /** Cơ quan ban hành, caps, bold. */
    agency: string;
    /** "Số:      /BC-UBND". */
    number: string;
    /** "Lấp Vò, ngày      tháng 3 năm 2024". */
    placeDate: string;
    /**
     * A công văn's trích yếu, under the number in the left column (ô 5b): "V/v khắc phục những hạn chế …", as
     * lines already broken; absent for a report.
     */
    subject?: string[];
  };
  /** "BÁO CÁO"; '' for a công văn, which has no tên loại (its trích yếu is header.subject). */
  kind: string;
  /**
   * The draft mark, when the figures do not add up and the user has not accepted them: its first line is the
   * mark itself ("DỰ THẢO — số liệu chưa khớp"), the others the cells and what is wrong. Printed at the top of
   * the first page so that no one signs the document by mistake.
   */
  draft?: string[];
  /** The trích yếu, one or more lines, bold. */
  summary: string[];
  /** "Kính gửi:" recipients; one is written on the same line. */
  recipients: string[];
  body: Block[];
  signature: {
    /** "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" — caps, bold. */
    authority: string[];
    signer: string;
  };
  /** "Nơi nhận:" list, each line as printed ("- Như trên;", last "- Lưu: VT, …."). */
  distribution: string[];
  appendices: Appendix[];
}
