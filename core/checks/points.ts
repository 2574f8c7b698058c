/**
 * Points (the Bộ chỉ số 766, a CCHC index): a unit's total is the sum of its groups, a total record the sum of the
 * records it closes, and no figure passes its maximum (the catalogue's group maxima, or the row's "Tối đa").
 * Points are printed rounded: a sum is right within half a unit of the last printed digit per part.
 */
import type { Finding } from '../catalogue/findings';
import { conceptOf, POINT_GROUPS } from '../catalogue/forms';
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import { finding } from './finding';

const fp = (n: number) => {
  const s = String(Math.round(n * 1000) / 1000);
  return s.replace('.', ',');
};

/** Σ parts against a total, within the rounding of printed parts. */
function agrees(total: { n: number; decimals?: number }, parts: { n: number; decimals?: number }[]): boolean {
  const decimals = Math.max(total.decimals ?? 0, ...parts.map((p) => p.decimals ?? 0));
  const unit = 10 ** -decimals;
  const sum = parts.reduce((s, p) => s + p.n, 0);
  return Math.abs(sum - total.n) <= Math.max(unit, (parts.length * unit) / 2) + 1e-9;
}

export function points(ctx: TableContext, findings: Finding[]): void {
  if (ctx.table.form !== 'diem') return;
  const groups = POINT_GROUPS.filter((c) => ctx.cols.has(c));
  const totalCol = ctx.cols.get('diem-tong');
  for (const r of ctx.table.records) {
    if (r.role === 'section') continue;
    // A unit's total and its groups (units as rows).
    if (totalCol !== undefined && groups.length >= 2) {
      const t = ctx.read(r.line, totalCol);
      const parts = groups.map((c) => ctx.read(r.line, ctx.cols.get(c)!));
      if (t.state === 'value' && parts.every((p) => p.state === 'value')) {
        const values = parts as { n: number; decimals?: number }[];
        if (!agrees(t, values))
          findings.push(
            finding(
              ctx,
              'tong-diem',
              r.line,
              totalCol,
              MSG.pointsTotal({
                label: ctx.rowLabel(r.line),
                a1Row: r.line + 1,
                total: ctx.columnLabel(totalCol),
                actual: fp(t.n),
                parts: values.map((p) => fp(p.n)),
                sum: fp(values.reduce((s, p) => s + p.n, 0)),
              }),
              fp(t.n),
              null,
              groups.map((c) => ctx.a1(r.line, ctx.cols.get(c)!)),
            ),
          );
      }
    }
    // Each figure within its maximum.
    const rowMax = ctx.cols.has('diem-toi-da') ? ctx.read(r.line, ctx.cols.get('diem-toi-da')!) : undefined;
    for (const m of ctx.table.measures) {
      if (m.kind !== 'points' || m.duplicateOf !== undefined || m.concept === 'diem-toi-da') continue;
      const v = ctx.read(r.line, m.line);
      if (v.state !== 'value') continue;
      const c = m.concept ? conceptOf(ctx.form, m.concept) : undefined;
      let max = c?.maxWithout && !ctx.cols.has(c.maxWithout.concept) ? c.maxWithout.max : c?.max;
      if (m.concept === 'diem' && rowMax?.state === 'value') max = rowMax.n;
      if (max === undefined || v.n <= max + 1e-9) continue;
      findings.push(
        finding(
          ctx,
          'diem-vuot-toi-da',
          r.line,
          m.line,
          MSG.pointsOverMax({ label: ctx.rowLabel(r.line), a1Row: r.line + 1, column: ctx.columnLabel(m.line), actual: fp(v.n), max: fp(max) }),
          fp(v.n),
          `≤ ${fp(max)}`,
        ),
      );
    }
    // A total record over its records (groups as rows: "Tổng" under the groups).
    if ((r.role === 'total' || r.role === 'subtotal') && r.covers?.length) {
      for (const m of ctx.table.measures) {
        if (m.kind !== 'points' || m.duplicateOf !== undefined) continue;
        const t = ctx.read(r.line, m.line);
        const parts = r.covers.map((x) => ctx.read(x, m.line));
        if (t.state !== 'value' || parts.some((p) => p.state === 'bad')) continue;
        const values = parts.filter((p) => p.state === 'value') as { n: number; decimals?: number }[];
        if (values.length === 0 || agrees(t, values)) continue;
        findings.push(
          finding(
            ctx,
            'tong-diem',
            r.line,
            m.line,
            MSG.pointsColumn({
              label: r.label,
              column: ctx.columnLabel(m.line),
              actual: fp(t.n),
              count: values.length,
              sum: fp(values.reduce((s, p) => s + p.n, 0)),
            }),
            fp(t.n),
            null,
          ),
        );
      }
    }
  }
}
