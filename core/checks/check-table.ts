/**
 * All checks of one detected table: unreadable cells (once each), identities between columns
 * (the form's, and those printed in the numbering row), total and group rows, bounds and printed
 * rates. Sums and rates are broken checks with their equations, so that one wrong cell breaking
 * several of them is reported once, as the likely cause (see likely-cause.ts).
 */
import { columnLetters } from '../grid/a1';
import { countInWords } from '../numbers/words';
import { formatCount, formatPercent, printedUnit, ratioPercent, formatRatio } from '../numbers';
import { MSG } from '../catalogue/messages';
import { RULES, type Finding, type RuleId } from '../catalogue/findings';
import type { IdentityDef } from '../catalogue/forms';
import type { ReadValue } from '../tables/table';
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

const fc = (n: number) => formatCount(n);

function finding(ctx: TableContext, rule: RuleId, row: number, col: number, message: string, actual: string | null, expected: string | null, related?: string[]): Finding {
  const [r, c] = ctx.cell(row, col);
  const f: Finding = {
    severity: RULES[rule].severity,
    sheet: ctx.table.sheet,
    cell: ctx.a1(row, col),
    rule,
    message,
    actual,
    expected,
    row: r,
    col: c,
  };
  if (related && related.length) f.related = related;
  return f;
}

export function checkTable(ctx: TableContext): TableFindings {
  const out: TableFindings = { findings: [], sums: [] };
  layoutFindings(ctx, out.findings);
  const figureRows = ctx.table.records.filter((r) => r.role !== 'section');
  const valueCols = ctx.table.measures.filter((m) => m.duplicateOf === undefined && (m.kind === 'count' || m.kind === 'rate' || m.kind === 'value'));
  for (const r of figureRows) for (const m of valueCols) unreadable(ctx, r.line, m.line, out.findings);
  totals(ctx, out);
  // A total row's identities follow from its rows' while its column sums hold: checking them then
  // would only repeat a data row's finding. Where a column sum is broken they help find the cause.
  const brokenCells = new Set(out.sums.map((s) => s.terms[0]!.row * 16384 + s.terms[0]!.col));
  const ids = rowIdentities(ctx);
  for (const r of figureRows) {
    // A total's identities follow from its rows' — except over periods, where its stocks are not sums.
    const implied = (r.role === 'total' || r.role === 'subtotal') && !ctx.table.byPeriod;
    identities(ctx, r.line, ids, out, implied ? brokenCells : undefined);
    bounds(ctx, r.line, out.findings);
    rates(ctx, r.line, out.findings);
  }
  return out;
}

function layoutFindings(ctx: TableContext, findings: Finding[]): void {
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
    const m = t.measures.find((x) => x.line === a.line)!;
    if (a.reason === 'cot-trung') {
      findings.push(finding(ctx, 'cot-trung', t.header.first, m.line, MSG.duplicateColumn(letter(m.line), m.header, letter(m.duplicateOf!)), null, null));
    } else {
      findings.push(finding(ctx, 'cot-khong-nhan-dien', t.header.first, m.line, MSG.unknownColumn(letter(m.line), m.header, ctx.form.label), null, null));
    }
  }
}

