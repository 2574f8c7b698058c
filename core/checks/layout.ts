/** Lines the reading set aside: unknown or duplicate measures, formulas with no stored result. */
import { columnLetters } from '../grid/a1';
import type { Finding } from '../catalogue/findings';
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import { finding } from './finding';

export function layoutFindings(ctx: TableContext, findings: Finding[]): void {
  const t = ctx.table;
  const letter = (line: number) => (t.orientation === 'rows' ? columnLetters(line) : String(line + 1));
  for (const a of t.setAside) {
    if (a.reason === 'cong-thuc-chua-tinh') {
      const cells = (a.cells ?? []).map(([r, c]) => ctx.a1(t.orientation === 'rows' ? r : c, t.orientation === 'rows' ? c : r));
      const [r, c] = a.cells![0]!;
      const rec = t.orientation === 'rows' ? r : c;
      const meas = t.orientation === 'rows' ? c : r;
      findings.push(finding(ctx, 'cong-thuc-chua-tinh', rec, meas, MSG.uncachedFormulas(cells), null, null, cells.slice(1)));
      continue;
    }
    if (a.reason === 'danh-so-khong-hieu') {
      findings.push(
        finding(ctx, 'danh-so-khong-hieu', t.numbering?.line ?? t.header.last, a.line!, MSG.unreadNumbering(a.text ?? '', letter(a.line!)), null, null),
      );
      continue;
    }
    const m = t.measures.find((x) => x.line === a.line)!;
    if (a.reason === 'cot-trung') {
      findings.push(finding(ctx, 'cot-trung', t.header.first, m.line, MSG.duplicateColumn(letter(m.line), m.header, letter(m.duplicateOf!)), null, null));
    } else {
      findings.push(finding(ctx, 'cot-khong-nhan-dien', t.header.first, m.line, MSG.unknownColumn(letter(m.line), m.header, ctx.form.label), null, null));
    }
  }
}
