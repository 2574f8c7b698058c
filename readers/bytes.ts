/**
 * Bytes to text without Node's Buffer, so the readers run alike in Node and in a browser. TextDecoder is as fast as
 * Buffer in Node for these (measured on a 65 MB CSV: 566 ms against 527 ms for isUtf8 + toString).
 */
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 text, or undefined when they are not UTF-8 (one pass: validating and decoding together). */
export function utf8OrUndefined(b: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(b);
  } catch {
    return undefined;
  }
}

const CHUNK = 8192;

/**
 * One character per byte (ISO-8859-1). Not TextDecoder('latin1'): the Encoding standard maps that label to
 * windows-1252, which turns 0x80–0x9F into other characters.
 */
export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += CHUNK) s += String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]);
  return s;
}

/** A copy of the first `n` characters that does not keep the (much longer) original alive, as a slice may. */
export function detachedPrefix(s: string, n: number): string {
  return JSON.parse(JSON.stringify(s.slice(0, n))) as string;
}
