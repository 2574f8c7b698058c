/**
 * Records that are periods, and the totals clerks write over them: "Quý I/2024" over its three months, "6 tháng đầu
 * năm" over the quarters or months, "Cả năm", "Năm 2024", "Lũy kế (từ đầu năm)" over what comes before. Each aggregate
 * closes the records directly inside it (a quarter's months; the half-year's quarters when the table has them), so
 * flows add up once and stocks come from the first or last of them (DESIGN §3.3). An aggregate whose months are not
 * all in the table (a "Quý III" beside only "Tháng 9") is an aggregate all the same — never added to its months — but
 * cannot be checked.
 */
import { foldKey } from '../text/fold';
import type { TableRow } from './types';

export interface Period {
  /** Months as year × 12 + month − 1 (year 0 when the label gives none). */
  months: number[];
  year?: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The months a period label covers; 'cumulative' for "Lũy kế", "Cộng", "Tổng cộng"; undefined when it is no period. */
export function periodOf(label: string): { months: number[]; year?: number } | 'cumulative' | undefined {
  const k = foldKey(label);
  const yearOf = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  let m: RegExpExecArray | null;
  const out = (months: number[], year: string | undefined) => {
    const y = yearOf(year);
    return y === undefined ? { months } : { months, year: y };
  };
  if ((m = /^(?:thang|t) ?(\d{1,2})(?: (?:nam )?(\d{4}))?(?: |$)/.exec(k)) && Number(m[1]) >= 1 && Number(m[1]) <= 12) return out([Number(m[1])], m[2]);
  if ((m = /^(\d{1,2}) (\d{4})$/.exec(k)) && Number(m[1]) >= 1 && Number(m[1]) <= 12) return out([Number(m[1])], m[2]);
  if ((m = /^quy (i|ii|iii|iv|[1-4])(?: (?:nam )?(\d{4}))?(?: |$)/.exec(k))) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    return out(range(3 * q - 2, 3 * q), m[2]);
  }
  if ((m = /^(6|9) thang( cuoi nam)?(?: (?:dau )?(?:nam )?(\d{4}))?(?: |$)/.exec(k))) {
    if (m[2]) return out(range(7, 12), m[3]);
    return out(range(1, Number(m[1])), m[3]);
  }
  if ((m = /^(?:ca nam|12 thang|nam (\d{4}))(?: (\d{4}))?(?: |$)/.exec(k))) return out(range(1, 12), m[1] ?? m[2]);
  if (/^(?:luy ke|cong|tong cong|tong so|tong)(?: |$)/.test(k)) return 'cumulative';
  return undefined;
}

/**
 * Roles and coverage of a table whose records are periods: months are data; each aggregate closes the records
 * directly inside it (subtotal when another aggregate contains it, total otherwise). Rows are changed in place.
 */
export function periodCoverage(rows: TableRow[]): void {
  const items = rows.filter((r) => r.kind === 'data' || r.kind === 'group' || r.kind === 'total');
  const parsed = items.map((r) => ({ row: r, p: periodOf(r.label) }));
  if (parsed.some((x) => x.p === undefined)) return;
  // Years count only when every dated label gives one.
  const dated = parsed.every((x) => x.p === 'cumulative' || x.p!.year !== undefined);
  const key = (p: Period, mo: number) => (dated ? p.year! : 0) * 12 + mo - 1;
  const sets = new Map<TableRow, Set<number>>();
  const seen = new Set<number>();
  for (const { row, p } of parsed) {
    if (p === 'cumulative') {
      // What comes before it (or, first, the whole table).
      sets.set(row, new Set(seen.size ? seen : parsed.flatMap((x) => (x.p === 'cumulative' ? [] : x.p!.months.map((mo) => key(x.p as Period, mo))))));
      continue;
    }
    const s = new Set(p!.months.map((mo) => key(p as Period, mo)));
    for (const v of s) seen.add(v);
    sets.set(row, s);
  }
  const within = (a: Set<number>, b: Set<number>) => a.size < b.size && [...a].every((x) => b.has(x));
  const same = (a: Set<number>, b: Set<number>) => a.size === b.size && [...a].every((x) => b.has(x));
  const aggregates = items.filter((r) => sets.get(r)!.size > 1);
  for (const r of items) {
    r.covers = undefined;
    if (sets.get(r)!.size <= 1) r.kind = 'data';
  }
  for (const a of aggregates) {
    const mine = sets.get(a)!;
    // Records inside it, with no other aggregate between.
    const inside = items.filter((r) => r !== a && within(sets.get(r)!, mine));
    const direct = inside.filter((r) => !inside.some((b) => b !== r && sets.get(b)!.size > 1 && within(sets.get(r)!, sets.get(b)!)));
    const union = new Set(direct.flatMap((r) => [...sets.get(r)!]));
    const top = !aggregates.some((b) => b !== a && within(mine, sets.get(b)!));
    a.kind = top ? 'total' : 'group';
    if (direct.length > 0 && same(union, mine)) a.covers = direct.map((r) => r.row).sort((x, y) => x - y);
  }
}
