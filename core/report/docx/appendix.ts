/**
 * A Phụ lục: its own section (new page, landscape when asked, pages numbered from 1), "Phụ lục …" (14, bold), the
 * title (caps, 14, bold), the lines under it (italic), a short rule, then the table (Phụ lục I §III.1).
 */
import { AlignmentType, LineRuleType, Paragraph, type ISectionOptions } from 'docx';
import type { Appendix } from '../model';
import { section, textWidth, type Margins } from './page';
import { ruleParagraph } from './rule';
import { reportTable } from './table';
import type { BulkRows } from './bulk-rows';
import { cleanText, textRuns, type RunStyle } from './text';
import { widestLineTwips } from './units';

export const APPENDIX_SIZES = { label: 14, title: 14, subtitle: 14 } as const;

function centred(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    keepNext: true,
    children: textRuns(text, style),
  });
}

export function appendixSection(appendix: Appendix, opts: { margins: Margins; pageNumberSize: number; bulk?: BulkRows }): ISectionOptions {
  const available = textWidth(opts.margins, appendix.landscape);
  const subtitle = appendix.subtitle.map(cleanText);
  const under = subtitle.length > 0 ? subtitle : [cleanText(appendix.title)];
  const size = under === subtitle ? APPENDIX_SIZES.subtitle : APPENDIX_SIZES.title;
  const longest = Math.min(available, Math.max(0, ...under.map((l) => widestLineTwips(l, size, { bold: under !== subtitle }))));
  const children = [
    centred(appendix.label, { size: APPENDIX_SIZES.label, bold: true }),
    centred(appendix.title, { size: APPENDIX_SIZES.title, bold: true }),
    ...subtitle.map((line) => centred(line, { size: APPENDIX_SIZES.subtitle, italic: true })),
    // A short rule under the reference line, as Mẫu 2.1 has it, and 12 pt before the table.
    ruleParagraph(Math.round(longest / 3), available, 240),
    reportTable(appendix.table, available, opts.bulk),
    // Word wants a paragraph after a table that ends a section; a 1 pt one cannot push a new page.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
  return section(children, {
    margins: opts.margins,
    landscape: appendix.landscape,
    pageNumberSize: opts.pageNumberSize,
    newPage: true,
  });
}
