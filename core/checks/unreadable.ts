/** A cell that cannot be read as what its line holds: said once, and the checks needing it are skipped. */
import { countInWords } from '../numbers/words';
import type { Finding } from '../catalogue/findings';
import type { ReadValue } from '../tables/table';
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import { fc, finding } from './finding';

export function unreadable(ctx: TableContext, row: number, col: number, findings: Finding[]): void {
  if (ctx.state(row, col) !== 3) return;
  const v = ctx.value(row, col) as ReadValue;
  if (v.problem === 'uncached-formula') return; // said once for the table
  const column = ctx.columnLabel(col);
  const kind = ctx.table.measures.find((m) => m.line === col)?.kind;
  if (kind === 'points' || kind === 'comparison') {
    findings.push(finding(ctx, 'khong-phai-so', row, col, MSG.notAFigure(v.text ?? '', column, kind), v.text ?? '', null));
    return;
  }
  // A number the sheet holds (not text the clerk typed) is shown the Vietnamese way: 12.5 → "12,5".
  const text = v.how !== 'text' && /^-?\d+\.\d+$/.test(v.text ?? '') ? v.text!.replace('.', ',') : (v.text ?? '');
  if (v.percent || ctx.conceptKind(ctx.table.measures.find((m) => m.line === col)?.concept) === 'rate') {
    const why = v.problem === 'negative' ? 'negative' : v.problem === 'over-100' ? 'over-100' : 'other';
    findings.push(finding(ctx, 'ty-le-khong-hop-le', row, col, MSG.badRate(text, why), text, null));
    return;
  }
  switch (v.problem) {
    case 'error-value':
      findings.push(finding(ctx, 'o-loi', row, col, MSG.cellError(text), text, null));
      return;
    case 'boolean':
      findings.push(finding(ctx, 'khong-phai-so', row, col, MSG.booleanCell(text, column), text, null));
      return;
    case 'text':
      findings.push(finding(ctx, 'khong-phai-so', row, col, MSG.notANumber(text, column), text, null));
      return;
    case 'negative':
      findings.push(finding(ctx, 'so-am', row, col, MSG.negative(text), text, null));
      return;
    case 'fraction':
      findings.push(finding(ctx, 'so-le', row, col, MSG.fraction(text), text, null));
      return;
    case 'misplaced-separator':
      findings.push(finding(ctx, 'sai-dau-phan-cach', row, col, MSG.misplacedSeparator(text), text, null));
      return;
    case 'decimal-thousands': {
      const likely = v.likely ?? 0;
      findings.push(finding(ctx, 'so-thap-phan-nghin', row, col, MSG.decimalThousands(text, fc(likely), countInWords(likely)), text, fc(likely)));
      return;
    }
    case 'percent':
      findings.push(finding(ctx, 'phan-tram-trong-cot-so', row, col, MSG.percentInCount(text, column), text, null));
      return;
    case 'too-large':
      findings.push(finding(ctx, 'so-qua-lon', row, col, MSG.tooLarge(text), text, null));
      return;
  }
}
