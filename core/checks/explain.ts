/**
 * From broken edits to findings, one per cause (DESIGN §3.3c). The localiser (localise.ts) says which figures are
 * wrong; here each becomes what the clerk reads:
 * - a cell known wrong, with the one value that mends every edit it is in ("Đúng ra"), and the typing slip that
 *   explains it when there is one;
 * - a broken edit the data cannot pin on one cell: its own message, no value, and the cells that could be wrong
 *   (`candidates`), the likeliest first, with what the data does say.
 * A value is proposed only when every minimal way agrees on it, and never one that breaks an edit that held.
 */
import type { Finding } from '../catalogue/findings';
import { MSG } from '../catalogue/messages';
import { formatCount, printedUnit } from '../numbers';
import type { TableContext } from '../tables/context';
import { cellKey, keyCol, keyRow, type TableEdits } from './edits';
import { RATES } from '../catalogue/rates';
import { finding, type BrokenEdit } from './finding';
import { weighPrintedRate } from '../tables/printed-rate';
import { weighStatedRate } from './rates';
import { localise, type Verdict, type Way } from './localise';
import { typoOf } from './typos';

/**
 * A table with more broken edits than this was misread as a whole (a shifted column, a sheet of another form): the
 * first are localised, the rest said as they are, with no value proposed. The list shows the first 1.000 anyway.
 */
export const MAX_LOCALISED = 10_000;
/** Cells a finding names as candidates at most (a column no identity checks may offer thousands). */
export const MAX_CANDIDATES = 12;

export function explain(ctx: TableContext, edits: TableEdits, broken: readonly BrokenEdit[], printed: Finding[] = []): Finding[] {
  if (broken.length === 0) return [];
  const out: Finding[] = [];
  if (broken.length > MAX_LOCALISED) {
    for (const b of broken.slice(MAX_LOCALISED)) out.push({ ...b.finding, expected: null });
    broken = broken.slice(0, MAX_LOCALISED);
  }
  const byId = new Map(broken.map((b) => [b.edit.id, b]));
  for (const raw of localise(
    edits,
    broken.map((b) => b.edit),
  )) {
    const v = primary(edits, raw);
    const mine = v.edits.map((e) => byId.get(e.id)!).filter(Boolean);
    const fixes = safeFixes(edits, v);
    const follow = new Set(v.follows.keys());
    const leaders = fixes.filter((f) => !follow.has(f.v));
    for (const f of leaders) {
      const x = fixFinding(ctx, edits, mine, leaders, f);
      // The totals over this cell, redone: said with it (they need no finding of their own).
      const after = followersOf(v, f.v).map((c) => {
        const value = (v.group?.fixes ?? fixes).find((g) => g.v === c)?.value ?? null;
        return { cell: ctx.a1(keyRow(c), keyCol(c)), label: ctx.rowLabel(keyRow(c)), value };
      });
      if (after.length) {
        x.message += MSG.totalsRedone(
          after.map((a) => `${a.cell}${a.value === null ? '' : ` thành ${formatCount(a.value)}`}`),
          [...new Set(after.map((a) => a.label))],
        );
        x.related = [...new Set([...(x.related ?? []), ...after.map((a) => a.cell)])];
      }
      const rates = mendedRates(ctx, v.group?.fixes ?? fixes, keyRow(f.v), printed);
      if (rates.length) {
        x.message += MSG.ratesToo(rates.map((r) => r.cell));
        x.related = [...new Set([...(x.related ?? []), ...rates.map((r) => r.cell)])];
      }
      out.push(x);
    }
    // What the fixes leave broken is for the candidates; a total record's sum that only follows its records' is
    // said with theirs.
    const delta = new Map(fixes.map((f) => [f.v, f.value - edits.value(f.v)]));
    const open = mine.filter((b) => {
      let left = b.edit.residual;
      for (const t of b.edit.terms) left += t.a * (delta.get(t.v) ?? 0);
      return left !== 0;
    });
    const own = open.filter((b) => !followsOnly(b, v));
    for (const b of own.length ? own : open) {
      const f = openFinding(ctx, edits, b, v, fixes.length < v.fixes.length);
      const echoed = open.filter((x) => x !== b && followsOnly(x, v) && keyRow(x.edit.terms[0]!.v) !== keyRow(b.edit.terms[0]!.v));
      if (own.length && echoed.length) {
        const cells = [...new Set(echoed.map((x) => x.finding.cell))];
        f.message += MSG.totalFollows(cells, [...new Set(echoed.map((x) => ctx.rowLabel(keyRow(x.edit.terms[0]!.v))))]);
        f.related = [...new Set([...(f.related ?? []), ...cells])];
      }
      out.push(f);
    }
  }
  return out;
}

