/** The indicators of every checked table, per level (or for the whole table), against their targets. */
import { rangeA1 } from '../grid/a1';
import { formatPercent, formatRatio, ratioPercent } from '../numbers';
import type { TableContext } from '../checks/table-context';
import { hasPhrase, foldKey } from '../text/fold';
import { indicatorDefs, type Formula, type IndicatorDef, type OnlineRateBase } from './definitions';
import { mergeTargets, type Targets } from './targets';

export interface Indicator {
  id: string;
  label: string;
  /** The level or row the figure is for ("Cấp huyện", "Tổng cộng"). */
  scope: string;
  /** Percent, or null when the denominator is zero (nothing to rate). */
  value: number | null;
  /** As the reports write it ("99,98%"), or "—" when there is nothing to rate. */
  text: string;
  target: number | null;
  /** Whether the target is a floor (higher is better) or a ceiling. */
  better: 'higher' | 'lower';
  met: boolean | null;
  /** Numerator / denominator in words, stated beside every rate. */
  definition: string;
  numerator: number | null;
  denominator: number | null;
  sheet: string;
  table: string;
  source: 'so-lieu' | 'ty-le-in-san';
}

export interface IndicatorSettings {
  targets?: Partial<Record<string, number | null>>;
  onlineBase?: OnlineRateBase;
}


export function computeIndicators(contexts: TableContext[], settings: IndicatorSettings = {}): Indicator[] {
  const defs = indicatorDefs(settings.onlineBase);
  const targets = mergeTargets(settings.targets);
  const out: Indicator[] = [];
  for (const ctx of contexts) {
    if (ctx.table.form === 'chi-tieu') out.push(...fromList(ctx, defs, targets));
    else out.push(...fromCounts(ctx, defs, targets));
  }
  return out;
}

function base(ctx: TableContext, def: IndicatorDef, scope: string, targets: Targets) {
  const target = targets[def.id]?.value ?? null;
  return { id: def.id, label: def.label, scope, target, better: def.better, sheet: ctx.table.sheet, table: rangeA1(ctx.table.range) };
}

function judge(def: IndicatorDef, value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return def.better === 'higher' ? value >= target - 1e-9 : value <= target + 1e-9;
}

/** A figure's sum over some concepts in one scope; undefined when a cell cannot be read. */
export type Sum = (concepts: string[]) => number | undefined;

export interface Scope {
  label: string;
  sum: Sum;
  /** The sheet row, when the scope is one row (its printed rates can be read). */
  row?: number;
}

/**
 * What a table's indicators are computed for: each level of a table by level; else its total row; else its only
 * row; else the sum of its rows.
 */
export function tableScopes(ctx: TableContext): Scope[] {
  const t = ctx.table;
  const scopes: Scope[] = [];
  const rowSum = (row: number): Sum => (concepts) => {
    let s = 0;
    for (const c of concepts) {
      const f = ctx.figure(row, c);
      if (!f || f.state === 'bad') return undefined;
      if (f.state === 'value') s += f.n;
    }
    return s;
  };
  const total = t.rows.find((r) => r.kind === 'total' && r.covers && r.covers.length === t.rows.filter((x) => x.kind === 'data' || x.kind === 'group').filter((x) => !t.rows.some((g) => g.kind === 'group' && g.covers?.includes(x.row))).length);
  if (t.byLevel) {
    for (const r of t.rows) if (r.kind === 'data' || r.kind === 'total' || r.kind === 'group') scopes.push({ label: r.label || `Dòng ${r.row + 1}`, sum: rowSum(r.row), row: r.row });
  } else if (total) {
    scopes.push({ label: total.label, sum: rowSum(total.row), row: total.row });
  } else {
    const dataRows = t.rows.filter((r) => r.kind === 'data');
    if (dataRows.length === 1) scopes.push({ label: dataRows[0]!.label || 'Toàn bảng', sum: rowSum(dataRows[0]!.row), row: dataRows[0]!.row });
    else if (dataRows.length > 1)
      scopes.push({
        label: 'Toàn bảng (cộng các dòng)',
        sum: (concepts) => {
          let s = 0;
          for (const r of dataRows) {
            const v = rowSum(r.row)(concepts);
            if (v === undefined) return undefined;
            s += v;
          }
          return s;
        },
      });
  }

  return scopes;
}

