/**
 * Tổng hợp: many units' reports for one period (or several months of each, lũy kế) as one province-level view.
 * Each unit is said with its status; only the units whose figures can be trusted to be theirs are summed, and
 * every rate of the total is recomputed from the summed counts, never averaged (DESIGN §3.3).
 */
import { findingFacts, type Finding, type RuleId } from '../catalogue/findings';
import { RANK_BY, ROLLUP_CONCEPTS, ROLLUP_RULES, type RankBy, type RollupRuleId } from '../catalogue/rollup';
import { portalScore } from '../indicators/portal-score';
import { ROLLUP_MSG } from '../catalogue/messages';
import { indicatorDefs } from '../catalogue/indicators';
import { conceptOf, formById } from '../catalogue/forms';
import type { Indicator } from '../indicators/compute';
import { indicatorsOfCounts } from '../indicators/of-counts';
import { formatCount, formatPercent, formatRatio } from '../numbers';
import { parseDate } from '../text/dates';
import type { ReportSettings } from '../report/settings';
import type { Table } from '../tables/table';
import { unitCounts } from './counts';
import { luyKe, type Counts } from './luy-ke';
import { unitKey, type ListedUnit } from './units';

export type UnitStatus = 'ok' | 'loi' | 'thieu' | 'trung' | 'ngoai-danh-sach' | 'khong-doc-duoc';

/** What the roll-up keeps of one input file: its counts and findings, never its grids or tables. */
export interface UnitInput {
  source: string;
  /** The file's name without folder and extension: the unit's name when its settings sheet names none. */
  fileName: string;
  /** The issuing body from the settings sheet ("UBND xã Mỹ An"). */
  name?: string;
  kyTu?: string;
  kyDen?: string;
  /** Undefined when the workbook has no TTHC table. */
  counts?: Counts;
  findings: Finding[];
  errors: number;
  /** Why the file could not be read (one sentence). */
  unreadable?: string;
  /** The Bộ chỉ số total the portal gave the unit, when its workbook holds it (core/indicators/portal-score.ts). */
  score?: number;
}

export function unitInput(
  source: string,
  fileName: string,
  tables: readonly Table[],
  settings: Partial<Pick<ReportSettings, 'coQuanBanHanh' | 'kyTu' | 'kyDen'>>,
  check: { findings: Finding[]; summary: { errors: number } },
): UnitInput {
  const counts = unitCounts(tables);
  const input: UnitInput = { source, fileName, findings: check.findings, errors: check.summary.errors };
  if (counts) input.counts = counts;
  // Shown as written, in NFC: a name typed in NFD prints alike but compares apart.
  if (settings.coQuanBanHanh?.trim()) input.name = settings.coQuanBanHanh.trim().normalize('NFC');
  if (settings.kyTu?.trim()) input.kyTu = settings.kyTu.trim();
  if (settings.kyDen?.trim()) input.kyDen = settings.kyDen.trim();
  const score = portalScore(tables, [settings.coQuanBanHanh ?? '', fileName]);
  if (score) input.score = score.total;
  return input;
}

export function unreadableInput(source: string, fileName: string, message: string): UnitInput {
  return { source, fileName, findings: [], errors: 0, unreadable: message };
}

export interface RollupUnit {
  unit: string;
  code: string | null;
  source: string | null;
  status: UnitStatus;
  errors: number;
  counts: Counts;
  /** Summed into the total. */
  counted: boolean;
  /** The months its figures cover ("01/2024"), when its reports give their period. */
  months: string[];
  /** Months of the roll-up's span its reports do not cover. */
  missingMonths: string[];
  /** The portal's Bộ chỉ số total, from a unit's single report (a sum of months has no one score). */
  score?: number;
  /** Named only by its file (no settings sheet names it, no list entry matches): a document leaves its name blank. */
  unnamed?: true;
}

