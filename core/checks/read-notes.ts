/** What a file reader repaired or guessed (Workbook.notes), as warnings beside the checks' own findings. */
import { RULES, type Finding } from '../catalogue/findings';
import { a1 } from '../grid/a1';
import type { ReadNote } from '../grid/types';

export function readNoteFindings(notes: readonly ReadNote[] | undefined): Finding[] {
  return (notes ?? []).map((n) => ({
    severity: RULES['doc-tep-co-sua'].severity,
    sheet: n.sheet,
    cell: a1(n.row, n.col),
    rule: 'doc-tep-co-sua',
    message: n.message,
    actual: null,
    expected: null,
    row: n.row,
    col: n.col,
  }));
}
