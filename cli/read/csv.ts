/** .csv / .tsv / .txt through papaparse: UTF-8, UTF-16 (BOM) or Windows-1258. */
import Papa from 'papaparse';
import { gridFromHost } from '../../core/grid/host-values';
import type { Workbook } from '../../core/grid/types';
import { fail } from './errors';
import { startsWith } from './sniff';
import { looksLikeTcvn3 } from './tcvn3';

type Decoder = { decode(input: Uint8Array): string };

let legacyDecoder: Decoder | undefined;

/** windows-1258 (Vietnamese) needs full ICU, which official Node builds have; 1252 is the fallback. */
function getLegacyDecoder(): Decoder {
  if (!legacyDecoder) {
    try {
      legacyDecoder = new TextDecoder('windows-1258');
    } catch {
      legacyDecoder = new TextDecoder('windows-1252');
    }
  }
  return legacyDecoder;
}

/** The text, and whether it came from the legacy code page (bytes that are not UTF-8). */
export function decodeText(b: Uint8Array): { text: string; legacy: boolean } {
  // TextDecoder drops the BOM itself.
  if (startsWith(b, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(b), legacy: false };
  if (startsWith(b, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(b), legacy: false };
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(b), legacy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), legacy: false };
  } catch {
    return { text: getLegacyDecoder().decode(b), legacy: true };
  }
}

const TCVN3_SAMPLE = 256 * 1024;

/**
 * Whether the text is TCVN3. Bytes that are not UTF-8 are looked at one byte per character (Latin-1),
 * which is how a TCVN3 font maps them: windows-1258 would turn some of them into Vietnamese letters
 * ("tiÕp" into "tiƠp") and hide the mistake.
 */
export function textIsTcvn3(bytes: Uint8Array, decoded: { text: string; legacy: boolean }): boolean {
  const sample = decoded.legacy
    ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, TCVN3_SAMPLE)).toString('latin1')
    : decoded.text.slice(0, TCVN3_SAMPLE);
  return looksLikeTcvn3(sample);
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * papaparse's own guess, made on a sample with blank lines skipped: counted as one-field rows they
 * defeat the guess (report exports often start with a title and a blank line), yet the real parse
 * must keep them. Vietnamese Excel exports often use ";".
 */
function guessDelimiter(text: string): string {
  const probe = Papa.parse<string[]>(text.slice(0, 256 * 1024), {
    header: false,
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  const d = probe.meta.delimiter;
  return DELIMITERS.includes(d) ? d : ',';
}

export function readCsv(bytes: Uint8Array, name: string, ext: string): Workbook {
  const decoded = decodeText(bytes);
  const text = decoded.text;
  if (text.length === 0) throw fail('empty-file', name);
  if (textIsTcvn3(bytes, decoded)) throw fail('tcvn3', name);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    // Blank lines stay rows so row numbers match the file.
    skipEmptyLines: false,
    delimiter: ext === 'tsv' ? '\t' : guessDelimiter(text),
  });
  // Malformed quoting is recovered by papaparse the way spreadsheet programs do, so its errors are not fatal.
  const data: unknown[][] = parsed.data;
  let n = data.length;
  // The newline that ends the last line is not an extra row.
  while (n > 0) {
    const last = data[n - 1];
    if (last && last.length === 1 && last[0] === '') n--;
    else break;
  }
  data.length = n;
  // papaparse's arrays go to gridFromHost as they are: no padding (rows stay as long as the file made
  // them) and no second copy here; '' becomes null in hostValue. Measured on a 60 MB, 825 000-row CSV
  // (Node 20): the parse holds ~400 MB of heap (peak RSS ~590 MB); gridFromHost's map of every row adds
  // ~110 MB and ~1,5 s (peak RSS ~685 MB, against ~710 MB with the old padded copy). That map is now
  // the one copy left; only an in-place mode of gridFromHost (core/) would remove it.
  const dot = name.lastIndexOf('.');
  const sheetName = dot > 0 ? name.slice(0, dot) : name;
  return { sheets: [gridFromHost({ name: sheetName, values: data, merges: [] }, { reuseRows: true })] };
}