/** A verdict with the cells of its ways that only follow others (see primary). */
interface Primary extends Verdict {
  /** Cells of total or subtotal records that change by the same amount as a cell of a record they add up: v → that cell. */
  follows: Map<number, number>;
}

/**
 * A printed rate that disagrees with its counts: the rate may be the wrong figure, or a count it is made of. A count in
 * no identity (a "Số hóa" beside "Tỷ lệ số hóa") could be the slip as well as the rate: then no value is proposed,
 * and both are named, a typing slip first ("có thể gõ nhầm 261 thành 216"). Counts held by identities stay as they are.
 */
export function localiseRates(ctx: TableContext, edits: TableEdits, printed: Finding[]): void {
  const turned = ctx.table.orientation === 'columns';
  for (const f of printed) {
    if (f.rule !== 'ty-le-lech') continue;
    const row = turned ? f.col : f.row;
    const line = turned ? f.row : f.col;
    const def = rateParts(ctx, row, line);
    const rate = ctx.read(row, line);
    if (!def || rate.state !== 'value') continue;
    const unit = printedUnit(rate.decimals ?? 2);
    const alone = (col: number) => edits.editsOf(cellKey(row, col)).length === 0;
    const sum = (cols: number[]) => cols.reduce((s, c) => s + (ctx.state(row, c) === 1 ? ctx.num(row, c) : 0), 0);
    const n = sum(def.num);
    const d = sum(def.den);
    const needs = new Map<number, number>();
    // A numerator cell: the whole count nearest the printed rate's, within its printed precision.
    for (const c of def.num.filter(alone)) {
      const own = Math.round((rate.n * d) / 100) - (n - ctx.num(row, c));
      if (own >= 0 && Math.abs(((n - ctx.num(row, c) + own) / d) * 100 - rate.n) <= unit + 1e-9 && own !== ctx.num(row, c)) needs.set(c, own);
    }
    for (const c of def.den.filter(alone)) {
      if (rate.n <= 0) continue;
      const total = Math.round((n * 100) / rate.n);
      const own = total - (d - ctx.num(row, c));
      if (own > 0 && Math.abs((n / total) * 100 - rate.n) <= unit + 1e-9 && own !== ctx.num(row, c)) needs.set(c, own);
    }
    if (needs.size === 0) continue;
    const ranked = [...needs.keys()].sort((a, b) => (typoOf(needs.get(a)!, ctx.num(row, a)) ? 0 : 1) - (typoOf(needs.get(b)!, ctx.num(row, b)) ? 0 : 1));
    const typoCell = ranked.find((c) => typoOf(needs.get(c)!, ctx.num(row, c)));
    const typo = typoCell === undefined ? undefined : MSG.typoOf(ctx.a1(row, typoCell), formatCount(needs.get(typoCell)!), formatCount(ctx.num(row, typoCell)));
    const cells = typoCell !== undefined ? [...ranked.map((c) => ctx.a1(row, c)), f.cell] : [f.cell, ...ranked.map((c) => ctx.a1(row, c))];
    f.expected = null;
    f.candidates = cells;
    f.message += MSG.oneOf(cells, typo);
  }
}

/** The count columns a printed rate is made of (its usual definition, or the numbering line's), in this record. */
function rateParts(ctx: TableContext, row: number, line: number): { num: number[]; den: number[] } | undefined {
  const stated = ctx.table.statedRates?.find((s) => s.rate === line);
  if (stated) return { num: stated.num, den: stated.den };
  const def = ctx.form.rates.find((d) => ctx.cols.get(d.concept) === line);
  if (!def) return undefined;
  for (const id of def.definitions) {
    const r = RATES[id];
    const num = ctx.expand(r.numerator).filter((c) => ctx.cols.has(c));
    if (num.length === 0 || !r.denominator.every((c) => ctx.cols.has(c))) continue;
    if ([...num, ...r.denominator].some((c) => ctx.read(row, ctx.cols.get(c)!).state !== 'value')) continue;
    return { num: num.map((c) => ctx.cols.get(c)!), den: r.denominator.map((c) => ctx.cols.get(c)!) };
  }
  return undefined;
}

/** The printed rates of a record that the corrections also mend: taken out of `printed`, said with the correction. */
function mendedRates(ctx: TableContext, fixes: Verdict['fixes'], row: number, printed: Finding[]): Finding[] {
  const turned = ctx.table.orientation === 'columns';
  const mine = printed.filter((p) => p.rule === 'ty-le-lech' && (turned ? p.col : p.row) === row);
  if (mine.length === 0) return [];
  ctx.overlay = new Map(fixes.map((f) => [f.v, f.value]));
  try {
    const mended = mine.filter((p) => {
      const line = turned ? p.row : p.col;
      const stated = ctx.table.statedRates?.find((s) => s.rate === line);
      if (stated) return weighStatedRate(ctx, row, stated)?.agrees === true;
      const def = ctx.form.rates.find((d) => ctx.cols.get(d.concept) === line);
      return def !== undefined && weighPrintedRate(ctx, row, def)?.agrees !== undefined;
    });
    for (const p of mended) printed.splice(printed.indexOf(p), 1);
    return mended;
  } finally {
    ctx.overlay = undefined;
  }
}

