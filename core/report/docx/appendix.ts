/**
 * A Phụ lục: its own section (new page, landscape when asked, pages numbered from 1), "Phụ lục …" (14, bold), the
 * title (caps, 14, bold), the lines under it (italic), a short rule, the table (Phụ lục I §III.1), and its "Ghi
 * chú:" lines under the table when it has some.
 */
import { AlignmentType, LineRuleType, Paragraph, type ISectionOptions } from 'docx';
import type { Appendix } from '../model';
import { section, textWidth, type Margins } from './page';
import { ruleParagraph } from './rule';
import { reportTable } from './table';
import type { BulkRows } from './bulk-rows';
import { cleanText, spacing, textRuns, type RunStyle } from './text';
import { widestLineTwips } from './units';
import { balanceLines } from './wrap';

export const APPENDIX_SIZES = { label: 14, title: 14, subtitle: 14, notes: 12 } as const;
/** The most data rows an appendix may have: beyond that the report is refused (ReportTooLarge). */
export const MAX_APPENDIX_ROWS = 5000;
/** Space above "Ghi chú:", twips (6 pt). */
const BEFORE_NOTES = 120;

/** 125000 → "125.000", the way the reports write numbers, whatever the runtime's locale data. */
function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * An appendix too long to print: a report is printed and signed, and a table of tens of thousands of rows belongs
 * in the spreadsheet sent with it. The message is for the user, as it stands.
 */
export class ReportTooLarge extends Error {
  constructor(
    public readonly rows: number,
    public readonly limit: number = MAX_APPENDIX_ROWS,
  ) {
    super(
      `Phụ lục có ${formatCount(rows)} dòng, quá số dòng một báo cáo in ra có thể chứa (tối đa ${formatCount(limit)} dòng). ` +
        'Hãy gửi kèm tệp .xlsx thay cho phụ lục, hoặc lọc bớt bảng trước khi tạo báo cáo.',
    );
    this.name = 'ReportTooLarge';
  }
}

/** Throws ReportTooLarge for an appendix with more data rows than MAX_APPENDIX_ROWS. */
export function checkAppendixSize(appendix: Appendix): void {
  // Data rows: the bold ones are totals, subtotals and section rows, which a 5.000-row list also has.
  let rows = 0;
  for (const r of appendix.table.rows) if (!r.bold) rows++;
  if (rows > MAX_APPENDIX_ROWS) throw new ReportTooLarge(rows);
}

function centred(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing(),
    keepNext: true,
    children: textRuns(text, style),
  });
}

/** The title's lines: each of its lines broken in balanced lines that fit the page (wrap.ts). */
export function appendixTitleLines(title: string, available: number): string[] {
  const out: string[] = [];
  for (const line of cleanText(title).split('\n')) {
    for (const piece of balanceLines(line, available, APPENDIX_SIZES.title, { bold: true })) out.push(piece);
  }
  return out;
}

function notesBlock(notes: readonly string[]): Paragraph[] {
  const lines = notes.map((n) => cleanText(n).trim()).filter((n) => n !== '');
  if (lines.length === 0) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: spacing(BEFORE_NOTES),
      keepNext: true,
      children: textRuns('Ghi chú:', { size: APPENDIX_SIZES.notes, bold: true, italic: true }),
    }),
    ...lines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: spacing(),
          children: textRuns(line, { size: APPENDIX_SIZES.notes, italic: true }),
        }),
    ),
  ];
}

export function appendixSection(appendix: Appendix, opts: { margins: Margins; pageNumberSize: number; bulk?: BulkRows }): ISectionOptions {
  checkAppendixSize(appendix);
  const available = textWidth(opts.margins, appendix.landscape);
  const title = appendixTitleLines(appendix.title, available);
  const subtitle = appendix.subtitle.map(cleanText);
  const under = subtitle.length > 0 ? subtitle : title;
  const size = under === subtitle ? APPENDIX_SIZES.subtitle : APPENDIX_SIZES.title;
  let widest = 0;
  for (const line of under) widest = Math.max(widest, widestLineTwips(line, size, { bold: under !== subtitle }));
  const longest = Math.min(available, widest);
  const notes = notesBlock(appendix.notes ?? []);
  const children = [
    centred(appendix.label, { size: APPENDIX_SIZES.label, bold: true }),
    ...title.map((line) => centred(line, { size: APPENDIX_SIZES.title, bold: true })),
    ...subtitle.map((line) => centred(line, { size: APPENDIX_SIZES.subtitle, italic: true })),
    // A short rule under the reference line, as Mẫu 2.1 has it, and 12 pt before the table.
    ruleParagraph(Math.round(longest / 3), available, 240),
    reportTable(appendix.table, available, opts.bulk),
    ...notes,
  ];
  if (notes.length === 0) {
    // Word wants a paragraph after a table that ends a section; a 1 pt one (its mark 1 pt too) cannot push a new page.
    children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [] }));
  }
  return section(children, {
    margins: opts.margins,
    landscape: appendix.landscape,
    pageNumberSize: opts.pageNumberSize,
    newPage: true,
  });
}
