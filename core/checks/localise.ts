/**
 * Error localisation (DESIGN §3.3c): which figures are really wrong, and what they should be.
 *
 * The edits of a table are linear equations over its cells (row identities of the form and of the numbering row,
 * column totals, group subtotals, period aggregates). A broken edit says *that* figures disagree, not *which*. As
 * statistical offices do (Fellegi and Holt 1976; Statistics Netherlands' `errorlocate`), we look for the smallest
 * sets of cells whose change makes every edit hold at once — the broken ones and those that held — and among sets
 * of the same size, the least reliable cells (each cell's weight is the cost of supposing it wrong). A cell that is
 * in every such set with the same value is known, with its value ("Đúng ra"); otherwise the cells are candidates,
 * the likeliest first: a figure that is a simple typing error of the one needed (typos.ts, Scholtus 2009) ranks
 * before one that is not. A clerk who follows a suggestion never breaks an edit that held.
 *
 * Two stages keep the cost of a large table that of its errors:
 * 1. Small edits (row identities, totals over a few records) are solved exactly, component by component: a
 *    branch-and-bound over the cells of the unsatisfied edits, smallest edit first, each candidate set checked with
 *    exact rational arithmetic (rational.ts).
 * 2. Large edits (a column total over hundreds of records) then choose between those options: the options of all
 *    components together must leave every large edit holding; what they cannot mend is mended by cells that are in
 *    no small edit (a column no identity checks), which are candidates of their own.
 */
import { solveLinear } from './rational';
import { TYPO_RANK, typoOf } from './typos';

/** a·x for cell (variable) v. */
export interface Term {
  v: number;
  a: number;
}

/** Σ a·x = constant; `residual` is Σ a·x − constant with the figures as they are (0: the edit holds). */
export interface Edit {
  /** Unique within one system. */
  id: number;
  terms: readonly Term[];
  residual: number;
}

/** The edits of a table as the localiser sees them; edits are asked for cell by cell, so a large table is never built whole. */
export interface EditSystem {
  value(v: number): number;
  /** The cost of supposing v wrong (reliability): integers, the same for cells of the same kind. */
  weight(v: number): number;
  /** Every edit v is in, holding or broken. */
  editsOf(v: number): readonly Edit[];
  /** Edits that are not linear (bounds, printed rates): how many more fail with these new values (fewer: negative). */
  penalty?(changes: ReadonlyMap<number, number>): number;
  /** Whether v may hold x (a count: a whole number ≥ 0). */
  allowed?(v: number, x: number): boolean;
  /**
   * The cells of a large edit that no small edit holds (a column no identity checks), when the system can tell at
   * once; otherwise the localiser asks each cell for its edits (a column total over 200.000 records: 200.000 asks).
   */
  largeOnly?(e: Edit): readonly number[] | undefined;
}

/** One way to make every edit hold: the cells to change and their new values (null: the edits leave it free). */
export interface Way {
  vars: number[];
  values: (number | null)[];
}

/** What the localiser says about some broken edits. */
export interface Verdict {
  edits: Edit[];
  /** The cells known to be wrong, each with the one value that mends them (in every minimal way, the same). */
  fixes: { v: number; value: number }[];
  /** The cells that could be wrong beyond the fixes, the likeliest first; empty when the fixes say it all. */
  candidates: number[];
  /** The value each candidate would need, when one change of it alone would do (for typo wording). */
  needs: Map<number, number>;
  /** The minimal ways found (at most a few dozen), for the message. */
  ways: Way[];
  /** False when the search stopped on its budget: the candidates are then the cells of the broken edits. */
  complete: boolean;
  /**
   * Verdicts whose ways are tied by large edits (a record's cell and the total over it) share this: every fix of the
   * group, applied together, and the group's whole ways (one cell of each component, as the combinations chose them).
   */
  group?: { fixes: { v: number; value: number }[]; ways: Way[] };
}

export interface LocaliseOptions {
  /** Edits with more terms than this are large (stage 2). */
  smallEdit?: number;
  /** The most cells one component's way may change. */
  maxCells?: number;
  /** Search nodes per component. */
  budget?: number;
  /** Search nodes of stage 2, choosing the components' options together. */
  maxCombos?: number;
  /** Candidates listed at most for one verdict. */
  maxCandidates?: number;
}

const DEFAULTS: Required<LocaliseOptions> = { smallEdit: 32, maxCells: 5, budget: 20_000, maxCombos: 50_000, maxCandidates: 48 };

