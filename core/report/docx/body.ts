/**
 * The content (ô 6): headings, paragraphs, "-" / "+" items and small tables, with their footnotes, ending "./.".
 *
 * Phụ lục I §II.6e: justified, first line indented 1,27 cm, at least 6 pt between paragraphs, line spacing from single
 * to 1,5. Headings keep the paragraphs' indent (the reports write "I. …", "1. …" at the indent), and items are plain
 * paragraphs beginning with their marker, as the reports write them, not Word bullets.
 */
import { AlignmentType, FootnoteReferenceRun, Paragraph, Table, TextRun } from 'docx';
import { isFootnoteRef, type Block, type Inline, type Run } from '../model';
import { reportTable } from './table';
import { cleanText, spacing, textRuns, type RunStyle } from './text';

/** First-line indent: 1,27 cm. */
export const FIRST_LINE_INDENT = 720;
/** Space before each paragraph: 6 pt. */
const SPACE_BEFORE = 120;
/** Line spacing: 1,2 lines (between the decree's single and 1,5). */
const LINE = 288;
/** Footnote text size, pt. */
export const FOOTNOTE_SIZE = 12;
/** The content's closing mark. */
const END_MARK = './.';

/** The document's footnotes, numbered 1, 2, 3… in the order their references are met. */
export class Footnotes {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private count = 0;

  add(runs: readonly Run[]): number {
    this.count += 1;
    const children: TextRun[] = [new TextRun({ text: ' ', size: FOOTNOTE_SIZE * 2 })];
    for (const run of runs) for (const r of textRuns(run.text, { size: FOOTNOTE_SIZE, bold: run.bold, italic: run.italic })) children.push(r);
    this.notes[String(this.count)] = {
      children: [
        new Paragraph({
          style: 'FootnoteText',
          alignment: AlignmentType.JUSTIFIED,
          spacing: spacing(),
          children,
        }),
      ],
    };
    return this.count;
  }

  /** For the Document's `footnotes` option. */
  get all(): Record<string, { children: Paragraph[] }> {
    return this.notes;
  }
}

function inlineRuns(content: readonly Inline[], base: RunStyle, notes: Footnotes): (TextRun | FootnoteReferenceRun)[] {
  const out: (TextRun | FootnoteReferenceRun)[] = [];
  for (const inline of content) {
    if (isFootnoteRef(inline)) {
      out.push(new FootnoteReferenceRun(notes.add(inline.footnote)));
    } else {
      const style = { size: base.size, bold: base.bold === true || inline.bold === true, italic: base.italic === true || inline.italic === true };
      for (const run of textRuns(inline.text, style)) out.push(run);
    }
  }
  return out;
}

function bodyParagraph(children: (TextRun | FootnoteReferenceRun)[], keepNext = false, keepLines = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: spacing(SPACE_BEFORE, 0, LINE),
    keepNext,
    ...(keepLines ? { keepLines } : {}),
    children,
  });
}

function plainText(content: readonly Inline[]): string {
  return content.map((inline) => (isFootnoteRef(inline) ? '' : cleanText(inline.text))).join('');
}

/**
 * The body with "./." at the end of its last text: kept when the text already ends with it; after a final "." only
 * "/." is added ("… năm 2024." → "… năm 2024./."), otherwise "./." (trailing spaces dropped). It goes in the last
 * paragraph, heading or item, never in a paragraph of its own, except when the body ends with a table (or is empty),
 * where there is no text to end.
 */
export function withEndMark(body: readonly Block[]): Block[] {
  const blocks = [...body];
  const last = blocks[blocks.length - 1];
  if (last === undefined || last.kind === 'table') {
    blocks.push({ kind: 'paragraph', content: [{ text: END_MARK }] });
    return blocks;
  }
  if (plainText(last.content).trimEnd().endsWith(END_MARK)) return blocks;
  const content = [...last.content];
  const tail = content[content.length - 1];
  if (tail !== undefined && !isFootnoteRef(tail)) {
    const text = tail.text.replace(/\s+$/u, '');
    content[content.length - 1] = { ...tail, text: text + (text.endsWith('.') ? '/.' : END_MARK) };
  } else {
    // After a footnote mark (or in an empty block) the mark is a run of its own, in the block's type.
    content.push({ text: END_MARK });
  }
  blocks[blocks.length - 1] = { ...last, content };
  return blocks;
}

/** The body's Word blocks. `available` is the text column's width in twips (for tables). */
export function bodyBlocks(body: readonly Block[], size: number, notes: Footnotes, available: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const blocks = withEndMark(body);
  for (const [i, block] of blocks.entries()) {
    // The last text ("Trên đây là báo cáo …./.") stays whole and on the page of the signature: never a signature alone.
    const last = i === blocks.length - 1;
    switch (block.kind) {
      case 'heading': {
        const style: RunStyle = { size, bold: true, italic: block.level === 3 };
        out.push(bodyParagraph(inlineRuns(block.content, style, notes), true, last));
        break;
      }
      case 'paragraph':
        out.push(bodyParagraph(inlineRuns(block.content, { size }, notes), last, last));
        break;
      case 'item':
        out.push(bodyParagraph([...textRuns(`${block.marker} `, { size }), ...inlineRuns(block.content, { size }, notes)], last, last));
        break;
      case 'table':
        // Two tables in a row would run together into one: keep an empty paragraph between them.
        if (out[out.length - 1] instanceof Table) out.push(new Paragraph({ spacing: spacing(), children: [] }));
        out.push(reportTable(block.table, available));
        break;
    }
  }
  return out;
}