export interface RollupFinding {
  source: string | null;
  unit: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string | null;
  cell: string | null;
  /** A roll-up code (ROLLUP_RULES) for its own findings; the checks' code (RULES) for a unit's. */
  rule: RollupRuleId | RuleId;
  message: string;
  actual: string | null;
  expected: string | null;
}

export interface RankItem {
  rank: number;
  unit: string;
  value: number;
  text: string;
}

export interface ComparisonItem {
  id: string;
  current: number;
  previous: number;
  delta: number;
  text: string;
}

export interface Rollup {
  units: RollupUnit[];
  total: { units: number; counts: Counts };
  indicators: Indicator[];
  ranking: RankItem[];
  comparison: ComparisonItem[];
  findings: RollupFinding[];
  /** The span the counted units' reports cover (dd/mm/yyyy), when they give their periods. */
  period?: { kyTu: string; kyDen: string };
  months: string[];
  /** Inputs that gave a TTHC table. */
  readable: number;
  /** The total's rates computed over some of the counted units only, by indicator id: over how many ("11/12"). */
  partialRates: Record<string, { units: number; of: number }>;
  /** What `ranking` ranks by: the portal's Bộ chỉ số total when every counted unit has it, else the on-time rate. */
  rankBy: RankBy;
}

export interface RollupOptions {
  list?: readonly ListedUnit[];
  previous?: readonly UnitInput[];
}

export const TOTAL_SCOPE = 'Tổng hợp';

type Ymd = { d: number; m: number; y: number };
const iso = (x: Ymd) => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
const monthText = (i: number) => `${String((i % 12) + 1).padStart(2, '0')}/${Math.floor(i / 12)}`;

/** "01/2024, 02/2024", or "01/2020 đến 12/2023" for a long run of consecutive months. */
export function monthList(months: readonly string[]): string {
  const index = (m: string) => Number(m.slice(3)) * 12 + Number(m.slice(0, 2)) - 1;
  const consecutive = months.every((m, i) => i === 0 || index(m) === index(months[i - 1]!) + 1);
  return months.length > 3 && consecutive ? `${months[0]} đến ${months[months.length - 1]}` : months.join(', ');
}