/** Ways of the least size kept for one group of components: more, and none is relied on to say what is known. */
const MAX_WAYS = 64;

/** A component's option: one minimal way for its small edits, with its cost. */
interface Option extends Way {
  /** The change of each of `vars` (null when free). */
  deltas: (number | null)[];
  weight: number;
  penalty: number;
}

interface Component {
  broken: Edit[];
  options: Option[];
  complete: boolean;
}

export function localise(sys: EditSystem, broken: readonly Edit[], options: LocaliseOptions = {}): Verdict[] {
  const opts = { ...DEFAULTS, ...options };
  const isSmall = (e: Edit) => e.terms.length <= opts.smallEdit;
  // Typing slips first, as Statistics Netherlands does (deductive's correct_typos before errorlocate): two errors
  // far apart must not merge into one smaller, wrong explanation.
  const slips = typingSlips(sys, broken, isSmall);
  const rest = slips.length ? withFixes(sys, slips) : sys;
  const left = slips.length ? broken.flatMap((e) => rest.editsOf(e.terms[0]!.v).filter((x) => x.id === e.id && x.residual !== 0)) : broken;
  const smallBroken = left.filter(isSmall);
  const bigBroken = left.filter((e) => !isSmall(e));
  const comps = components(rest, smallBroken, isSmall).map((edits) => solveComponent(rest, edits, isSmall, opts));
  return [...slips.map((s) => s.verdict), ...combine(rest, comps, bigBroken, isSmall, opts)];
}

// ————— Typing slips —————

interface Slip {
  v: number;
  value: number;
  verdict: Verdict;
}

/**
 * Cells that alone mend two broken edits or more, break nothing that held (no bound or printed rate either), and hold
 * a simple typing slip of the figure those edits need (a row identity and a column total agreeing on "1.816", the
 * cell holding "1.861"). Such evidence is taken before the search; a cell whose edits another cell could mend alike
 * is left to the search.
 */
function typingSlips(sys: EditSystem, broken: readonly Edit[], isSmall: (e: Edit) => boolean): Slip[] {
  const out: Slip[] = [];
  const seen = new Set<number>();
  const claimed = new Map<number, number>();
  // The cells of the small broken edits (a record's identities): a column total's 200.000 cells are never asked.
  for (const e of broken.filter(isSmall))
    for (const t of e.terms) {
      if (seen.has(t.v)) continue;
      seen.add(t.v);
      const mine = sys.editsOf(t.v);
      let d: number | undefined;
      let ok = true;
      const mended: Edit[] = [];
      for (const f of mine) {
        const a = termOf(f, t.v);
        if (a === 0) continue;
        if (f.residual === 0) {
          ok = false; // it would break an edit that held
          break;
        }
        const x = -f.residual / a;
        if (d !== undefined && x !== d) {
          ok = false;
          break;
        }
        d = x;
        mended.push(f);
      }
      if (!ok || d === undefined || mended.length < 2 || !Number.isInteger(d)) continue;
      const value = sys.value(t.v) + d;
      if ((sys.allowed && !sys.allowed(t.v, value)) || !typoOf(value, sys.value(t.v))) continue;
      if (sys.penalty && sys.penalty(new Map([[t.v, value]])) > 0) continue;
      const slip: Slip = {
        v: t.v,
        value,
        verdict: { edits: mended, fixes: [{ v: t.v, value }], candidates: [], needs: new Map(), ways: [{ vars: [t.v], values: [value] }], complete: true },
      };
      // Two cells mending the same edits alike: the data does not tell them apart, the search will say so.
      if (claimed.has(mended[0]!.id) || mended.some((f) => claimed.has(f.id))) {
        const other = out.findIndex((s) => s.verdict.edits.some((f) => mended.includes(f)));
        if (other >= 0) out.splice(other, 1);
        continue;
      }
      for (const f of mended) claimed.set(f.id, t.v);
      out.push(slip);
    }
  return out;
}

