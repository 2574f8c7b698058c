/**
 * Plain text to Word runs. Every string of the report passes through here: characters XML 1.0 cannot carry are
 * dropped, tabs become Word tabs and line feeds become line breaks. Markup ("<w:p>", "&") is left as it is: the docx
 * library escapes it, so it shows as text.
 */
import { LineRuleType, Tab, TextRun } from 'docx';

/** Single line spacing in twips, as "auto" (a multiple of the font's own line height). */
export const SINGLE_LINE = 240;

/**
 * A paragraph's spacing, its line rule always written: a w:line without w:lineRule is read as "auto" by Word but
 * not by every reader, and an exact line smaller than its text makes the lines overlap.
 */
export function spacing(before = 0, after = 0, line = SINGLE_LINE): { before: number; after: number; line: number; lineRule: typeof LineRuleType.AUTO } {
  return { before, after, line, lineRule: LineRuleType.AUTO };
}

/**
 * What XML 1.0 forbids in text: the C0 controls other than tab, line feed and carriage return; U+FFFE and U+FFFF;
 * and surrogates that are not half of a pair. (The library drops the C0 controls itself, but not the others, and a
 * lone surrogate or U+FFFF makes the whole document part unreadable.)
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with XML-invalid characters removed and line ends ("\r\n", "\r") made "\n". Tabs and "\n" are kept. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '');
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size: number;
  /** RRGGBB; the document's black when absent. */
  color?: string;
}

/**
 * The text as runs in one paragraph.
 *
 * A "\n" inside the text becomes a line break (w:br), not a space and not a new paragraph: a line feed in a cell
 * or a name was put there on purpose (an agency name on two lines, a table heading broken by hand), and a break
 * keeps the paragraph's alignment and spacing. A tab becomes a Word tab (w:tab), since Word does not read a tab
 * character written inside w:t.
 */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  // Only what is on is written: an explicit w:b="false" would override a style for nothing.
  const props = {
    size: style.size * 2,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.color ? { color: style.color } : {}),
  };
  return cleanText(text)
    .split('\n')
    .map((line, index) => {
      const parts = line.split('\t');
      const children: (string | Tab)[] = [];
      parts.forEach((part, i) => {
        if (i > 0) children.push(new Tab());
        if (part !== '') children.push(part);
      });
      return new TextRun(index > 0 ? { ...props, break: 1, children } : { ...props, children });
    });
}
