/**
 * The first page's top: the two-column header (ô 1–4 of Phụ lục I §IV), then the tên loại "BÁO CÁO", the trích yếu
 * and "Kính gửi:" (ô 5a, 9a).
 *
 * The header is a borderless table on the grid of the decree's Mẫu 1.4 (3829 / 5670 twips ≈ 67,5 / 100 mm) with two
 * rows: the names (agency | Quốc hiệu, Tiêu ngữ) with their rules, then "Số: …" | "<địa danh>, ngày …". Two rows
 * rather than one keep "Số" and the date on the same line (ô 3 and ô 4) whether or not there is a cơ quan chủ quản
 * line and however many lines the agency's name takes.
 */
import { UNIT_KINDS } from '../../catalogue/vocabulary';
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TabStopType, VerticalAlignTable, WidthType } from 'docx';
import type { ReportDocument } from '../model';
import { ruleParagraph } from './rule';
import { cleanText, spacing, textRuns, type RunStyle } from './text';
import { fitWidths, textWidthTwips, widestLineTwips, type FontStyle } from './units';
import { balanceLines } from './wrap';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Sizes in pt, from Mẫu 1.4 (domain-spec §1.4). */
export const HEADER_SIZES = {
  parentAgency: 13,
  agency: 13,
  number: 13,
  quocHieu: 13,
  tieuNgu: 14,
  placeDate: 14,
  kind: 14,
  summary: 14,
  recipients: 14,
  subject: 12,
} as const;

/** Space above the công văn's trích yếu, under the number: 6 pt (ô 5b). */
const BEFORE_SUBJECT = 120;
/** Space above the tên loại: 24 pt; above "Kính gửi:": 12 pt, or 24 pt when it comes straight under the header. */
const BEFORE_KIND = 480;
const BEFORE_RECIPIENTS = 240;

/** Mẫu 1.4's header grid, twips. */
const GRID = [3829, 5670] as const;
/** How far the header table may reach left of the text column, as in Mẫu 1.4 (w:tblInd −199 ≈ −3,5 mm). */
const MAX_OUTDENT = 199;
/** Left and right padding of the header cells: 1 mm. */
const PADDING = 57;
/** The agency's and the trích yếu's rules: 2/5 of their line, inside the decree's 1/3–1/2 whatever the estimate's error. */
const SHORT_RULE = 0.4;
/** Space under a rule before the next line, twips (4 pt). */
const AFTER_RULE = 80;

/** Words that begin the name of an administrative unit: a long agency name is broken before one of them. */
const UNIT_WORDS = UNIT_KINDS.map((u) => u.toUpperCase());

/**
 * A name too long for one line of its cell, broken the way offices write it: before the unit ("ỦY BAN NHÂN DÂN" /
 * "XÃ LẤP VÒ"), at the first unit word where both lines fit. Unchanged when it fits, when it has line breaks of its
 * own, or when there is no such break (then Word wraps it where it must). Only the break is chosen: the wording is
 * left as it is.
 */
export function breakName(text: string, width: number, sizePt: number, style: FontStyle): string {
  if (text.includes('\n') || textWidthTwips(text, sizePt, style) <= width) return text;
  const words = text.trim().split(/ +/);
  const upper = words.map((w) => w.normalize('NFC').toUpperCase());
  const unitAt = (i: number) =>
    UNIT_WORDS.some((unit) => {
      const parts = unit.split(' ');
      return parts.every((part, k) => upper[i + k] === part);
    });
  for (let i = 1; i < words.length; i += 1) {
    if (!unitAt(i)) continue;
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    if (Math.max(textWidthTwips(first, sizePt, style), textWidthTwips(second, sizePt, style)) <= width) {
      return `${first}\n${second}`;
    }
  }
  return text;
}

function centred(text: string, style: RunStyle, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing(before),
    indent: { firstLine: 0 },
    children: textRuns(text, style),
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
}