/** The system with some cells corrected: their values, and the residuals of the edits they are in. */
function withFixes(sys: EditSystem, slips: readonly Slip[]): EditSystem {
  const fixed = new Map(slips.map((s) => [s.v, s.value]));
  const cache = new Map<number, Edit>();
  const adjust = (e: Edit): Edit => {
    if (!e.terms.some((t) => fixed.has(t.v))) return e;
    let c = cache.get(e.id);
    if (!c) {
      let residual = e.residual;
      for (const t of e.terms) if (fixed.has(t.v)) residual += t.a * (fixed.get(t.v)! - sys.value(t.v));
      cache.set(e.id, (c = { id: e.id, terms: e.terms, residual }));
    }
    return c;
  };
  const out: EditSystem = {
    value: (v) => fixed.get(v) ?? sys.value(v),
    weight: (v) => sys.weight(v),
    editsOf: (v) => sys.editsOf(v).map(adjust),
  };
  if (sys.allowed) out.allowed = (v, x) => sys.allowed!(v, x);
  if (sys.largeOnly) out.largeOnly = (e) => sys.largeOnly!(e);
  if (sys.penalty) {
    // Relative to the sheet with the slips corrected.
    const base = sys.penalty(fixed);
    out.penalty = (changes) => sys.penalty!(new Map([...fixed, ...changes])) - base;
  }
  return out;
}

// ————— Stage 1: components of small edits —————

/** Broken small edits that share a cell, or touch a common small edit, belong together. */
function components(sys: EditSystem, broken: readonly Edit[], isSmall: (e: Edit) => boolean): Edit[][] {
  const parent = broken.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<number, number>();
  broken.forEach((e, i) => {
    const claim = (id: number) => {
      const o = owner.get(id);
      if (o === undefined) owner.set(id, i);
      else parent[find(o)] = find(i);
    };
    claim(e.id);
    for (const t of e.terms) for (const f of sys.editsOf(t.v)) if (isSmall(f)) claim(f.id);
  });
  const groups = new Map<number, Edit[]>();
  broken.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()];
}

/** The minimal ways (fewest cells) for one component's small edits, by iterative deepening. */
function solveComponent(sys: EditSystem, broken: Edit[], isSmall: (e: Edit) => boolean, opts: Required<LocaliseOptions>): Component {
  const smallOf = (v: number) => sys.editsOf(v).filter(isSmall);
  // One broken edit: a cell of it that no other small edit holds mends it alone (the common case, found directly).
  if (broken.length === 1) {
    const e = broken[0]!;
    const options: Option[] = [];
    for (const t of e.terms) {
      if (sys.editsOf(t.v).some((f) => f !== e && isSmall(f))) continue;
      const o = feasible(sys, [t.v], [e]);
      if (o) options.push(o);
    }
    if (options.length) return { broken, options, complete: true };
  }
  let nodes = 0;
  for (let k = 1; k <= opts.maxCells; k++) {
    const found = new Map<string, Option>();
    const chosen: number[] = [];
    const excluded = new Set<number>();
    let stopped = false;

    const visit = (): void => {
      if (stopped) return;
      if (++nodes > opts.budget) {
        stopped = true;
        return;
      }
      // Edits touched by the chosen cells, and how many chosen cells each holds.
      const count = new Map<number, number>();
      const touched = new Map<number, Edit>();
      for (const v of chosen)
        for (const e of smallOf(v)) {
          count.set(e.id, (count.get(e.id) ?? 0) + 1);
          touched.set(e.id, e);
        }
      // Unsatisfied: a broken edit no chosen cell is in; a holding edit exactly one chosen cell is in (it would break).
      const unsat: Edit[] = [];
      for (const e of broken) if (!count.has(e.id)) unsat.push(e);
      for (const e of touched.values()) if (e.residual === 0 && count.get(e.id) === 1) unsat.push(e);
      const free = (e: Edit) => e.terms.filter((t) => !excluded.has(t.v) && !chosen.includes(t.v)).map((t) => t.v);
      if (unsat.length === 0) {
        const opt = feasible(sys, chosen, [...touched.values()]);
        if (opt) {
          found.set([...chosen].sort((a, b) => a - b).join(','), opt);
          return;
        }
        // Structurally right but the values cannot agree: a larger set must bring another cell into these edits.
        if (chosen.length >= k) return;
        branch([...new Set([...touched.values()].flatMap(free))]);
        return;
      }
      if (chosen.length + lowerBound(unsat, free) > k) return;
      let best: number[] | undefined;
      for (const e of unsat) {
        const f = free(e);
        if (!best || f.length < best.length) best = f;
        if (f.length === 0) return;
      }
      branch(best!);
    };
    const branch = (vars: number[]) => {
      const added: number[] = [];
      for (const v of vars) {
        chosen.push(v);
        visit();
        chosen.pop();
        excluded.add(v);
        added.push(v);
        if (stopped) break;
      }
      for (const v of added) excluded.delete(v);
    };
    visit();
    if (found.size) return { broken, options: [...found.values()], complete: !stopped };
    if (stopped) return { broken, options: [], complete: false };
  }
  return { broken, options: [], complete: false };
}

