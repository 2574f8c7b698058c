/** A finding of one table's checks, and a broken edit the localiser explains (explain.ts). */
import { formatCount } from '../numbers';
import { RULES, type Finding, type RuleId } from '../catalogue/findings';
import { turnedLineWords } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import type { Edit } from './localise';

/** A broken edit, with the finding it would be on its own (its rule, at its total cell) and how messages name it. */
export interface BrokenEdit {
  edit: Edit;
  finding: Finding;
  /** "phép cộng «…» của dòng", "dòng tổng của cột «…»". */
  name: string;
}

export interface TableFindings {
  findings: Finding[];
  broken: BrokenEdit[];
}

export const fc = (n: number) => formatCount(n);

export function finding(
  ctx: TableContext,
  rule: RuleId,
  row: number,
  col: number,
  message: string,
  actual: string | null,
  expected: string | null,
  related?: string[],
): Finding {
  const [r, c] = ctx.cell(row, col);
  const f: Finding = {
    severity: RULES[rule].severity,
    sheet: ctx.table.sheet,
    cell: ctx.a1(row, col),
    rule,
    message: ctx.table.orientation === 'columns' ? turnedLineWords(message) : message,
    actual,
    expected,
    row: r,
    col: c,
  };
  if (related?.length) f.related = related;
  return f;
}
