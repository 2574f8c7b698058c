/**
 * Units and measurements for the .docx: millimetres to twips, and an estimate of how wide a line of Times New Roman
 * is (for the short rules under the agency name and the trích yếu, and to check that the Quốc hiệu fits on one line).
 */

/** Twips (twentieths of a point, Word's "dxa") in one millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded to a whole twip (what Word writes). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** A4 in twips, portrait (210 × 297 mm). For a landscape section the library swaps them itself. */
export const A4_WIDTH = 11906;
export const A4_HEIGHT = 16838;

/*
 * Advance widths of Times New Roman for U+0020…U+007E, in thousandths of an em. They were read from Liberation
 * Serif, which LibreOffice uses in place of Times New Roman and which is metric-compatible with it (the same
 * numbers as Adobe's Times AFM files). Bold italic is measured as bold (close enough for a rule's length).
 */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564,
  444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333,
  469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200,
  480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570,
  500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333,
  581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220,
  394, 520,
];
const ITALIC = [
  250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675,
  500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389,
  422, 500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275,
  400, 541,
];
/** Vietnamese letters whose width is not their base letter's: đ, Đ and the horned ơ, Ơ, ư, Ư. [regular, bold, italic] */
const SPECIAL: Record<string, [number, number, number]> = {
  đ: [500, 556, 500],
  Đ: [722, 722, 722],
  ơ: [529, 554, 534],
  Ơ: [722, 778, 722],
  ư: [542, 600, 545],
  Ư: [776, 796, 754],
};
const HORN = '\u031B';

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
}

function advance(ch: string, style: FontStyle): number {
  const column = style.bold ? 1 : style.italic ? 2 : 0;
  const special = SPECIAL[ch];
  if (special) return special[column] ?? 500;
  // A precomposed Vietnamese letter is as wide as its base letter (the tone and vowel marks sit above or below),
  // except for the horn (ơ, ư), which sticks out to the right.
  const decomposed = ch.normalize('NFD');
  const base = decomposed.charAt(0);
  if (decomposed.includes(HORN)) {
    const horned = SPECIAL[(base + HORN).normalize('NFC')];
    if (horned) return horned[column] ?? 500;
  }
  const code = base.charCodeAt(0);
  const table = style.bold ? BOLD : style.italic ? ITALIC : REGULAR;
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20] ?? 500;
  if (/\p{M}/u.test(base)) return 0;
  return 500;
}

/** Estimated width in twips of one line of Times New Roman at `sizePt`, without wrapping. */
export function textWidthTwips(text: string, sizePt: number, style: FontStyle = {}): number {
  let thousandths = 0;
  for (const ch of text.normalize('NFC')) thousandths += advance(ch, style);
  return Math.round((thousandths / 1000) * sizePt * 20);
}

/** The width in twips of the widest of the text's lines (split at line breaks). */
export function widestLineTwips(text: string, sizePt: number, style: FontStyle = {}): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, textWidthTwips(line, sizePt, style));
  return widest;
}

/**
 * Column widths in twips that fit in `available` twips: the given widths when they fit, otherwise all of them scaled
 * down by the same factor (rounded down, so the sum never exceeds `available`).
 */
export function fitWidths(widths: readonly number[], available: number): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= available || total === 0) return [...widths];
  const factor = available / total;
  return widths.map((w) => Math.max(1, Math.floor(w * factor)));
}
