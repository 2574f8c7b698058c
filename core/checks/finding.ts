/** A finding of one table's checks, and a broken sum the likely-cause pass can weigh. */
import { formatCount } from '../numbers';
import { RULES, type Finding, type RuleId } from '../catalogue/findings';
import { turnedLineWords } from '../catalogue/messages';
import type { TableContext } from '../tables/context';

/** A broken sum: Σ coef·cell = residual ≠ 0. */
export interface BrokenSum {
  finding: Finding;
  terms: { row: number; col: number; coef: number }[];
  residual: number;
  /** How the likely-cause message names this check. */
  name: string;
}

export interface TableFindings {
  findings: Finding[];
  sums: BrokenSum[];
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
