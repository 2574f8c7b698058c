/**
 * The Bộ chỉ số as the national portal scored a unit (domain-spec §8.3): read from a table of points in the sheet,
 * never computed. Two layouts: groups as rows ("Nhóm chỉ số | Điểm | Tối đa" and their total row), or units as rows
 * with a column per group and the total (the portal's per-unit table), where the unit's own row is found by its name.
 */
import { conceptOf, formById } from '../catalogue/forms';
import { unitKey } from '../rollup/units';
import { TableContext } from '../tables/context';
import { numberOf, type Table } from '../tables/table';

export interface PortalScore {
  /** Out of 100. */
  total: number;
  groups: { label: string; points: number; max?: number }[];
  /** As the table writes it ("2", "2/102"). */
  rank?: string;
}

const GROUPS = ['diem-cong-khai', 'diem-tien-do', 'diem-truc-tuyen', 'diem-thanh-toan', 'diem-hai-long', 'diem-so-hoa'] as const;

/** The first table of points that scores the unit named (any of `names`), else its total row, else its only row. */
export function portalScore(tables: readonly Table[], names: readonly string[]): PortalScore | undefined {
  for (const t of tables) {
    if (t.form !== 'diem') continue;
    const s = scoreOf(t, names.filter(Boolean).map(unitKey));
    if (s) return s;
  }
  return undefined;
}

function scoreOf(t: Table, own: string[]): PortalScore | undefined {
  const ctx = new TableContext(t);
  const rows = t.records.filter((r) => r.role !== 'section');
  const value = (line: number, concept: string) => {
    const f = ctx.figure(line, concept);
    return f?.state === 'value' ? f.n : undefined;
  };
  const byGroup = GROUPS.filter((g) => ctx.cols.has(g));
  if (byGroup.length > 0 || ctx.cols.has('diem-tong')) {
    const row = rows.find((r) => own.includes(unitKey(r.label))) ?? rows.find((r) => r.role === 'total') ?? (rows.length === 1 ? rows[0] : undefined);
    const total = row && value(row.line, 'diem-tong');
    if (!row || total === undefined) return undefined;
    const form = formById(t.form);
    const groups = byGroup.flatMap((g) => {
      const n = value(row.line, g);
      const c = conceptOf(form, g);
      return n === undefined || !c ? [] : [{ label: c.label, points: n, ...(c.max !== undefined ? { max: c.max } : {}) }];
    });
    // The rank as written: an ordinal, not a figure.
    const at = t.measures.findIndex((m) => m.concept === 'xep-hang');
    const v = at < 0 ? undefined : t.values[at]![t.records.indexOf(row)];
    const rank = v === null || v === undefined ? '' : typeof v === 'object' ? (v.text ?? String(numberOf(v) ?? '')) : String(v);
    return { total, groups, ...(rank.trim() ? { rank: rank.trim() } : {}) };
  }
  if (!ctx.cols.has('diem')) return undefined;
  const totalRow = rows.find((r) => r.role === 'total');
  const total = totalRow && value(totalRow.line, 'diem');
  if (total === undefined) return undefined;
  const groups = rows
    .filter((r) => r !== totalRow)
    .flatMap((r) => {
      const n = value(r.line, 'diem');
      const max = value(r.line, 'diem-toi-da');
      return n === undefined ? [] : [{ label: r.label, points: n, ...(max !== undefined ? { max } : {}) }];
    });
  return { total, groups };
}
