/**
 * Text typed with the legacy TCVN3 ("ABC") encoding and its .VnTime fonts, read as if it were Unicode:
 * "Tổng số hồ sơ" shows as "Tæng sè hå s¬", "Của" as "Cña", "đ" as "®", "Đ" as "§". Such a file reads
 * without error but no heading matches, so the readers stop and say what to do instead.
 *
 * The test is word by word and conservative. A word counts for TCVN3 when, next to ASCII letters, it holds
 * a character TCVN3 uses for a Vietnamese letter that real Vietnamese (NFC or NFD) never holds: the
 * Latin-1 symbols ¸ µ ¶ · ¹ ¨ © ª « ¬ soft hyphen ® § … and letters such as æ ç å ë ï ñ ö ø ü; or an
 * upper-case Latin-1 letter after a lower-case one ("tiÕp" for "tiếp"). A word counts for Unicode
 * Vietnamese when it holds a Vietnamese letter (ă đ ơ ư ĩ ũ, the Ạ–ỹ block, combining tone marks, or
 * à á â ã è é ê ì í ò ó ô õ ù ú ý) and no such mark. TCVN3 wins only with at least three words, more
 * words than the Unicode side and at least 1 word in 20: English, French quotes «…», "m²" or "Word®"
 * never tip it over.
 */

/** Symbols that stand for Vietnamese letters in TCVN3 wherever they sit in a word. */
const SYMBOL = new Set('¡¢£¤¥¦§¨ª¬\u00ad¶·¸¹µ¼½¾×÷');
/** Symbols that count only with a letter on both sides (French quotes «…» are common in Vietnamese text). */
const INNER_SYMBOL = new Set('«»');
/** Symbols that count only before a letter: in TCVN3 "®" (đ) and "©" (â) never end a syllable, unlike "Word®". */
const LEADING_SYMBOL = new Set('®©');
/** Latin-1 letters that Vietnamese never uses but TCVN3 shows for its toned letters. */
const FOREIGN_LETTER = new Set('æçåäëïîöüûñøþðßÆÇÅÄËÏÎÖÜÛÑØÞÐ');
/** Letters only Vietnamese uses (outside Latin-1), and its combining tone marks (NFD). */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the combining tone marks are matched on their own (NFD text).
const VIET_ONLY = /[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9\u0300-\u0303\u0309\u0323]/;
const VIET_LATIN1 = /[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/;
const LATIN1_UPPER = /[À-ÖØ-Þ]/;
const ASCII_LETTER = /[A-Za-z]/;

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{M}]/u.test(ch) || SYMBOL.has(ch) || INNER_SYMBOL.has(ch) || LEADING_SYMBOL.has(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch) && !SYMBOL.has(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function tcvn3Word(w: string): boolean {
  if (!ASCII_LETTER.test(w)) return false;
  const chars = Array.from(w);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (SYMBOL.has(ch) || FOREIGN_LETTER.has(ch)) return true;
    if (INNER_SYMBOL.has(ch) && isLetter(chars[i - 1]) && isLetter(chars[i + 1])) return true;
    if (LEADING_SYMBOL.has(ch) && isLetter(chars[i + 1])) return true;
    if (LATIN1_UPPER.test(ch) && isLower(chars[i - 1])) return true;
  }
  return false;
}

/** How many words of `text` look TCVN3 and how many look like Unicode Vietnamese. */
export function tcvn3Counts(text: string): { tcvn3: number; unicode: number; words: number } {
  let tcvn3 = 0;
  let unicode = 0;
  let words = 0;
  let word = '';
  const flush = () => {
    if (word.length >= 2) {
      words++;
      if (tcvn3Word(word)) tcvn3++;
      else if (VIET_ONLY.test(word) || VIET_LATIN1.test(word)) unicode++;
    }
    word = '';
  };
  for (const ch of text) {
    if (isWordChar(ch)) word += ch;
    else flush();
  }
  flush();
  return { tcvn3, unicode, words };
}

/** Whether text (a sample of a file's text cells, joined) is TCVN3 shown as if it were Unicode. */
export function looksLikeTcvn3(text: string): boolean {
  const { tcvn3, unicode, words } = tcvn3Counts(text);
  return tcvn3 >= 3 && tcvn3 > unicode && tcvn3 * 20 >= words;
}

/** Text cells enough to decide: the first few thousand, at most about 200 000 characters. */
export class TextSample {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly maxChars = 200_000) {}
  get full(): boolean {
    return this.size >= this.maxChars;
  }
  add(s: string): void {
    if (this.size >= this.maxChars || s.length === 0) return;
    this.parts.push(s);
    this.size += s.length + 1;
  }
  looksTcvn3(): boolean {
    return looksLikeTcvn3(this.parts.join('\n'));
  }
}
