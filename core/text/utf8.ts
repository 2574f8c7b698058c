/**
 * Sizes in UTF-8 bytes, counted by hand: Google's property store limits values and the store in bytes, and Apps Script
 * has no TextEncoder. A Vietnamese letter is two or three bytes.
 */

const bytesOf = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** The UTF-8 length of a text. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) n += bytesOf(ch.codePointAt(0)!);
  return n;
}

/** The text in pieces of at most `max` UTF-8 bytes each, never cut inside a character. */
export function utf8Chunks(s: string, max: number): string[] {
  const out: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const ch of s) {
    const n = bytesOf(ch.codePointAt(0)!);
    if (bytes + n > max && piece) {
      out.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += ch;
    bytes += n;
  }
  if (piece) out.push(piece);
  return out;
}
