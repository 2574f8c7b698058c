/**
 * The sheet scanner's XML helpers on the part's UTF-8 bytes, not on decoded text: decoding a 95 MB sheet part to
 * strings cost as much as inflating it, and only the few cells that hold text need their bytes decoded. Every
 * byte the scanner looks for (markup, names, digits) is ASCII, so positions in the bytes are all it needs.
 */

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** A tag or name as the bytes to look for. */
export function bytesOf(s: string): Uint8Array {
  return encoder.encode(s);
}

/** The text of b[s, e): plain ASCII built by hand (most values are short numbers), the rest decoded as UTF-8. */
export function textOf(b: Uint8Array, s: number, e: number): string {
  if (e - s <= 24) {
    let out = '';
    for (let k = s; k < e; k++) {
      const c = b[k]!;
      if (c >= 0x80) return utf8.decode(b.subarray(s, e));
      out += String.fromCharCode(c);
    }
    return out;
  }
  return utf8.decode(b.subarray(s, e));
}

/** Whether b holds `pat` at `at`. */
export function bytesAt(b: Uint8Array, at: number, pat: Uint8Array): boolean {
  if (at + pat.length > b.length) return false;
  for (let k = 0; k < pat.length; k++) if (b[at + k] !== pat[k]) return false;
  return true;
}

/** Whether b has the tag `pat` ("<row") at `at`, followed by a delimiter (so "<c" does not match "<col"). */
export function tagAtBytes(b: Uint8Array, at: number, pat: Uint8Array): boolean {
  if (!bytesAt(b, at, pat)) return false;
  const ch = b[at + pat.length];
  return ch !== undefined && (ch === 62 || ch === 47 || ch <= 32);
}

/**
 * The first `pat` at or after `from`, -1 when none. Candidates are found by the byte at `anchor` in `pat`: for "</row>"
 * its "w", which no cell's markup holds, where its "<" would stop at every tag of every cell.
 */
export function indexOfBytes(b: Uint8Array, pat: Uint8Array, from: number, anchor = 0): number {
  const key = pat[anchor]!;
  let p = from + anchor;
  for (;;) {
    const i = b.indexOf(key, p);
    if (i < 0) return -1;
    if (bytesAt(b, i - anchor, pat)) return i - anchor;
    p = i + 1;
  }
}

/** The next tag `pat` (with a delimiter after it) at or after `from`; -1 when none. */
export function findTagBytes(b: Uint8Array, pat: Uint8Array, from: number): number {
  let p = from;
  for (;;) {
    const i = indexOfBytes(b, pat, p);
    if (i < 0) return -1;
    if (tagAtBytes(b, i, pat)) return i;
    p = i + 1;
  }
}

/**
 * The namespace prefix of the root element ("x:" for <x:worksheet>) as text, '' when none; undefined until the
 * root's name has been seen whole.
 */
export function rootPrefixBytes(b: Uint8Array): string | undefined {
  let p = 0;
  for (;;) {
    const lt = b.indexOf(60, p);
    if (lt < 0 || lt + 1 >= b.length) return undefined;
    const c = b[lt + 1];
    if (c === 63 /* ? */ || c === 33 /* ! */) {
      const gt = b.indexOf(62, lt);
      if (gt < 0) return undefined;
      p = gt + 1;
      continue;
    }
    let e = lt + 1;
    while (e < b.length) {
      const ch = b[e]!;
      if (ch <= 32 || ch === 62 || ch === 47) break;
      e++;
    }
    if (e >= b.length) return undefined;
    const colon = b.subarray(lt + 1, e).indexOf(58);
    return colon >= 0 ? textOf(b, lt + 1, lt + 2 + colon) : '';
  }
}