/** Disjoint unsatisfied edits each need a cell of their own. */
function lowerBound(unsat: readonly Edit[], free: (e: Edit) => number[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const e of [...unsat].sort((a, b) => a.terms.length - b.terms.length)) {
    const f = free(e);
    if (f.some((v) => used.has(v))) continue;
    for (const v of f) used.add(v);
    n++;
  }
  return n;
}

/** One cell: each edit it is in fixes its change, which must agree (the common case, without fractions). */
function single(v: number, touched: readonly Edit[]): number | null | undefined {
  let d: number | undefined;
  for (const e of touched) {
    let a = 0;
    for (const t of e.terms) if (t.v === v) a += t.a;
    if (a === 0) {
      if (e.residual !== 0) return undefined;
      continue;
    }
    const x = -e.residual / a;
    if (d === undefined) d = x;
    else if (d !== x) return undefined;
  }
  return d === undefined ? null : Number.isInteger(d) ? d : Number.NaN;
}

/** Whether changing exactly `vars` can make every touched edit hold, and how (exactly, over the rationals). */
function feasible(sys: EditSystem, vars: readonly number[], touched: readonly Edit[]): Option | undefined {
  let s: ReturnType<typeof solveLinear>;
  if (vars.length === 1) {
    const d = single(vars[0]!, touched);
    s = d === undefined ? { kind: 'none' } : { kind: 'some', values: [d], unique: d !== null };
  } else {
    const col = new Map(vars.map((v, j) => [v, j]));
    const rows = touched.map((e) => ({
      terms: e.terms.filter((t) => col.has(t.v)).map((t) => [col.get(t.v)!, t.a] as [number, number]),
      rhs: -e.residual,
    }));
    s = solveLinear(rows, vars.length);
  }
  if (s.kind === 'none') return undefined;
  const values: (number | null)[] = [];
  const changes = new Map<number, number>();
  for (let j = 0; j < vars.length; j++) {
    const v = vars[j]!;
    const d = s.values[j]!;
    if (d !== null && (Number.isNaN(d) || d === 0)) return undefined; // not a whole number, or a cell that need not change
    const x = d === null ? null : sys.value(v) + d;
    if (x !== null && sys.allowed && !sys.allowed(v, x)) return undefined;
    values.push(x);
    if (x !== null) changes.set(v, x);
  }
  let weight = 0;
  for (const v of vars) weight += sys.weight(v);
  return { vars: [...vars], values, deltas: s.values, weight, penalty: sys.penalty ? sys.penalty(changes) : 0 };
}

// ————— Stage 2: large edits choose between the components' options —————

interface Extra {
  /** The large edits it mends (one cell may mend a subtotal and the total over it). */
  edits: Edit[];
  /** Cells of the edit in no small edit, each with the value that mends the edit alone. */
  cells: { v: number; value: number }[];
}

interface Combo {
  picks: Option[];
  extras: Extra[];
  size: number;
  weight: number;
}

function combine(sys: EditSystem, comps: Component[], bigBroken: readonly Edit[], isSmall: (e: Edit) => boolean, opts: Required<LocaliseOptions>): Verdict[] {
  const verdicts: Verdict[] = [];
  const solved = comps.filter((c) => c.options.length > 0);
  for (const c of comps) if (c.options.length === 0) verdicts.push(unresolved(sys, c.broken, opts));
  const onlyBig = new Map<number, boolean>();
  const inNoSmall = (v: number) => {
    let b = onlyBig.get(v);
    if (b === undefined) onlyBig.set(v, (b = !sys.editsOf(v).some(isSmall)));
    return b;
  };
  const free = new Map<number, readonly number[]>();
  /** The cells of a large edit in no small edit. */
  const freeCells = (e: Edit): readonly number[] => {
    let cells = free.get(e.id);
    if (!cells) free.set(e.id, (cells = sys.largeOnly?.(e) ?? e.terms.filter((t) => inNoSmall(t.v)).map((t) => t.v)));
    return cells;
  };

  // Components whose options touch no large edit stand alone; the others are grouped by the large edits they share.
  const groups = new Map<number, { comps: Component[]; big: Map<number, Edit> }>();
  const owner = new Map<number, number>();
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const bigOf = solved.map((c) => {
    const m = new Map<number, Edit>();
    for (const o of c.options) for (const v of o.vars) for (const e of sys.editsOf(v)) if (!isSmall(e)) m.set(e.id, e);
    return m;
  });
  solved.forEach((c, i) => {
    parent.push(i);
    if (bigOf[i]!.size === 0) {
      verdicts.push(componentVerdict(sys, c, c.options, opts));
      return;
    }
    for (const id of bigOf[i]!.keys()) {
      const o = owner.get(id);
      if (o === undefined) owner.set(id, i);
      else parent[find(o)] = find(i);
    }
  });
  solved.forEach((c, i) => {
    if (bigOf[i]!.size === 0) return;
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { comps: [], big: new Map() }));
    g.comps.push(c);
    for (const [id, e] of bigOf[i]!) g.big.set(id, e);
  });
  const alone = new Map<number, Edit>();
  for (const e of bigBroken) {
    const o = owner.get(e.id);
    if (o === undefined) alone.set(e.id, e);
    else groups.get(find(o))!.big.set(e.id, e);
  }
  for (const g of groups.values()) combineGroup(sys, g.comps, g.big, isSmall, freeCells, opts, verdicts);
  // Broken large edits no option touches: mended by cells of their own, each edit apart.
  for (const e of alone.values()) combineGroup(sys, [], new Map([[e.id, e]]), isSmall, freeCells, opts, verdicts);
  return verdicts;
}