/** The borderless header table. `available` is the text column's width in twips. */
export function headerTable(header: ReportDocument['header'], available: number): Table {
  // Mẫu 1.4's grid reaches 3,5 mm into the left margin; do the same when the text column is narrower than the grid,
  // and scale the grid down only when even that is not enough (wider margins than the defaults).
  const gridTotal = GRID[0] + GRID[1];
  const outdent = Math.min(MAX_OUTDENT, Math.max(0, gridTotal - available));
  const [left, right] = fitWidths(GRID, available + outdent) as [number, number];
  const leftInner = left - 2 * PADDING;
  const rightInner = right - 2 * PADDING;

  // The Quốc hiệu must stay on one line: 13 pt when it fits the right column (it does on Mẫu 1.4's grid), else 12.
  const quocHieuSize = textWidthTwips(QUOC_HIEU, HEADER_SIZES.quocHieu, { bold: true }) * 1.01 <= rightInner ? HEADER_SIZES.quocHieu : 12;

  const leftTop: Paragraph[] = [];
  const parent = header.parentAgency !== undefined ? cleanText(header.parentAgency).trim() : '';
  if (parent !== '') leftTop.push(centred(parent, { size: HEADER_SIZES.parentAgency }));
  const agency = breakName(cleanText(header.agency), leftInner, HEADER_SIZES.agency, { bold: true });
  leftTop.push(centred(agency, { size: HEADER_SIZES.agency, bold: true }));
  const agencyLine = Math.min(widestLineTwips(agency, HEADER_SIZES.agency, { bold: true }), leftInner);
  leftTop.push(ruleParagraph(Math.round(agencyLine * SHORT_RULE), leftInner, AFTER_RULE));

  const rightTop = [
    centred(QUOC_HIEU, { size: quocHieuSize, bold: true }),
    centred(TIEU_NGU, { size: HEADER_SIZES.tieuNgu, bold: true }),
    ruleParagraph(textWidthTwips(TIEU_NGU, HEADER_SIZES.tieuNgu, { bold: true }), rightInner, AFTER_RULE),
  ];

  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    ...(outdent > 0 ? { indent: { size: -outdent, type: WidthType.DXA } } : {}),
    margins: { left: PADDING, right: PADDING, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, leftTop), cell(right, rightTop)] }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            centred(header.number, { size: HEADER_SIZES.number }),
            // A công văn's trích yếu (ô 5b): 12 pt, upright, centred under the number, 6 pt below it.
            ...(header.subject ?? []).map((line, i) => centred(cleanText(line), { size: HEADER_SIZES.subject }, i === 0 ? BEFORE_SUBJECT : 0)),
          ]),
          cell(right, [centred(header.placeDate, { size: HEADER_SIZES.placeDate, italic: true })]),
        ],
      }),
    ],
  });
}

/**
 * The trích yếu's lines: each of the model's lines broken in balanced lines that fit the text column (wrap.ts), so
 * that every reader breaks it in the same places.
 */
export function summaryLines(summary: readonly string[], available: number): string[] {
  const out: string[] = [];
  for (const paragraph of summary) {
    for (const line of cleanText(paragraph).split('\n')) {
      for (const piece of balanceLines(line, available, HEADER_SIZES.summary, { bold: true })) out.push(piece);
    }
  }
  return out;
}

/**
 * "BÁO CÁO", the trích yếu with its rule, and "Kính gửi:". `available` is the text column's width in twips. A công
 * văn has neither tên loại nor trích yếu here (its trích yếu is in the header): then only "Kính gửi:".
 */
export function titleBlock(doc: ReportDocument, available: number): Paragraph[] {
  const out: Paragraph[] = [];
  const kind = cleanText(doc.kind).trim();
  const summary = summaryLines(doc.summary, available);
  if (kind !== '') {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(BEFORE_KIND),
        keepNext: true,
        children: textRuns(kind, { size: HEADER_SIZES.kind, bold: true }),
      }),
    );
  }
  summary.forEach((line, i) => {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(i === 0 && kind === '' ? BEFORE_KIND : 0),
        keepNext: true,
        children: textRuns(line, { size: HEADER_SIZES.summary, bold: true }),
      }),
    );
  });
  if (kind !== '' || summary.length > 0) {
    let longest = 0;
    for (const line of summary) longest = Math.max(longest, textWidthTwips(line, HEADER_SIZES.summary, { bold: true }));
    // Without a trích yếu the rule goes under the tên loại.
    const ruleBase = summary.length > 0 ? Math.min(available, longest) : widestLineTwips(kind, HEADER_SIZES.kind, { bold: true });
    out.push(ruleParagraph(Math.round(ruleBase * SHORT_RULE), available, 0));
  }
  for (const p of recipientsBlock(doc.recipients, available, out.length === 0 ? BEFORE_KIND : BEFORE_RECIPIENTS)) out.push(p);
  return out;
}

/**
 * "Kính gửi: X" centred on one line for one recipient; for several, "Kính gửi:" then one line per recipient, "- X;"
 * and the last "- X.", their dashes aligned one under the other after the label (a hanging indent with a tab), the
 * whole block centred on its longest line.
 */
function recipientsBlock(recipients: readonly string[], available: number, before: number): Paragraph[] {
  const names = recipients.map((r) => cleanText(r).trim()).filter((r) => r !== '');
  const size = HEADER_SIZES.recipients;
  if (names.length === 0) return [];
  if (names.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(before),
        children: textRuns(`Kính gửi: ${names[0] ?? ''}`, { size }),
      }),
    ];
  }
  const lines = names.map((name, i) => {
    const last = i === names.length - 1;
    const dashed = name.startsWith('-') ? name : `- ${name}`;
    return /[;.]$/.test(dashed) ? dashed : `${dashed}${last ? '.' : ';'}`;
  });
  const label = 'Kính gửi:';
  const labelWidth = textWidthTwips(`${label}  `, size);
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, widestLineTwips(line, size));
  const start = Math.max(0, Math.floor((available - Math.min(available, labelWidth + widest)) / 2));
  const column = Math.min(start + labelWidth, Math.floor(available / 2));
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: spacing(i === 0 ? before : 0),
        indent: { left: column, hanging: i === 0 ? column - start : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: column }],
        children: i === 0 ? textRuns(`${label}\t${line}`, { size }) : textRuns(line, { size }),
      }),
  );
}
