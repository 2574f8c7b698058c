/**
 * Matching keys for header text that arrives in NFC or NFD, in any case, with or without diacritics, and from
 * PDF extractions of legacy Vietnamese fonts ("ƣ" for "ư", "Õ" for "Ò", "Ð" for "Đ").
 * Keys are for comparison only: what the user typed is never rewritten.
 */

// Letters no Unicode decomposition turns into their plain Latin base.
const LOOK_ALIKES: Record<string, string> = {
  đ: 'd', // U+0111 (lowercase of Đ U+0110)
  ð: 'd', // U+00F0 eth, lowercase of Ð U+00D0: legacy fonts and careless typing use it for Đ
  ƣ: 'u', // U+01A3 (lowercase of Ƣ U+01A2): old-font PDFs extract "ư" as this
};
const LOOK_ALIKE_RE = /[đðƣ]/g;

/**
 * A matching key: NFC/NFD-insensitive, case- and diacritic-insensitive, legacy look-alikes mapped, punctuation
 * (including "=" and "+") to spaces, whitespace collapsed, trimmed. "Số hồ sơ đã giải quyết" -> "so ho so da giai quyet".
 */
export function foldKey(s: string): string {
  // Header texts and the catalogue's phrases are folded again and again while a table is detected (every rule
  // tries every header): remembering the short ones makes detecting a small table several times faster.
  if (s.length > FOLD_CACHE_MAX_LENGTH) return fold(s);
  let k = foldCache.get(s);
  if (k === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    k = fold(s);
    foldCache.set(s, k);
  }
  return k;
}

const FOLD_CACHE_SIZE = 20_000;
// A header band joined into one text (a few hundred characters) is folded once per rule tried: kept too.
const FOLD_CACHE_MAX_LENGTH = 2_000;
const foldCache = new Map<string, string>();

function fold(s: string): string {
  return (
    s
      // NFKD also splits compatibility forms (full-width letters, "ﬁ" ligatures in PDF text); again after
      // lowercasing because lowercasing can yield new marks ("İ" -> "i" + U+0307).
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      // All combining marks, which include U+0300–U+036F and the horn U+031B of ơ/ư.
      .replace(/\p{M}+/gu, '')
      .replace(LOOK_ALIKE_RE, (c) => LOOK_ALIKES[c] ?? c)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * True when the words of `needle` occur in `haystack` as one run of whole words, after folding both
 * ("trong han" has "han"; "truoc han" does not have "truc"). An empty needle matches nothing.
 */
export function hasPhrase(haystack: string, needle: string): boolean {
  const n = padded(needle);
  if (n === '  ') return false;
  return padded(haystack).includes(n);
}

/** " key ": the folded text between spaces, so a phrase matches whole words only; remembered like the keys. */
function padded(s: string): string {
  let k = paddedCache.get(s);
  if (k === undefined) {
    if (paddedCache.size >= FOLD_CACHE_SIZE) paddedCache.clear();
    k = ` ${foldKey(s)} `;
    if (s.length <= FOLD_CACHE_MAX_LENGTH) paddedCache.set(s, k);
  }
  return k;
}

const paddedCache = new Map<string, string>();

/** NFC form for display and comparison; never used to rewrite user data. */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}