/** One group: the components that share large edits, and those edits; every choice of their options weighed. */
function combineGroup(
  sys: EditSystem,
  solved: Component[],
  big: Map<number, Edit>,
  isSmall: (e: Edit) => boolean,
  freeCells: (e: Edit) => readonly number[],
  opts: Required<LocaliseOptions>,
  verdicts: Verdict[],
): void {
  /** Cells of a large edit in no small edit that alone mend what it still lacks (the same lack, the same cells). */
  const menders = new Map<string, { v: number; value: number }[]>();
  const mendersOf = (e: Edit, l: number, left: Map<number, number>) => {
    const key = `${e.id}:${l}`;
    let cells = menders.get(key);
    if (!cells) {
      cells = [];
      for (const v of freeCells(e)) {
        const d = -l / termOf(e, v);
        const x = sys.value(v) + d;
        if (Number.isInteger(d) && (!sys.allowed || sys.allowed(v, x))) cells.push({ v, value: x });
      }
      menders.set(key, cells);
    }
    // Its other large edits must need the same change, or it would break them.
    return cells.filter((c) => {
      const d = c.value - sys.value(c.v);
      return sys.editsOf(c.v).every((f) => f.id === e.id || (left.get(f.id) ?? f.residual) + termOf(f, c.v) * d === 0);
    });
  };

  /** The cost of a choice of options: what the large edits still need, mended by cells only they hold. */
  const evaluate = (picks: Option[]): Combo | undefined => {
    const left = new Map<number, number>();
    const unknown = new Set<number>();
    for (const e of big.values()) left.set(e.id, e.residual);
    for (const o of picks)
      for (let j = 0; j < o.vars.length; j++) {
        const v = o.vars[j]!;
        for (const e of sys.editsOf(v)) {
          if (isSmall(e)) continue;
          const d = o.deltas[j]!;
          if (d === null) unknown.add(e.id);
          else left.set(e.id, left.get(e.id)! + termOf(e, v) * d);
        }
      }
    const extras: Extra[] = [];
    let size = 0;
    let weight = 0;
    for (const o of picks) {
      size += o.vars.length + o.penalty;
      weight += o.weight;
    }
    const changed = new Set(picks.flatMap((o) => o.vars));
    const lacking: { e: Edit; cells: { v: number; value: number }[] }[] = [];
    for (const e of big.values()) {
      const l = left.get(e.id)!;
      if (l === 0 || unknown.has(e.id)) continue;
      const cells = mendersOf(e, l, left).filter((c) => !changed.has(c.v));
      if (cells.length === 0) return undefined;
      lacking.push({ e, cells });
    }
    // A cell that mends several lacking edits at once is one change: the cells that mend the most, first.
    const reach = new Map<number, number>();
    for (const x of lacking) for (const c of x.cells) reach.set(c.v, (reach.get(c.v) ?? 0) + 1);
    const done = new Set<number>();
    for (const x of lacking) {
      if (done.has(x.e.id)) continue;
      const most = Math.max(...x.cells.map((c) => reach.get(c.v)!));
      const cells = x.cells.filter((c) => reach.get(c.v) === most);
      const mended = lacking.filter((y) => !done.has(y.e.id) && y.cells.some((c) => cells.some((d) => d.v === c.v)));
      for (const y of mended) done.add(y.e.id);
      extras.push({ edits: mended.map((y) => y.e), cells });
      size += 1;
      weight += Math.min(...cells.map((c) => sys.weight(c.v)));
    }
    return { picks, extras, size, weight };
  };

  const combos = searchCombos(sys, solved, big, isSmall, (e) => freeCells(e).length > 0, evaluate, opts.maxCombos);
  // The least size decides what is known; the least weight among those, what is likeliest.
  let best: Combo[] = [];
  let lightest: Combo[] = [];
  if (combos.length) {
    const least = Math.min(...combos.map((c) => c.size));
    best = combos.filter((c) => c.size === least);
    const w = Math.min(...best.map((c) => c.weight));
    lightest = best.filter((c) => c.weight === w);
  }

  const brokenBig = [...big.values()].filter((e) => e.residual !== 0);
  if (best.length === 0) {
    // Too many combinations, or none mends the large edits: each component speaks of its own options, the large
    // edits they do not account for of their own cells.
    for (const c of solved) verdicts.push(componentVerdict(sys, c, options(sys, c, big, isSmall), opts));
    const touched = new Set(solved.flatMap((c) => c.options.flatMap((o) => o.vars.flatMap((v) => sys.editsOf(v).map((e) => e.id)))));
    for (const e of brokenBig) if (!touched.has(e.id)) verdicts.push(unresolved(sys, [e], opts, new Set(freeCells(e))));
    return;
  }

  const byExtra = (e: Edit) => best.some((b) => b.extras.some((x) => x.edits.includes(e)));
  // The group's whole ways and its fixes (a cell every best combination changes alike), shared by its verdicts.
  const whole: Way[] = best.slice(0, 24).map((b) => {
    const vars: number[] = [];
    const values: (number | null)[] = [];
    for (const o of b.picks)
      o.vars.forEach((v, j) => {
        vars.push(v);
        values.push(o.values[j]!);
      });
    for (const x of b.extras)
      if (x.cells.length === 1) {
        vars.push(x.cells[0]!.v);
        values.push(x.cells[0]!.value);
      }
    return { vars, values };
  });
  const group: NonNullable<Verdict['group']> = { fixes: [], ways: whole };
  const groupStart = verdicts.length;
  solved.forEach((c, i) => {
    const used = dedupe(best.map((b) => b.picks[i]!));
    const v = componentVerdict(sys, c, used, opts, dedupe(lightest.map((b) => b.picks[i]!)));
    // Large edits this component's ways change are spoken of with it.
    const mine = new Set(
      used.flatMap((o) =>
        o.vars.flatMap((x) =>
          sys
            .editsOf(x)
            .filter((e) => !isSmall(e))
            .map((e) => e.id),
        ),
      ),
    );
    for (const e of brokenBig) if (mine.has(e.id) && !byExtra(e)) v.edits.push(e);
    verdicts.push(v);
  });
  // The large edits mended by cells of their own.
  const extraEdits = new Map<string, Extra[]>();
  for (const b of best)
    for (const x of b.extras) {
      const key = x.edits.map((e) => e.id).join(',');
      extraEdits.set(key, [...(extraEdits.get(key) ?? []), x]);
    }
  for (const list of extraEdits.values()) {
    const cells = new Map<number, number>();
    for (const x of list) for (const c of x.cells) cells.set(c.v, c.value);
    const edits = list[0]!.edits;
    if (cells.size === 1 && list.length === best.length) {
      const [v, value] = [...cells][0]!;
      verdicts.push({ edits, fixes: [{ v, value }], candidates: [], needs: new Map(), ways: [{ vars: [v], values: [value] }], complete: true });
    } else {
      // The lightest cells first (rank orders by weight after the typos).
      const ranked = rank(sys, [...cells.keys()], cells);
      verdicts.push({
        edits,
        fixes: [],
        candidates: ranked.slice(0, opts.maxCandidates),
        needs: cells,
        ways: ranked.slice(0, opts.maxCandidates).map((v) => ({ vars: [v], values: [cells.get(v)!] })),
        complete: true,
      });
    }
  }
  const mine = verdicts.slice(groupStart);
  if (mine.length > 1) {
    for (const v of mine) for (const f of v.fixes) group.fixes.push(f);
    for (const v of mine) v.group = group;
  }
}