function fromCounts(ctx: TableContext, defs: IndicatorDef[], targets: Targets): Indicator[] {
  const scopes = tableScopes(ctx);

  const out: Indicator[] = [];
  for (const scope of scopes) {
    for (const def of defs) {
      const formula = def.formulas.find((f) => applicable(ctx, f));
      if (formula) {
        const ind = fromFormula(ctx, def, formula, scope, targets);
        if (ind) out.push(ind);
        continue;
      }
      const col = def.printed && !def.printedUnless?.some((c) => ctx.cols.has(c)) ? ctx.cols.get(def.printed) : undefined;
      if (col !== undefined && scope.row !== undefined) {
        const f = ctx.read(scope.row, col).figure;
        if (f.state !== 'value') continue;
        const b = base(ctx, def, scope.label, targets);
        out.push({
          ...b,
          value: round(f.n),
          text: formatPercent(f.n, { maxDecimals: Math.max(2, f.decimals ?? 2) }),
          met: judge(def, f.n, b.target),
          definition: `tỷ lệ ghi trong bảng (cột «${ctx.table.columns.find((c) => c.col === col)?.header ?? ctx.columnLabel(col)}»)`,
          numerator: null,
          denominator: null,
          source: 'ty-le-in-san',
        });
      }
    }
  }
  return out;
}

function applicable(ctx: TableContext, f: Formula): boolean {
  return [...f.numerator, ...(f.minus ?? []), ...f.denominator].every((c) => ctx.cols.has(c));
}

function fromFormula(
  ctx: TableContext,
  def: IndicatorDef,
  f: Formula,
  scope: { label: string; sum: Sum },
  targets: Targets,
): Indicator | undefined {
  const plus = scope.sum(f.numerator);
  const minus = f.minus ? scope.sum(f.minus) : 0;
  const den = scope.sum(f.denominator);
  if (plus === undefined || minus === undefined || den === undefined) return undefined;
  const num = plus - minus;
  const b = base(ctx, def, scope.label, targets);
  const exact = ratioPercent(num, den);
  return {
    ...b,
    value: exact === undefined ? null : round(exact),
    text: formatRatio(num, den) ?? '—',
    met: judge(def, exact ?? null, b.target),
    definition: f.definition,
    numerator: num,
    denominator: den,
    source: 'so-lieu',
  };
}

function fromList(ctx: TableContext, defs: IndicatorDef[], targets: Targets): Indicator[] {
  const valueCol = ctx.cols.get('ket-qua');
  if (valueCol === undefined) return [];
  const targetCol = ctx.cols.get('muc-tieu');
  const out: Indicator[] = [];
  for (const r of ctx.table.rows) {
    if (r.kind !== 'data') continue;
    const key = foldKey(r.label);
    const def = defs.find(
      (d) => d.listWords?.some((w) => hasPhrase(key, w)) && !d.listNotWords?.some((w) => hasPhrase(key, w)),
    );
    if (!def) continue;
    const v = ctx.read(r.row, valueCol);
    if (v.kind !== 'rate' || v.figure.state !== 'value') continue;
    const b = base(ctx, def, r.label, targets);
    let target = b.target;
    if (targetCol !== undefined) {
      const tf = ctx.read(r.row, targetCol);
      if (tf.kind === 'rate' && tf.figure.state === 'value') target = tf.figure.n;
    }
    out.push({
      ...b,
      target,
      value: round(v.figure.n),
      text: formatPercent(v.figure.n, { maxDecimals: Math.max(2, v.figure.decimals ?? 2) }),
      met: judge(def, v.figure.n, target),
      definition: `tỷ lệ ghi trong bảng chỉ tiêu (dòng «${r.label}»)`,
      numerator: null,
      denominator: null,
      source: 'ty-le-in-san',
    });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
