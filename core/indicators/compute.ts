/** The indicators of every checked table, per level (or for the whole table), against their targets. */
import { formatPercent, formatRatio, ratioPercent } from '../numbers';
import { TableContext } from '../tables/context';
import { weighPrintedRate } from '../tables/printed-rate';
import { RATES } from '../catalogue/rates';
import { isDataRole, type RecordRole, type Table } from '../tables/table';
import { hasPhrase, foldKey } from '../text/fold';
import { indicatorDefs, type Formula, type IndicatorDef, type OnlineRateBase } from '../catalogue/indicators';
import { mergeTargets, type Targets } from '../catalogue/targets';

export interface Indicator {
  id: string;
  label: string;
  /** The name in a narrow table (the catalogue's `short`), in the sheet's own words like the label. */
  short: string;
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
  /** The table's address on its sheet ("B4:M7"): with `sheet`, which table. */
  table: string;
  /**
   * The record the figure is for (its line in the table, and its role: a level, the total row…); null when the scope
   * is the whole table, its rows summed. Readers join an indicator to its row by this, never by the row's label.
   */
  record: IndicatorRecord | null;
  source: 'so-lieu' | 'ty-le-in-san';
  /**
   * The rate the table itself prints for this scope, when it has one: as written, and the definition in use it
   * agrees with within its printed precision (null: none — the check reports it).
   */
  printed?: { text: string; agrees: string | null };
}

export interface IndicatorRecord {
  line: number;
  role: RecordRole;
}

export interface IndicatorSettings {
  targets?: Partial<Record<string, number | null>>;
  onlineBase?: OnlineRateBase;
}

export function computeIndicators(tables: Table[], settings: IndicatorSettings = {}): Indicator[] {
  const defs = indicatorDefs(settings.onlineBase);
  const targets = mergeTargets(settings.targets);
  // Targets the office set (settings, --chi-tieu) win over a "Mục tiêu" column in the sheet.
  const explicit = new Set(Object.keys(settings.targets ?? {}).filter((k) => settings.targets![k] !== undefined));
  const out: Indicator[] = [];
  for (const t of tables) {
    const ctx = new TableContext(t);
    const found = t.form === 'chi-tieu' ? fromList(ctx, defs, targets, explicit) : fromCounts(ctx, defs, targets);
    for (const indicator of found) out.push(indicator);
  }
  return out;
}

function base(ctx: TableContext, def: IndicatorDef, scope: { label: string; row?: number }, targets: Targets) {
  const target = targets[def.id]?.value ?? null;
  const r = scope.row === undefined ? undefined : ctx.table.records.find((x) => x.line === scope.row);
  const record: IndicatorRecord | null = r ? { line: r.line, role: r.role } : null;
  return {
    id: def.id,
    label: def.label,
    short: def.short,
    scope: scope.label,
    target,
    better: def.better,
    sheet: ctx.table.sheet,
    table: ctx.table.address,
    record,
  };
}

function judge(def: IndicatorDef, value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return def.better === 'higher' ? value >= target - 1e-9 : value <= target + 1e-9;
}