/** The cells that follow `leader`, directly or through a subtotal. */
function followersOf(v: Primary, leader: number): number[] {
  const out: number[] = [];
  const todo = [leader];
  while (todo.length) {
    const l = todo.pop()!;
    for (const [x, y] of v.follows)
      if (y === l && !out.includes(x)) {
        out.push(x);
        todo.push(x);
      }
  }
  return out;
}

/** An edit whose cells in the ways are all followers: a total record that will add up again once its records do. */
function followsOnly(b: BrokenEdit, v: Primary): boolean {
  const cells = v.ways.flatMap((w) => w.vars).filter((x) => b.edit.terms.some((t) => t.v === x));
  return cells.length > 0 && cells.every((x) => v.follows.has(x));
}

/**
 * A total record that adds up its records follows them: where a way changes a record's cell and the total's cell in
 * the same measure by the same amount, the total's change is the sum redone, not a second slip. The ways are named by
 * their own cells (the candidates); the total's cells stay in the ways, for the message.
 */
function primary(edits: TableEdits, v: Verdict): Primary {
  const follows = new Map<number, number>();
  for (const w of v.group?.ways ?? v.ways) {
    const delta = new Map<number, number>();
    w.vars.forEach((x, j) => {
      const value = w.values[j];
      if (value !== null && value !== undefined) delta.set(x, value - edits.value(x));
    });
    // Subtotals follow records, totals follow subtotals: as many passes as there are levels.
    for (let pass = 0; pass < 4; pass++)
      for (const x of w.vars) {
        if (follows.has(x) || !delta.has(x)) continue;
        const covers = edits.covers(keyRow(x), keyCol(x));
        if (!covers) continue;
        const leader = w.vars.find((y) => y !== x && keyCol(y) === keyCol(x) && covers.includes(keyRow(y)) && delta.get(y) === delta.get(x));
        if (leader !== undefined) follows.set(x, leader);
      }
  }
  const lead = (x: number) => !follows.has(x);
  const candidates = v.candidates.filter(lead);
  return { ...v, candidates: (candidates.length ? candidates : v.candidates).slice(0, MAX_CANDIDATES), follows };
}

/**
 * The fixes, unless applying them together — with the rest of their group, whose ways they share — would break an
 * edit that held (then the verdict speaks only of candidates).
 */
function safeFixes(edits: TableEdits, v: Verdict): Verdict['fixes'] {
  if (v.fixes.length === 0) return [];
  const all = v.group?.fixes ?? v.fixes;
  const delta = new Map(all.map((f) => [f.v, f.value - edits.value(f.v)]));
  const seen = new Set<number>();
  for (const f of all)
    for (const e of edits.editsOf(f.v)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      let left = e.residual;
      for (const t of e.terms) left += t.a * (delta.get(t.v) ?? 0);
      if (e.residual === 0 && left !== 0) return [];
    }
  return v.fixes;
}

function fixFinding(ctx: TableContext, edits: TableEdits, mine: BrokenEdit[], fixes: Verdict['fixes'], f: Verdict['fixes'][number]): Finding {
  const row = keyRow(f.v);
  const col = keyCol(f.v);
  const actual = edits.value(f.v);
  const typo = typoOf(f.value, actual) ? MSG.typo(formatCount(f.value), formatCount(actual)) : '';
  const mends = mine.filter((b) => b.edit.terms.some((t) => t.v === f.v));
  const others = fixes.filter((x) => x !== f);
  // One broken edit mended at its own total: that edit's finding, with its value.
  if (mends.length === 1 && mends[0]!.edit.terms[0]!.v === f.v && others.length === 0) {
    const own = { ...mends[0]!.finding, expected: formatCount(f.value) };
    own.message += typo;
    return own;
  }
  const common = {
    cell: ctx.a1(row, col),
    column: ctx.columnLabel(col),
    label: ctx.rowLabel(row),
    actual: formatCount(actual),
    expected: formatCount(f.value),
    checks: mends.map((b) => b.name),
  };
  const message = others.length
    ? MSG.likelyCauseWith({ ...common, others: others.map((o) => MSG.otherFix(ctx.a1(keyRow(o.v), keyCol(o.v)), formatCount(o.value))) })
    : MSG.likelyCause(common);
  const related = [...mends.map((b) => b.finding.cell), ...others.map((o) => ctx.a1(keyRow(o.v), keyCol(o.v)))];
  const rule = mends.length === 1 && others.length === 0 ? mends[0]!.finding.rule : 'nghi-o-sai';
  return finding(ctx, rule, row, col, message + typo, formatCount(actual), formatCount(f.value), related);
}

