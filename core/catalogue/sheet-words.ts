/**
 * Words a sheet may use for a concept instead of the tool's own: where the table's header says "Trễ hạn", the pane
 * says "trễ hạn", never "quá hạn" (issue 22: the clerk reads her own words). Folded header words → the word to write.
 */
import type { Table } from '../tables/table';
import { foldKey } from '../text/fold';

export interface SheetWord {
  /** The concept whose column carries the word. */
  concept: string;
  /** The tool's word, as the catalogue writes it (lower case). */
  ours: string;
  /** Header words that mean the same (folded), each with the word to write instead. */
  theirs: readonly (readonly [folded: string, written: string])[];
}

export const SHEET_WORDS: readonly SheetWord[] = [
  { concept: 'qua-han', ours: 'quá hạn', theirs: [['tre han', 'trễ hạn']] },
  { concept: 'truoc-han', ours: 'trước hạn', theirs: [['som han', 'sớm hạn']] },
];

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The table's own words: a function rewriting the tool's words in a text, in lower or capital case. */
export function sheetWordsOf(table: Table): (text: string) => string {
  const swaps: [string, string][] = [];
  for (const w of SHEET_WORDS) {
    const m = table.measures.find((x) => x.concept === w.concept && x.duplicateOf === undefined);
    if (!m) continue;
    // The lowest header line is the column's own name ("Số hồ sơ đã giải quyết › Trễ hạn").
    const own = foldKey(m.header.split(' › ').at(-1) ?? '');
    const hit = w.theirs.find(([folded]) => ` ${own} `.includes(` ${folded} `));
    if (hit) swaps.push([w.ours, hit[1]]);
  }
  if (swaps.length === 0) return (s) => s;
  return (s) => swaps.reduce((t, [ours, theirs]) => t.split(ours).join(theirs).split(capital(ours)).join(capital(theirs)), s);
}