/** The months (y·12 + m − 1) a report's period covers; undefined when it gives none. */
function monthsOf(input: UnitInput): number[] | undefined {
  const from = parseDate(input.kyTu ?? '');
  const to = parseDate(input.kyDen ?? '');
  if (!from || !to) return undefined;
  const a = from.y * 12 + from.m - 1;
  const b = to.y * 12 + to.m - 1;
  if (b < a || b - a > 120) return undefined;
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

interface Group {
  key: string;
  name: string;
  inputs: UnitInput[];
}

export function rollUp(inputs: readonly UnitInput[], opts: RollupOptions = {}): Rollup {
  const findings: RollupFinding[] = [];
  const listed = new Map<string, ListedUnit>();
  for (const l of opts.list ?? []) if (!listed.has(unitKey(l.name))) listed.set(unitKey(l.name), l);
  const hasList = opts.list !== undefined;

  const units: RollupUnit[] = [];
  const keyOf = new Map<RollupUnit, string>();
  const add = (key: string, u: Omit<RollupUnit, 'code' | 'months' | 'missingMonths'> & { months?: string[] }) => {
    const l = listed.get(key);
    const unit: RollupUnit = { months: [], missingMonths: [], ...u, unit: l?.name ?? u.unit, code: l?.code || null };
    if (l) delete unit.unnamed;
    units.push(unit);
    keyOf.set(unit, key);
    return unit;
  };
  /** A finding of the roll-up itself: its code, the catalogue's severity (ROLLUP_RULES), no cell. */
  const say = (at: Pick<RollupFinding, 'source' | 'unit'>, rule: RollupRuleId, message: string) =>
    findings.push({ ...at, severity: ROLLUP_RULES[rule].severity, rule, message, sheet: null, cell: null, actual: null, expected: null });

  // Units by folded name, in input order; an input without a TTHC table stands alone as unreadable.
  const groups = new Map<string, Group>();
  const alone: { key: string; input: UnitInput; why: string }[] = [];
  for (const input of inputs) {
    const name = input.name ?? input.fileName;
    const key = unitKey(name);
    if (input.unreadable !== undefined || input.counts === undefined) {
      alone.push({
        key: unitKey(input.unreadable !== undefined ? input.fileName : name),
        input,
        why: input.unreadable ?? 'không có bảng kết quả giải quyết TTHC.',
      });
      continue;
    }
    const g = groups.get(key) ?? { key, name, inputs: [] };
    g.inputs.push(input);
    groups.set(key, g);
  }

  for (const g of groups.values()) {
    const months = g.inputs.map(monthsOf);
    const seen = new Set<number>();
    let overlap = g.inputs.length > 1 && months.some((m) => m === undefined);
    for (const m of months)
      for (const i of m ?? []) {
        if (seen.has(i)) overlap = true;
        seen.add(i);
      }
    if (overlap) {
      // Two reports of one unit for one period: which is right is the clerk's call, so neither is summed.
      for (const input of g.inputs)
        add(g.key, { unit: g.name, source: input.source, status: 'trung', errors: input.errors, counts: input.counts!, counted: false });
      continue;
    }
    const order = g.inputs.map((input, i) => ({ input, first: months[i]?.[0] ?? 0 })).sort((a, b) => a.first - b.first);
    const counts = order.length === 1 ? order[0]!.input.counts! : luyKe(order.map((o) => o.input.counts!));
    const errors = g.inputs.reduce((s, x) => s + x.errors, 0);
    const inList = !hasList || listed.has(g.key);
    const unitMonths = [...seen].sort((a, b) => a - b).map(monthText);
    add(g.key, {
      unit: g.name,
      source: order.map((o) => o.input.source).join('; '),
      status: errors > 0 ? 'loi' : inList ? 'ok' : 'ngoai-danh-sach',
      errors,
      counts,
      counted: true,
      months: unitMonths,
      ...(order.length === 1 && order[0]!.input.score !== undefined ? { score: order[0]!.input.score } : {}),
      ...(g.inputs.every((x) => x.name === undefined) ? { unnamed: true as const } : {}),
    });
  }
  for (const a of alone)
    add(a.key, { unit: a.input.name ?? a.input.fileName, source: a.input.source, status: 'khong-doc-duoc', errors: 0, counts: {}, counted: false });

  // Listed units with no input at all.
  const present = new Set(keyOf.values());
  for (const [key, l] of listed) if (!present.has(key)) add(key, { unit: l.name, source: null, status: 'thieu', errors: 0, counts: {}, counted: false });

  // The list's order first, then the units it does not name, in input order.
  const rank = new Map([...listed.keys()].map((k, i) => [k, i]));
  const order = new Map(units.map((u, i) => [u, i]));
  units.sort((a, b) => (rank.get(keyOf.get(a)!) ?? 1e9) - (rank.get(keyOf.get(b)!) ?? 1e9) || order.get(a)! - order.get(b)!);

  // The roll-up's months: those most counted units report (lũy kế units included); a unit without one of them, or
  // with months beyond them, is said. A unit whose reports give no period is taken as it is.
  const counted = units.filter((u) => u.counted);
  const tally = new Map<string, number>();
  for (const u of counted) if (u.months.length) tally.set(u.months.join(','), (tally.get(u.months.join(',')) ?? 0) + 1);
  let reference: string[] = [];
  let best = 0;
  for (const [k, n] of tally) {
    const months = k.split(',');
    if (n > best || (n === best && months.length > reference.length)) [reference, best] = [months, n];
  }
  const extra = new Map<RollupUnit, string[]>();
  for (const u of counted) {
    if (!u.months.length) continue;
    u.missingMonths = reference.filter((m) => !u.months.includes(m));
    const beyond = u.months.filter((m) => !reference.includes(m));
    if (beyond.length) extra.set(u, beyond);
  }
  for (const u of units) {
    const base = { source: u.source, unit: u.unit };
    if (u.status === 'thieu') say(base, 'thieu', ROLLUP_MSG.thieu(u.unit, u.code));
    else if (u.status === 'trung') say(base, 'trung', ROLLUP_MSG.trung(u.unit, u.source));
    else if (u.status === 'khong-doc-duoc') {
      const a = alone.find((x) => x.input.source === u.source);
      say(base, 'khong-doc-duoc', ROLLUP_MSG['khong-doc-duoc'](u.source, a?.why ?? ''));
    } else if (u.status === 'ngoai-danh-sach') say(base, 'ngoai-danh-sach', ROLLUP_MSG['ngoai-danh-sach'](u.unit, true));
    if (u.counted && u.source?.includes('; ')) say(base, 'luy-ke', ROLLUP_MSG['luy-ke'](u.unit, monthList(u.months)));
    if (u.counted && u.unnamed) say(base, 'khong-ten', ROLLUP_MSG['khong-ten'](u.source ?? u.unit));
    if (u.counted && u.missingMonths.length) say(base, 'thieu-thang', ROLLUP_MSG['thieu-thang'](u.unit, monthList(u.missingMonths)));
    const beyond = extra.get(u);
    if (beyond) say(base, 'khac-ky', ROLLUP_MSG['khac-ky'](u.unit, monthList(beyond), monthList(reference)));
  }
  if (hasList)
    for (const u of counted)
      if (u.status === 'loi' && !listed.has(keyOf.get(u)!))
        say({ source: u.source, unit: u.unit }, 'ngoai-danh-sach', ROLLUP_MSG['ngoai-danh-sach'](u.unit, false));

  // The units' own checks, for the units whose figures are wrong.
  for (const u of units) {
    if (u.errors === 0) continue;
    for (const input of inputs) {
      if (!u.source?.split('; ').includes(input.source)) continue;
      for (const f of input.findings) findings.push({ source: input.source, unit: u.unit, ...findingFacts(f) });
    }
  }

  // The total: counted units summed; a count some of them lack is said, not silently partial.
  const totalCounts: Counts = {};
  for (const c of ROLLUP_CONCEPTS) {
    const have = counted.filter((u) => u.counts[c] !== undefined);
    if (have.length === 0) continue;
    totalCounts[c] = have.reduce((s, u) => s + u.counts[c]!, 0);
    if (have.length < counted.length) {
      const lacking = counted.filter((u) => u.counts[c] === undefined).map((u) => u.unit);
      say({ source: null, unit: TOTAL_SCOPE }, 'tong-thieu-cot', ROLLUP_MSG['tong-thieu-cot'](comparisonLabel(c), lacking));
    }
  }

  const own = counted.map((u) => indicatorsOfCounts(u.unit, u.counts, TOTAL_SCOPE));
  const partialRates: Rollup['partialRates'] = {};
  const indicators = totalIndicators(counted, own, partialRates);
  for (const list of own) for (const i of list) indicators.push(i);

  const rankBy: RankBy = counted.length > 0 && counted.every((u) => u.score !== undefined) ? 'diem-766' : 'ty-le-dung-han';
  const ranking = rankBy === 'diem-766' ? rankByScore(counted) : rankUnits(counted, indicators);
  let period: Rollup['period'];
  for (const g of groups.values())
    for (const input of g.inputs) {
      const from = parseDate(input.kyTu ?? '');
      const to = parseDate(input.kyDen ?? '');
      if (!from || !to) continue;
      if (!period || iso(from) < iso(parseDate(period.kyTu)!)) period = { kyTu: input.kyTu!, kyDen: period?.kyDen ?? input.kyDen! };
      if (iso(to) > iso(parseDate(period.kyDen)!)) period.kyDen = input.kyDen!;
    }

  const rollup: Rollup = {
    units,
    total: { units: counted.length, counts: totalCounts },
    indicators,
    ranking,
    comparison: [],
    findings,
    ...(period ? { period } : {}),
    months: reference,
    readable: inputs.filter((x) => x.counts !== undefined).length,
    partialRates,
    rankBy,
  };
  if (opts.previous) {
    const c = compare(rollup, rollUp(opts.previous, opts.list ? { list: opts.list } : {}));
    rollup.comparison = c.items;
    if (c.scope)
      say({ source: null, unit: TOTAL_SCOPE }, 'so-sanh-cung-don-vi', ROLLUP_MSG['so-sanh-cung-don-vi'](c.scope.units, c.scope.onlyNow, c.scope.onlyBefore));
  }
  return rollup;
}

/**
 * The total's rates, each over the units that have it: a unit whose table has no "trực tuyến" column must not
 * lower the online rate by adding its new dossiers to the denominator alone. Counts summed, then divided.
 */
function totalIndicators(counted: readonly RollupUnit[], own: readonly Indicator[][], partial: Rollup['partialRates']): Indicator[] {
  const out: Indicator[] = [];
  for (const def of indicatorDefs()) {
    const have = counted.filter((_u, k) => own[k]!.some((i) => i.id === def.id));
    if (have.length === 0) continue;
    const sums: Counts = {};
    for (const c of ROLLUP_CONCEPTS) {
      const with_ = have.filter((u) => u.counts[c] !== undefined);
      if (with_.length) sums[c] = with_.reduce((s, u) => s + u.counts[c]!, 0);
    }
    const i = indicatorsOfCounts(TOTAL_SCOPE, sums, TOTAL_SCOPE).find((x) => x.id === def.id);
    if (!i) continue;
    if (have.length < counted.length) {
      i.definition += ` (tính trên ${formatCount(have.length)}/${formatCount(counted.length)} đơn vị có số liệu)`;
      partial[def.id] = { units: have.length, of: counted.length };
    }
    out.push(i);
  }
  return out;
}

/** The portal's Bộ chỉ số total, highest first; a tie shares its rank. */
function rankByScore(counted: RollupUnit[]): RankItem[] {
  const scored = [...counted].sort((a, b) => b.score! - a.score! || a.unit.localeCompare(b.unit, 'vi'));
  const out: RankItem[] = [];
  scored.forEach((u, k) => {
    const rank = k > 0 && scored[k - 1]!.score === u.score ? out[k - 1]!.rank : k + 1;
    out.push({ rank, unit: u.unit, value: u.score!, text: `${formatCount(Math.round(u.score! * 100) / 100)} điểm` });
  });
  return out;
}

/** Best on-time rate first; equal rates by more dossiers resolved; a full tie shares its rank. */
function rankUnits(counted: RollupUnit[], indicators: Indicator[]): RankItem[] {
  const rated: { u: RollupUnit; i: Indicator }[] = [];
  for (const u of counted) {
    const i = indicators.find((x) => x.scope === u.unit && x.id === RANK_BY.indicator);
    if (i && i.value !== null && i.numerator !== null && i.denominator !== null) rated.push({ u, i });
  }
  // Exact comparison of the fractions: two rates that print alike are not necessarily equal.
  const cmp = (a: { u: RollupUnit; i: Indicator }, b: { u: RollupUnit; i: Indicator }) =>
    b.i.numerator! * a.i.denominator! - a.i.numerator! * b.i.denominator! || (b.u.counts[RANK_BY.tie] ?? 0) - (a.u.counts[RANK_BY.tie] ?? 0);
  rated.sort((a, b) => cmp(a, b) || a.u.unit.localeCompare(b.u.unit, 'vi'));
  const out: RankItem[] = [];
  rated.forEach((r, k) => {
    const rank = k > 0 && cmp(rated[k - 1]!, r) === 0 ? out[k - 1]!.rank : k + 1;
    out.push({ rank, unit: r.u.unit, value: r.i.value!, text: r.i.text });
  });
  return out;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** "tăng 120 hồ sơ (6,8%)", "giảm 35 hồ sơ (2,1%)", "không thay đổi". */
export function countChange(current: number, previous: number): string {
  const d = current - previous;
  if (d === 0) return 'không thay đổi';
  const rel = previous > 0 ? formatRatio(Math.abs(d), previous, { maxDecimals: 1 }) : undefined;
  return `${d > 0 ? 'tăng' : 'giảm'} ${formatCount(Math.abs(d))} hồ sơ${rel ? ` (${rel})` : ''}`;
}

/** "tăng 1,72 điểm phần trăm": a change of a rate is in percentage points, never "%" (DESIGN §3.3). */
export function rateChange(delta: number): string {
  const text = formatPercent(Math.abs(delta)).replace('%', '');
  if (text === '0') return 'không thay đổi';
  return `${delta > 0 ? 'tăng' : 'giảm'} ${text} điểm phần trăm`;
}

/** A comparison's name for a reader: the count's or the rate's name in the catalogues (the id stays for --json). */
export function comparisonLabel(id: string): string {
  return conceptOf(formById('tthc'), id)?.label ?? indicatorDefs().find((d) => d.id === id)?.label ?? id;
}

/**
 * The change from the previous period, like for like: over the units counted in both periods. When the two sets differ
 * (a commune that did not report last month), the totals of this period are not compared with those of another set of
 * units: the sums over the units in both are, and `scope` says over how many and who is left out.
 */
function compare(cur: Rollup, prev: Rollup): { items: ComparisonItem[]; scope?: { units: number; onlyNow: string[]; onlyBefore: string[] } } {
  const counted = (r: Rollup) => r.units.filter((u) => u.counted);
  const before = new Map(counted(prev).map((u) => [unitKey(u.unit), u]));
  const now = new Map(counted(cur).map((u) => [unitKey(u.unit), u]));
  const both = [...now.keys()].filter((k) => before.has(k));
  const onlyNow = [...now.entries()].filter(([k]) => !before.has(k)).map(([, u]) => u.unit);
  const onlyBefore = [...before.entries()].filter(([k]) => !now.has(k)).map(([, u]) => u.unit);
  const same = onlyNow.length === 0 && onlyBefore.length === 0;
  // The counts over the units in both periods; a count some of them lack in either period is not compared.
  const sums = (units: Map<string, RollupUnit>): Counts => {
    const out: Counts = {};
    for (const c of ROLLUP_CONCEPTS) {
      if (both.some((k) => now.get(k)!.counts[c] === undefined || before.get(k)!.counts[c] === undefined)) continue;
      out[c] = both.reduce((s, k) => s + units.get(k)!.counts[c]!, 0);
    }
    return out;
  };
  const curCounts = same ? cur.total.counts : sums(now);
  const prevCounts = same ? prev.total.counts : sums(before);
  const items: ComparisonItem[] = [];
  for (const c of ROLLUP_CONCEPTS) {
    const a = curCounts[c];
    const b = prevCounts[c];
    if (a === undefined || b === undefined) continue;
    items.push({ id: c, current: a, previous: b, delta: a - b, text: countChange(a, b) });
  }
  const rates = (r: Rollup, counts: Counts) =>
    same ? r.indicators.filter((i) => i.scope === TOTAL_SCOPE) : indicatorsOfCounts(TOTAL_SCOPE, counts, TOTAL_SCOPE);
  const prevRates = rates(prev, prevCounts);
  for (const i of rates(cur, curCounts)) {
    const p = prevRates.find((x) => x.id === i.id);
    if (i.value === null || !p || p.value === null) continue;
    const delta = round(i.value - p.value);
    items.push({ id: i.id, current: i.value, previous: p.value, delta, text: rateChange(delta) });
  }
  return same || both.length === 0 ? { items: both.length === 0 && !same ? [] : items } : { items, scope: { units: both.length, onlyNow, onlyBefore } };
}