/** A broken edit no value can be proposed for: its own message, what the data says, and the cells that could be wrong. */
function openFinding(ctx: TableContext, edits: TableEdits, b: BrokenEdit, v: Verdict, unsafe: boolean): Finding {
  const a1 = (x: number) => ctx.a1(keyRow(x), keyCol(x));
  const inEdit = new Set(b.edit.terms.map((t) => t.v));
  const follows = (v as Primary).follows ?? new Map<number, number>();
  // A way through this edit, named by its own cells (a total's cell that follows is the sum redone).
  const ways = dedupeWays(
    v.ways
      .filter((w) => w.vars.some((x) => inEdit.has(x)))
      .map((w) => {
        const lead = w.vars.filter((x) => !follows.has(x));
        return { vars: lead, values: lead.map((x) => w.values[w.vars.indexOf(x)]!) };
      }),
  );
  // The edit's own cells in a way: its record's, or the cells its total follows.
  for (const x of [...inEdit]) if (follows.has(x)) inEdit.add(follows.get(x)!);
  // The candidates that bear on this edit: those in a way through it, else all of the verdict's.
  const near = new Set(ways.flatMap((w) => w.vars));
  let cells = v.candidates.filter((x) => near.size === 0 || near.has(x));
  if (cells.length === 0) cells = v.candidates;
  if (unsafe) cells = [...new Set([...v.fixes.map((f) => f.v), ...cells])];
  const top = cells.find((x) => v.needs.has(x) && typoOf(v.needs.get(x)!, edits.value(x)));
  const typo = top === undefined ? undefined : MSG.typoOf(a1(top), formatCount(v.needs.get(top)!), formatCount(edits.value(top)));
  let text = known(ctx, edits, b);
  if (cells.length === 0) text += '';
  else if (!v.complete && ways.length === 0) text += MSG.unlocated(cells.map(a1));
  else if (ways.length > 0 && ways.every((w) => w.vars.length > 1))
    text += MSG.together(groups(ways, inEdit, a1), Math.min(...ways.map((w) => w.vars.length)), typo);
  else text += MSG.oneOf(cells.map(a1), typo);
  if (b.finding.rule === 'can-doi-tiep-nhan' && b.edit.residual > 0 && !ctx.cols.has('bo-sung') && !ctx.cols.has('tra-lai')) text += MSG.missingDossiers;
  const f: Finding = { ...b.finding, expected: null, message: b.finding.message + text };
  if (cells.length) f.candidates = cells.map(a1);
  return f;
}

function dedupeWays(ways: Way[]): Way[] {
  const seen = new Set<string>();
  return ways.filter((w) => {
    const k = [...w.vars].sort((a, b) => a - b).join(',');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Ways of several cells, grouped by the cell they share in the broken edit: "G7 với một trong H7, I7, J7". */
function groups(ways: Way[], inEdit: Set<number>, a1: (v: number) => string): string[] {
  // Cells in sheet order (a cell key is its record line, then its measure line).
  const inOrder = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const byPivot = new Map<number, number[]>();
  const plain: string[] = [];
  for (const w of ways) {
    const pivots = w.vars.filter((x) => inEdit.has(x));
    if (pivots.length !== 1 || w.vars.length !== 2) {
      plain.push(inOrder(w.vars).map(a1).join(' và '));
      continue;
    }
    const p = pivots[0]!;
    byPivot.set(p, [...(byPivot.get(p) ?? []), ...w.vars.filter((x) => x !== p)]);
  }
  return [...inOrder([...byPivot.keys()]).map((p) => MSG.withOneOf(a1(p), inOrder(byPivot.get(p)!).map(a1))), ...plain];
}

/** "Tổng số hồ sơ tiếp nhận 1.886 khớp với Kỳ trước chuyển qua + Trong kỳ (80 + 1.806).": the anchor's own parts agree. */
function known(ctx: TableContext, edits: TableEdits, b: BrokenEdit): string {
  const anchor = b.edit.terms[0]!.v;
  const held = edits
    .editsOf(anchor)
    .find((e) => e.id !== b.edit.id && e.residual === 0 && e.terms[0]!.v === anchor && keyRow(e.terms[1]!.v) === keyRow(anchor));
  if (!held) return '';
  const parts = held.terms.slice(1);
  if (parts.some((t) => t.a !== -1)) return '';
  return MSG.known({
    total: ctx.columnLabel(keyCol(anchor)),
    actual: formatCount(edits.value(anchor)),
    parts: parts.map((t) => ctx.columnLabel(keyCol(t.v))),
    values: parts.map((t) => formatCount(edits.value(t.v))),
  });
}