function unreadable(ctx: TableContext, row: number, col: number, findings: Finding[]): void {
  if (ctx.state(row, col) !== 3) return;
  const v = ctx.value(row, col) as ReadValue;
  if (v.problem === 'uncached-formula') return; // said once for the table
  const column = ctx.columnLabel(col);
  const text = v.text ?? '';
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

interface RowIdentity {
  rule: RuleId;
  severity?: 'error' | 'warning';
  total: number;
  parts: { col: number; sign: 1 | -1 }[];
  title: string;
  /** From the numbering row only: worded after its text. */
  stated?: string;
}

/** The identities that apply to the table: the form's, then those of the numbering row not already among them. */
export function rowIdentities(ctx: TableContext): RowIdentity[] {
  const out: RowIdentity[] = [];
  const keys = new Set<string>();
  const key = (total: number, parts: { col: number; sign: number }[]) =>
    `${total}=${parts.map((p) => `${p.sign}${p.col}`).sort().join(',')}`;
  for (const id of ctx.form.identities) {
    const r = resolveIdentity(ctx, id);
    if (!r) continue;
    keys.add(key(r.total, r.parts));
    out.push(r);
  }
  for (const s of ctx.table.stated) {
    const parts = s.parts.map((p) => ({ col: p.line, sign: p.sign }));
    if (keys.has(key(s.total, parts))) continue;
    keys.add(key(s.total, parts));
    out.push({ rule: 'cong-thuc-danh-so', total: s.total, parts, title: s.text, stated: s.text });
  }
  return out;
}

function resolveIdentity(ctx: TableContext, id: IdentityDef): RowIdentity | undefined {
  const total = ctx.cols.get(id.total);
  if (total === undefined) return undefined;
  if (id.unless?.some((c) => ctx.cols.has(c))) return undefined;
  const parts: { col: number; sign: 1 | -1 }[] = [];
  for (const p of id.parts) {
    const c = ctx.cols.get(p);
    if (c === undefined) return undefined;
    parts.push({ col: c, sign: 1 });
  }
  for (const p of id.optionalParts ?? []) {
    const c = ctx.cols.get(p);
    if (c !== undefined) parts.push({ col: c, sign: 1 });
  }
  const rule = id.rule as RuleId;
  const short = (c: string) => shortLabel(ctx.conceptLabel(c));
  const title = `${short(id.total)} = ${[...id.parts, ...(id.optionalParts ?? []).filter((c) => ctx.cols.has(c))].map(short).join(' + ')}`;
  const r: RowIdentity = { rule, total, parts, title };
  if (id.severity) r.severity = id.severity;
  return r;
}

/** "Số hồ sơ đã giải quyết" → "đã giải quyết": short enough to write an equation with. */
function shortLabel(label: string): string {
  const s = label.replace(/^(Tổng số hồ sơ|Tổng số|Số hồ sơ|Số)\s+/u, '');
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

function identities(ctx: TableContext, row: number, ids: RowIdentity[], out: TableFindings, onlyWith?: Set<number>): void {
  const label = ctx.rowLabel(row);
  for (const id of ids) {
    if (onlyWith && ![id.total, ...id.parts.map((p) => p.col)].some((c) => onlyWith.has(row * 16384 + c))) continue;
    let bad = false;
    let allEmpty = true;
    const st = ctx.state(row, id.total);
    if (st === 3) continue;
    if (st === 1) allEmpty = false;
    const total = st === 1 ? ctx.num(row, id.total) : 0;
    let sum = 0;
    for (const p of id.parts) {
      const s = ctx.state(row, p.col);
      if (s === 3) { bad = true; break; }
      if (s === 1) { allEmpty = false; sum += p.sign * ctx.num(row, p.col); }
    }
    if (bad || allEmpty) continue;
    if (total === sum) continue;
    const partVals = id.parts.map((p) => (ctx.state(row, p.col) === 1 ? ctx.num(row, p.col) : 0));
    const actual = fc(total);
    const expected = fc(sum);
    const message = id.stated
      ? MSG.statedIdentity({
          label,
          a1Row: row + 1,
          text: id.stated,
          total: columnLetters(id.total),
          actual,
          expr: id.parts.map((p, i) => `${i === 0 ? (p.sign < 0 ? '-' : '') : p.sign < 0 ? ' - ' : ' + '}${fc(partVals[i]!)}`).join(''),
          sum: expected,
        })
      : MSG.identity({
          label,
          a1Row: row + 1,
          total: ctx.columnLabel(id.total),
          actual,
          parts: id.parts.map((p) => ctx.columnLabel(p.col)),
          values: partVals.map(fc),
          sum: expected,
          diff: fc(Math.abs(total - sum)),
          unit: ctx.form.unit,
        });
    const f = finding(ctx, id.rule, row, id.total, message, actual, expected, id.parts.map((p) => ctx.a1(row, p.col)));
    if (id.severity) f.severity = id.severity;
    out.sums.push({
      finding: f,
      terms: [{ row, col: id.total, coef: 1 }, ...id.parts.map((p) => ({ row, col: p.col, coef: -p.sign }))],
      residual: total - sum,
      name: MSG.checkName.row(id.title),
    });
  }
}

function totals(ctx: TableContext, out: TableFindings): void {
  const countCols = ctx.table.measures
    .filter((m) => m.duplicateOf === undefined && m.kind === 'count')
    .map((m) => ({ col: m.line, stock: ctx.form.concepts.find((c) => c.id === m.concept)?.stock }));
  for (const t of ctx.table.records) {
    if ((t.role !== 'total' && t.role !== 'subtotal') || !t.covers || t.covers.length === 0) continue;
    const row = t.line;
    for (const c of countCols) {
      // Over periods, a stock is the first or the last period's, never their sum (DESIGN §3.3).
      const overPeriods = ctx.table.byPeriod ? c.stock : undefined;
      if (overPeriods === 'none') continue;
      const covers = overPeriods === 'first' ? t.covers.slice(0, 1) : overPeriods === 'last' ? t.covers.slice(-1) : t.covers;
      const st = ctx.state(row, c.col);
      if (st === 3) continue;
      let allEmpty = st !== 1;
      const total = st === 1 ? ctx.num(row, c.col) : 0;
      let sum = 0;
      let bad = false;
      for (const r of covers) {
        const s = ctx.state(r, c.col);
        if (s === 3) { bad = true; break; }
        if (s === 1) { allEmpty = false; sum += ctx.num(r, c.col); }
      }
      if (bad || allEmpty) continue;
      if (total === sum) continue;
      const column = ctx.columnLabel(c.col);
      const message = overPeriods
        ? MSG.stockTotal({ label: t.label, column, actual: fc(total), period: ctx.rowLabel(covers[0]!), value: fc(sum), first: overPeriods === 'first' })
        : MSG.total({
            label: t.label,
            column,
            actual: fc(total),
            count: covers.length,
            sum: fc(sum),
            diff: fc(Math.abs(total - sum)),
            group: t.role === 'subtotal',
          });
      out.sums.push({
        finding: finding(ctx, 'dong-tong', row, c.col, message, fc(total), fc(sum)),
        terms: [{ row, col: c.col, coef: 1 }, ...covers.map((r) => ({ row: r, col: c.col, coef: -1 }))],
        residual: total - sum,
        name: MSG.checkName.column(column),
      });
    }
  }
}

function bounds(ctx: TableContext, row: number, findings: Finding[]): void {
  for (const b of ctx.form.bounds) {
    const cs = ctx.cols.get(b.small);
    const cb = ctx.cols.get(b.big);
    if (cs === undefined || cb === undefined) continue;
    if (ctx.state(row, cs) !== 1 || ctx.state(row, cb) !== 1 || ctx.num(row, cs) <= ctx.num(row, cb)) continue;
    const s = { n: ctx.num(row, cs) };
    const g = { n: ctx.num(row, cb) };
    const rule = b.rule as RuleId;
    const message = MSG.bound({
      label: ctx.rowLabel(row),
      a1Row: row + 1,
      small: ctx.conceptLabel(b.small),
      a: fc(s.n),
      big: ctx.conceptLabel(b.big),
      b: fc(g.n),
    });
    findings.push(finding(ctx, rule, row, cs, message, fc(s.n), `≤ ${fc(g.n)}`, [ctx.a1(row, cb)]));
  }
}

function rates(ctx: TableContext, row: number, findings: Finding[]): void {
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
        MSG.rate({ label: ctx.rowLabel(row), a1Row: row + 1, printed: printedText, definition: first.definition, n: fc(first.n), d: fc(first.d), exact: exactText }),
        printedText,
        exactText,
      ),
    );
  }
}
