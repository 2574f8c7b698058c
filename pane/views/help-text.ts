/**
 * The help picture's captions laid out as lines: SVG text never wraps by itself. Pure (no DOM), so a unit test can
 * check every caption of both variants fits its box.
 */

/** Characters a caption line holds: ~120 units at 12 units a letter (Roboto or Arial, ~6 units a Vietnamese letter). */
export const CAPTION_CHARS = 20;
/** Lines a step's box holds. */
export const CAPTION_LINES = 3;

/**
 * Whole words only (half a Vietnamese word is another word), and a name in «…» kept on one line (it is the button's
 * name the clerk looks for); a line is at most `width` characters unless one such unit alone is longer.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of text.match(/\S*«[^»]*»\S*|\S+/g) ?? []) {
    if (line && line.length + 1 + unit.length > width) {
      lines.push(line);
      line = unit;
    } else line = line ? `${line} ${unit}` : unit;
  }
  if (line) lines.push(line);
  return lines;
}

export const captionLines = (text: string): string[] => wrapWords(text, CAPTION_CHARS);
