/** .csv / .tsv / .txt through papaparse: UTF-8, UTF-16 (BOM) or Windows-1258. */
import Papa from 'papaparse';
import type { CellValue, Workbook } from '../../core/grid/types';
import { fail } from './errors';
import { startsWith } from './sniff';

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

function decodeText(b: Uint8Array): string {
  // TextDecoder drops the BOM itself.
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b);
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b);
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(b);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return getLegacyDecoder().decode(b);
  }
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
  const text = decodeText(bytes);
  if (text.length === 0) throw fail('empty-file', name);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    // Blank lines stay rows so row numbers match the file.
    skipEmptyLines: false,
    delimiter: ext === 'tsv' ? '\t' : guessDelimiter(text),
  });
  // Malformed quoting is recovered by papaparse the way spreadsheet programs do, so its errors are not fatal.
  const data = parsed.data;
  let n = data.length;
  // The newline that ends the last line is not an extra row.
  while (n > 0) {
    const last = data[n - 1];
    if (last && last.length === 1 && last[0] === '') n--;
    else break;
  }
  let width = 0;
  for (let i = 0; i < n; i++) {
    const len = data[i]?.length ?? 0;
    if (len > width) width = len;
  }
  const values: CellValue[][] = new Array<CellValue[]>(n);
  for (let i = 0; i < n; i++) {
    const src = data[i] ?? [];
    const out = new Array<CellValue>(width);
    for (let j = 0; j < width; j++) {
      const s = src[j];
      out[j] = s === undefined || s === '' ? null : s;
    }
    values[i] = out;
  }
  const dot = name.lastIndexOf('.');
  const sheetName = dot > 0 ? name.slice(0, dot) : name;
  return { sheets: [{ name: sheetName, values, merges: [], originRow: 0, originCol: 0 }] };
}