/**
 * The choices of one option per component that leave every large edit holding (or mendable by a cell of its own),
 * searched depth first, fewest options first, a branch cut as soon as a large edit no remaining component can reach
 * is left broken with nothing to mend it. Keeps the combinations of the least size found; stops after `budget` nodes
 * (then none is returned, and each component speaks of its own options).
 */
function searchCombos(
  sys: EditSystem,
  solved: Component[],
  big: Map<number, Edit>,
  isSmall: (e: Edit) => boolean,
  mendable: (e: Edit) => boolean,
  evaluate: (picks: Option[]) => Combo | undefined,
  budget: number,
): Combo[] {
  // Each option's change of each large edit (null: free).
  const effect = new Map<Option, [number, number | null][]>();
  const touches = solved.map(() => new Set<number>());
  solved.forEach((c, i) => {
    for (const o of c.options) {
      const m = new Map<number, number | null>();
      o.vars.forEach((v, j) => {
        const d = o.deltas[j]!;
        for (const e of sys.editsOf(v)) {
          if (isSmall(e)) continue;
          const cur = m.get(e.id);
          m.set(e.id, d === null || cur === null ? null : (cur ?? 0) + termOf(e, v) * d);
          touches[i]!.add(e.id);
        }
      });
      effect.set(o, [...m]);
    }
  });
  const reach = new Map<number, number>();
  for (const t of touches) for (const id of t) reach.set(id, (reach.get(id) ?? 0) + 1);
  const left = new Map<number, number>();
  for (const e of big.values()) left.set(e.id, e.residual);
  const free = new Map<number, number>();
  const canMend = new Map<number, boolean>();
  const open = (id: number) => {
    let m = canMend.get(id);
    if (m === undefined) canMend.set(id, (m = mendable(big.get(id)!)));
    return m;
  };
  // A large edit no component reaches and nothing mends: no combination holds.
  for (const e of big.values()) if (!reach.has(e.id) && e.residual !== 0 && !open(e.id)) return [];
  const assigned = new Array<boolean>(solved.length).fill(false);
  /**
   * The next component: one that reaches the large edit fewest others still reach, so that each edit is closed (and
   * its sum checked) as early as possible; a component with one option first.
   */
  const next = (): number => {
    let best = -1;
    let score = Infinity;
    for (let i = 0; i < solved.length; i++) {
      if (assigned[i]) continue;
      let s = solved[i]!.options.length === 1 ? -1 : Infinity;
      for (const id of touches[i]!) s = Math.min(s, reach.get(id)!);
      if (s < score) {
        score = s;
        best = i;
      }
    }
    return best;
  };
  /** Whether the components still to choose can bring the edit's lack to 0: it lies between their least and most. */
  const reachable = (id: number): boolean => {
    const l = left.get(id)!;
    if (reach.get(id) === 0) return l === 0;
    let lo = 0;
    let hi = 0;
    for (let j = 0; j < solved.length; j++) {
      if (assigned[j] || !touches[j]!.has(id)) continue;
      let min = Infinity;
      let max = -Infinity;
      for (const o of solved[j]!.options) {
        const d = effect.get(o)!.find(([e]) => e === id)?.[1];
        if (d === null) return true;
        const x = d ?? 0;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      lo += min;
      hi += max;
    }
    return l + lo <= 0 && l + hi >= 0;
  };
  const picks: Option[] = new Array<Option>(solved.length);
  const found: Combo[] = [];
  let least = Infinity;
  let nodes = 0;
  let stopped = false;
  let overflow = false;
  const dfs = (k: number): void => {
    if (++nodes > budget) {
      stopped = true;
      return;
    }
    if (k === solved.length) {
      const c = evaluate(picks);
      if (!c || c.size > least) return;
      if (c.size < least) {
        found.length = 0;
        overflow = false;
      }
      least = c.size;
      if (found.length < MAX_WAYS) found.push({ ...c, picks: [...picks] });
      else overflow = true;
      return;
    }
    const i = next();
    assigned[i] = true;
    for (const o of solved[i]!.options) {
      for (const [id, d] of effect.get(o)!) {
        if (d === null) free.set(id, (free.get(id) ?? 0) + 1);
        else left.set(id, left.get(id)! + d);
      }
      for (const id of touches[i]!) reach.set(id, reach.get(id)! - 1);
      assigned[i] = true;
      let ok = true;
      for (const id of touches[i]!) if (!free.get(id) && !open(id) && !reachable(id)) ok = false;
      if (ok) {
        picks[i] = o;
        dfs(k + 1);
      }
      for (const id of touches[i]!) reach.set(id, reach.get(id)! + 1);
      for (const [id, d] of effect.get(o)!) {
        if (d === null) free.set(id, free.get(id)! - 1);
        else left.set(id, left.get(id)! - d);
      }
      if (stopped) break;
    }
    assigned[i] = false;
  };
  dfs(0);
  // Too many ways of the least size to keep them all: what every way agrees on is not known from those kept.
  return stopped || overflow ? [] : found;
}

/** Options of a component consistent with the large edits on their own: each large edit it changes was broken. */
function options(sys: EditSystem, c: Component, big: Map<number, Edit>, isSmall: (e: Edit) => boolean): Option[] {
  const kept = c.options.filter((o) => o.vars.every((v) => sys.editsOf(v).every((e) => isSmall(e) || (big.get(e.id)?.residual ?? 0) !== 0)));
  return kept.length ? kept : c.options;
}

function termOf(e: Edit, v: number): number {
  let a = 0;
  for (const t of e.terms) if (t.v === v) a += t.a;
  return a;
}

function dedupe(list: Option[]): Option[] {
  return [...new Set(list)];
}

/** What one component's ways say: the cells every way changes alike are known; the rest are candidates. */
function componentVerdict(sys: EditSystem, c: Component, ways: Option[], opts: Required<LocaliseOptions>, lighter?: Option[]): Verdict {
  // A way's size counts the bounds and printed rates it breaks: each would need one more cell changed.
  const size = (o: Option) => o.vars.length + o.penalty;
  const least = Math.min(...ways.map(size));
  const all = ways.filter((o) => size(o) === least);
  if (!lighter) {
    const w = Math.min(...all.map((o) => o.weight));
    lighter = all.filter((o) => o.weight === w);
  }
  // Weights never decide a value: a cell is known only when every way of the least size changes it alike.
  const fixes: { v: number; value: number }[] = [];
  const first = all[0]!;
  first.vars.forEach((v, j) => {
    const x = first.values[j];
    if (x === null || x === undefined) return;
    if (all.every((o) => o.vars.includes(v) && o.values[o.vars.indexOf(v)] === x)) fixes.push({ v, value: x });
  });
  const known = new Set(fixes.map((f) => f.v));
  // Weights leave out the less likely ways, but never down to one: a single way left would read as certain.
  const shown = lighter.length > 1 ? lighter : all;
  // The value a candidate takes in the first way that fixes it: a typo of it ranks the cell first.
  const needs = new Map<number, number>();
  for (const o of shown)
    o.vars.forEach((v, j) => {
      const x = o.values[j];
      if (x !== null && x !== undefined && !known.has(v) && !needs.has(v)) needs.set(v, x);
    });
  const rest = [...new Set(shown.flatMap((o) => o.vars))].filter((v) => !known.has(v));
  const candidates = rank(sys, rest, needs, shown).slice(0, opts.maxCandidates);
  return { edits: [...c.broken], fixes, candidates, needs, ways: shown.slice(0, 24), complete: c.complete };
}

/** Broken edits the search could not explain within its budget: their own cells, typos first. */
function unresolved(sys: EditSystem, edits: Edit[], opts: Required<LocaliseOptions>, only?: ReadonlySet<number>): Verdict {
  const needs = new Map<number, number>();
  const cells: number[] = [];
  for (const e of edits) {
    const own = only ? e.terms.filter((t) => only.has(t.v)) : e.terms;
    for (const t of own.length ? own : e.terms) {
      cells.push(t.v);
      if (edits.length === 1) needs.set(t.v, sys.value(t.v) - e.residual / t.a);
    }
  }
  return { edits, fixes: [], candidates: rank(sys, [...new Set(cells)], needs).slice(0, opts.maxCandidates), needs, ways: [], complete: false };
}

/** The likeliest first: a typo of the needed figure, then the less reliable cell, then the cell that mends more ways. */
function rank(sys: EditSystem, vars: number[], needs: ReadonlyMap<number, number>, ways: readonly Way[] = []): number[] {
  const typo = (v: number) => {
    const k = needs.has(v) ? typoOf(needs.get(v)!, sys.value(v)) : undefined;
    return k ? TYPO_RANK[k] : 9;
  };
  const share = (v: number) => -ways.filter((w) => w.vars.includes(v)).length;
  return vars
    .map((v, i) => ({ v, i, t: typo(v), w: sys.weight(v), s: share(v) }))
    .sort((a, b) => a.t - b.t || a.w - b.w || a.s - b.s || a.i - b.i)
    .map((x) => x.v);
}