/** A figure's sum over some concepts in one scope; undefined when a cell cannot be read. */
export type Sum = (concepts: readonly string[]) => number | undefined;

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
  const rowSum =
    (row: number): Sum =>
    (concepts) => {
      let s = 0;
      for (const c of concepts) {
        const f = ctx.derived(row, c);
        if (!f || f.state === 'bad') return undefined;
        if (f.state === 'value') s += f.n;
      }
      return s;
    };
  const total = grandTotal(t);
  if (t.byLevel) {
    for (const r of t.records) if (r.role !== 'section') scopes.push({ label: r.label || `Dòng ${r.line + 1}`, sum: rowSum(r.line), row: r.line });
  } else if (total) {
    scopes.push({ label: total.label, sum: rowSum(total.line), row: total.line });
  } else {
    const dataRows = t.records.filter((r) => isDataRole(r.role));
    if (dataRows.length === 1) scopes.push({ label: dataRows[0]!.label || 'Toàn bảng', sum: rowSum(dataRows[0]!.line), row: dataRows[0]!.line });
    else if (dataRows.length > 1)
      scopes.push({
        label: 'Toàn bảng (cộng các dòng)',
        sum: (concepts) => {
          let s = 0;
          for (const r of dataRows) {
            const v = rowSum(r.line)(concepts);
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
      const formula = def.formulas.map((id): Formula => RATES[id]).find((f) => applicable(ctx, f));
      if (formula) {
        const ind = fromFormula(ctx, def, formula, scope, targets);
        const printed = def.printed && scope.row !== undefined ? printedRate(ctx, scope.row, def.printed) : undefined;
        if (ind && printed) ind.printed = printed;
        if (ind) out.push(ind);
        continue;
      }
      const col = def.printed && !def.printedUnless?.some((c) => ctx.cols.has(c)) ? ctx.cols.get(def.printed) : undefined;
      if (col !== undefined && scope.row !== undefined) {
        const f = ctx.read(scope.row, col);
        if (f.state !== 'value') continue;
        const b = base(ctx, def, scope, targets);
        out.push({
          ...b,
          value: round(f.n),
          text: formatPercent(f.n, { maxDecimals: Math.max(2, f.decimals ?? 2) }),
          met: judge(def, f.n, b.target),
          definition: printedDefinition(ctx, col, scope.row, def.printed!),
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
  return (
    [...ctx.expand(f.numerator), ...(f.minus ?? [])].every((c) => ctx.partsOf(c) !== undefined) && f.denominator.every((c) => ctx.partsOf(c) !== undefined)
  );
}

function fromFormula(
  ctx: TableContext,
  def: IndicatorDef,
  f: Formula,
  scope: { label: string; sum: Sum; row?: number },
  targets: Targets,
): Indicator | undefined {
  const plus = scope.sum(ctx.expand(f.numerator));
  const minus = f.minus ? scope.sum(f.minus) : 0;
  const den = scope.sum(f.denominator);
  if (plus === undefined || minus === undefined || den === undefined) return undefined;
  const num = plus - minus;
  const b = base(ctx, def, scope, targets);
  const exact = ratioPercent(num, den);
  return {
    ...b,
    value: exact === undefined ? null : round(exact),
    text: formatRatio(num, den) ?? '—',
    met: judge(def, exact ?? null, b.target),
    definition: f.wording,
    numerator: num,
    denominator: den,
    source: 'so-lieu',
  };
}

function fromList(ctx: TableContext, defs: IndicatorDef[], targets: Targets, explicit: Set<string>): Indicator[] {
  const valueCol = ctx.cols.get('ket-qua');
  if (valueCol === undefined) return [];
  const targetCol = ctx.cols.get('muc-tieu');
  const out: Indicator[] = [];
  for (const r of ctx.table.records) {
    if (!isDataRole(r.role)) continue;
    const key = foldKey(r.label);
    const def = defs.find((d) => d.listWords?.some((w) => hasPhrase(key, w)) && !d.listNotWords?.some((w) => hasPhrase(key, w)));
    if (!def) continue;
    const v = ctx.read(r.line, valueCol);
    if (v.state !== 'value' || !v.percent) continue;
    const b = base(ctx, def, { label: r.label, row: r.line }, targets);
    let target = b.target;
    if (targetCol !== undefined && !explicit.has(def.id)) {
      const tf = ctx.read(r.line, targetCol);
      if (tf.state === 'value' && tf.percent) target = tf.n;
    }
    out.push({
      ...b,
      target,
      value: round(v.n),
      text: formatPercent(v.n, { maxDecimals: Math.max(2, v.decimals ?? 2) }),
      met: judge(def, v.n, target),
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

/**
 * The table's grand total: a total record covering every top-level record (not one closing a group of them).
 * Shared by the indicators, the report's figures and the roll-up.
 */
export function grandTotal(t: Table): Table['records'][number] | undefined {
  const underGroup = new Set<number>();
  for (const g of t.records) if (g.role === 'subtotal') for (const c of g.covers ?? []) underGroup.add(c);
  const topLevel = t.records.filter((x) => (isDataRole(x.role) || x.role === 'subtotal') && !underGroup.has(x.line)).length;
  const all = t.records.find((r) => r.role === 'total' && r.covers !== undefined && r.covers.length === topLevel);
  // Over periods the table's own aggregate (its quarter, half-year, year) stands for it, even one whose months are not
  // all in the table ("Quý III" beside "Tháng 9"): never the aggregate plus its months.
  return all ?? (t.byPeriod ? t.records.filter((r) => r.role === 'total').at(-1) : undefined);
}

/** The table's printed rate for a record, and which definition in use it agrees with. */
function printedRate(ctx: TableContext, row: number, concept: string): Indicator['printed'] {
  const def = ctx.form.rates.find((r) => r.concept === concept);
  const w = def ? weighPrintedRate(ctx, row, def) : undefined;
  if (!w) return undefined;
  return { text: formatPercent(w.percent, { maxDecimals: Math.max(2, w.decimals) }), agrees: w.agrees?.definition ?? null };
}

/** "tỷ lệ ghi trong bảng (cột «Tỷ lệ …»), khớp với (trước hạn + đúng hạn) / tiếp nhận". */
function printedDefinition(ctx: TableContext, col: number, row: number, concept: string): string {
  const header = ctx.table.measures.find((m) => m.line === col)?.header || ctx.columnLabel(col);
  const agrees = printedRate(ctx, row, concept)?.agrees;
  return `tỷ lệ ghi trong bảng (cột «${header}»)${agrees ? `, khớp với ${agrees}` : ''}`;
}
