/**
 * One finding for one cause: when a single cell, corrected by one amount, would mend two or more
 * broken sums (its row identity and its column total, typically), report that cell once with the
 * value that mends them all, instead of a cascade of findings.
 */
import { formatCount } from '../numbers';
import { MSG, turnedLineWords } from '../catalogue/messages';
import type { Finding } from '../catalogue/findings';
import { finding } from './finding';
import type { BrokenSum } from './check-table';
import type { TableContext } from '../tables/context';

export function likelyCauses(ctx: TableContext, sums: BrokenSum[]): Finding[] {
  // For each cell: the broken sums it is in, with the correction each would need from it.
  const byCell = new Map<number, { row: number; col: number; fixes: { sum: number; delta: number }[] }>();
  sums.forEach((s, i) => {
    for (const t of s.terms) {
      const key = t.row * 16384 + t.col;
      let e = byCell.get(key);
      if (!e) byCell.set(key, (e = { row: t.row, col: t.col, fixes: [] }));
      e.fixes.push({ sum: i, delta: -s.residual / t.coef });
    }
  });

  type Candidate = { row: number; col: number; delta: number; sums: number[] };
  const candidates: Candidate[] = [];
  for (const e of byCell.values()) {
    const byDelta = new Map<number, number[]>();
    for (const f of e.fixes) {
      const list = byDelta.get(f.delta) ?? [];
      list.push(f.sum);
      byDelta.set(f.delta, list);
    }
    for (const [delta, list] of byDelta) if (list.length >= 2) candidates.push({ row: e.row, col: e.col, delta, sums: list });
  }
  candidates.sort((a, b) => b.sums.length - a.sums.length || a.row - b.row || a.col - b.col);

  const used = new Set<number>();
  const out: Finding[] = [];
  const corrected = new Map<number, number>();
  for (const c of candidates) {
    if (c.sums.some((i) => used.has(i))) continue;
    const figure = ctx.read(c.row, c.col);
    if (figure.state === 'bad') continue;
    const actual = figure.state === 'value' ? figure.n : 0;
    const expected = actual + c.delta;
    if (expected < 0 || !Number.isInteger(expected)) continue;
    c.sums.forEach((i) => used.add(i));
    corrected.set(c.row * 16384 + c.col, c.delta);
    const message = MSG.likelyCause({
      cell: ctx.a1(c.row, c.col),
      column: ctx.columnLabel(c.col),
      label: ctx.rowLabel(c.row),
      actual: formatCount(actual),
      expected: formatCount(expected),
      checks: c.sums.map((i) => sums[i]!.name),
    });
    out.push(
      finding(
        ctx,
        'nghi-o-sai',
        c.row,
        c.col,
        message,
        formatCount(actual),
        formatCount(expected),
        c.sums.map((i) => sums[i]!.finding.cell),
      ),
    );
  }
  // A sum that the corrections already proposed mend together (two wrong cells in one column) is
  // not a cause of its own.
  sums.forEach((s, i) => {
    if (used.has(i)) return;
    let touched = false;
    let residual = s.residual;
    for (const t of s.terms) {
      const d = corrected.get(t.row * 16384 + t.col);
      if (d !== undefined) {
        touched = true;
        residual += t.coef * d;
      }
    }
    if (touched && residual === 0) used.add(i);
  });
  // The sums no single cell explains stay as they are; where a row sum and a column sum still share
  // one cell, say so (the amounts disagree, so no single value is proposed).
  const rest = sums.filter((_, i) => !used.has(i)).map((s) => s.finding);
  sums.forEach((s, i) => {
    if (used.has(i)) return;
    const shared = s.terms.filter((t) => {
      const e = byCell.get(t.row * 16384 + t.col);
      return e !== undefined && e.fixes.filter((f) => !used.has(f.sum)).length >= 2;
    });
    if (shared.length === 1) {
      const cell = ctx.a1(shared[0]!.row, shared[0]!.col);
      const note = MSG.likelyCauseShared(cell);
      s.finding.message += ctx.table.orientation === 'columns' ? turnedLineWords(note) : note;
      // The card stays on the sum's cell (what is marked and selected); the cell the text names is reachable too.
      s.finding.related = [...new Set([...(s.finding.related ?? []), cell])];
    }
  });
  return [...out, ...rest];
}
