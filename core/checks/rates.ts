/** A printed rate agrees, within its printed precision, with one definition in use (core/tables/printed-rate.ts). */
import type { Finding } from '../catalogue/findings';
import { MSG } from '../catalogue/messages';
import { formatPercent, formatRatio } from '../numbers';
import type { TableContext } from '../tables/context';
import { weighPrintedRate } from '../tables/printed-rate';
import { fc, finding } from './finding';

export function rates(ctx: TableContext, row: number, findings: Finding[]): void {
  for (const def of ctx.form.rates) {
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
