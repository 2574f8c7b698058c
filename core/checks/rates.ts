/** A printed rate agrees, within its printed precision, with one definition in use (core/tables/printed-rate.ts). */
import type { Finding } from '../catalogue/findings';
import { MSG } from '../catalogue/messages';
import { formatPercent, formatRatio, printedUnit, ratioPercent } from '../numbers';
import type { TableContext } from '../tables/context';
import type { StatedRate } from '../tables/table';
import { weighPrintedRate } from '../tables/printed-rate';
import { fc, finding } from './finding';

export function rates(ctx: TableContext, row: number, findings: Finding[]): void {
  const stated = ctx.table.statedRates ?? [];
  for (const s of stated) statedRate(ctx, row, s, findings);
  for (const def of ctx.form.rates) {
    // A rate whose definition the numbering line states is checked by that definition alone.
    if (stated.some((s) => s.rate === ctx.cols.get(def.concept))) continue;
    const w = weighPrintedRate(ctx, row, def);
    if (!w || w.agrees || !w.usual) continue;
    const first = w.usual;
    const exactText = formatRatio(first.n, first.d) ?? '';
    const printedText = formatPercent(w.percent, { maxDecimals: Math.max(2, w.decimals) });
    findings.push(
      finding(
        ctx,
        'ty-le-lech',
        row,
        ctx.cols.get(def.concept)!,
        MSG.rate({
          label: ctx.rowLabel(row),
          a1Row: row + 1,
          printed: printedText,
          definition: first.definition,
          n: fc(first.n),
          d: fc(first.d),
          exact: exactText,
        }),
        printedText,
        exactText,
      ),
    );
  }
}

/** A stated rate weighed: undefined when a figure is missing or the denominator is 0. */
export function weighStatedRate(
  ctx: TableContext,
  row: number,
  s: StatedRate,
): { agrees: boolean; n: number; d: number; printed: number; decimals: number } | undefined {
  const printed = ctx.read(row, s.rate);
  if (printed.state !== 'value') return undefined;
  const sum = (lines: number[]) => {
    let n = 0;
    for (const l of lines) {
      const f = ctx.read(row, l);
      if (f.state === 'bad') return undefined;
      if (f.state === 'value') n += f.n;
    }
    return n;
  };
  const n = sum(s.num);
  const d = sum(s.den);
  if (n === undefined || d === undefined) return undefined;
  const exact = ratioPercent(n, d);
  if (exact === undefined) return undefined;
  const decimals = printed.decimals ?? 2;
  return { agrees: Math.abs(exact - printed.n) <= printedUnit(decimals) + 1e-9, n, d, printed: printed.n, decimals };
}

/** A rate the numbering line states ("9=7/6"): within one unit of its last printed digit of Σ numerator / Σ denominator. */
function statedRate(ctx: TableContext, row: number, s: StatedRate, findings: Finding[]): void {
  const w = weighStatedRate(ctx, row, s);
  if (!w || w.agrees) return;
  const { n, d, decimals } = w;
  const printed = { n: w.printed };
  const printedText = formatPercent(printed.n, { maxDecimals: Math.max(2, decimals) });
  const exactText = formatRatio(n, d) ?? '';
  findings.push(
    finding(
      ctx,
      'ty-le-lech',
      row,
      s.rate,
      MSG.statedRate({ label: ctx.rowLabel(row), a1Row: row + 1, text: s.text, printed: printedText, n: fc(n), d: fc(d), exact: exactText }),
      printedText,
      exactText,
    ),
  );
}
