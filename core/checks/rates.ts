/** A printed rate agrees, within its printed precision, with one definition in use. */
import { formatPercent, formatRatio, printedUnit, ratioPercent } from '../numbers';
import type { Finding } from '../catalogue/findings';
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import { fc, finding } from './finding';

export function rates(ctx: TableContext, row: number, findings: Finding[]): void {
  for (const def of ctx.form.rates) {
    const col = ctx.cols.get(def.concept);
    if (col === undefined) continue;
    const printed = ctx.read(row, col);
    if (printed.state !== 'value') continue;
    const unit = printedUnit(printed.decimals ?? 2);
    let first: { n: number; d: number; definition: string } | undefined;
    let agrees = false;
    for (const d of def.definitions) {
      const num = d.numerator.filter((c) => ctx.cols.has(c));
      if (num.length === 0 || d.denominator.some((c) => !ctx.partsOf(c))) continue;
      const figs = [...num.map((c) => ctx.figure(row, c)!), ...d.denominator.map((c) => ctx.derived(row, c)!)];
      if (figs.some((f) => f.state !== 'value')) continue;
      const value = (f: (typeof figs)[number]) => (f as { n: number }).n;
      const n = figs.slice(0, num.length).reduce((s, f) => s + value(f), 0);
      const den = figs.slice(num.length).reduce((s, f) => s + value(f), 0);
      const exact = ratioPercent(n, den);
      if (exact === undefined) continue;
      const definition = `(${num.map((c) => ctx.conceptLabel(c)).join(' + ')}) / ${d.denominator.map((c) => ctx.conceptLabel(c)).join(' + ')}`;
      first ??= { n, d: den, definition };
      if (Math.abs(exact - printed.n) <= unit + 1e-9) {
        agrees = true;
        break;
      }
    }
    if (agrees || !first) continue;
    const exactText = formatRatio(first.n, first.d) ?? '';
    const printedText = formatPercent(printed.n, { maxDecimals: Math.max(2, printed.decimals ?? 2) });
    findings.push(
      finding(
        ctx,
        'ty-le-lech',
        row,
        col,
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
