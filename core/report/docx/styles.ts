/**
 * The document's styles: Times New Roman, black, Vietnamese, for every run (the document defaults, which tables,
 * headers and footnotes inherit too), paragraphs single-spaced with no space around them unless they say otherwise,
 * and footnotes in 12 pt.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { FOOTNOTE_SIZE } from './body';

export const FONT = 'Times New Roman';

export function documentStyles(bodySize: number): IStylesOptions {
  // A font name for all four slots (ascii, hAnsi, cs, eastAsia), not a theme font: the theme's body font is not TNR.
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const black = '000000';
  return {
    default: {
      document: {
        run: { font, size: bodySize * 2, color: black, language: { value: 'vi-VN' } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      footnoteText: {
        run: { font, size: FOOTNOTE_SIZE * 2, color: black },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      footnoteTextChar: { run: { font, size: FOOTNOTE_SIZE * 2 } },
      // Not used by the report, but Word offers them: black Times New Roman rather than the library's blue (the
      // options replace the library's own run properties, colour included).
      title: { run: { font, color: black, bold: true, size: bodySize * 2 } },
      heading1: { run: { font, color: black, bold: true, size: bodySize * 2 } },
      heading2: { run: { font, color: black, bold: true, size: bodySize * 2 } },
      heading3: { run: { font, color: black, bold: true, italics: true, size: bodySize * 2 } },
      heading4: { run: { font, color: black, bold: true, size: bodySize * 2 } },
      heading5: { run: { font, color: black, italics: true, size: bodySize * 2 } },
      heading6: { run: { font, color: black, size: bodySize * 2 } },
      caption: { run: { font, color: black, italics: true, size: 24 } },
      hyperlink: { run: { color: black, underline: {} } },
    },
  };
}
