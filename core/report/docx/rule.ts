/**
 * The short horizontal rules of the decree: under the Tiêu ngữ (as long as its line), under the agency name and under
 * the trích yếu (1/3 to 1/2 of their line, centred).
 *
 * How it is drawn: an empty paragraph of its own, a few points high, whose bottom border is the rule, narrowed to the
 * rule's length by equal left and right indents. Why this way and not the alternatives:
 * - a run of underscores (what the decree's own file does) has a length that depends on the font and the size, and
 *   never comes out at an exact fraction of the line above;
 * - a drawing shape (the decree's other method) floats, so it drifts when the text above wraps, and Google Docs drops it;
 * - a bottom border on the text's own paragraph would need the same indents, which would squeeze the text into the
 *   rule's length and wrap it.
 * A paragraph border is plain WordprocessingML that Word, LibreOffice and Google Docs all draw, it stays in the flow,
 * and its length is computed (see units.ts for the width estimate of the text above).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';

/** Height of the rule's paragraph: the rule sits this far under the line above. */
const RULE_LINE_TWIPS = 120;
/**
 * The size of the rule's empty paragraph mark, pt: smaller than its exact line, so that no reader makes the line
 * taller (or clips a mark taller than it) whatever the document's default size.
 */
export const MARK_SIZE = 1;

/**
 * A centred rule `ruleWidth` twips long, in a box (text column or table cell) `boxWidth` twips wide.
 * `after` is the space under it, in twips.
 */
export function ruleParagraph(ruleWidth: number, boxWidth: number, after = 0): Paragraph {
  const width = Math.max(0, Math.min(ruleWidth, boxWidth));
  const side = Math.max(0, Math.floor((boxWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after, line: RULE_LINE_TWIPS, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: MARK_SIZE * 2 },
    children: [],
  });
}
