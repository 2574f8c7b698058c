/**
 * Error localisation as a property (issue 17 §1, DESIGN §3.3c): consistent Biểu 06-shaped tables (a two-row merged
 * header, units and, or not, a total row, every identity holding) with one planted typing slip. Whatever the table:
 * (a) typing in any value the checker proposes makes the table consistent: nothing that held breaks;
 * (b) the planted cell is named, as the finding's cell or among its candidates, in ≥ 95% of the tables;
 * (c) where the planted cell is the only cell whose change can mend the table (an oracle here tries every cell), the
 *     checker names exactly it, with its true value.
 * The oracle below is written apart from the checker: Biểu 06's four identities and the column sums, by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../core';
import type { CellValue } from '../core';
import { parseA1 } from '../core/grid/a1';
import { sheet, workbook } from './helpers/grid';

const _ = null;
// Columns: A unit | B tổng số = C trực tuyến + D trực tiếp, bưu chính + E từ kỳ trước | F đã giải quyết = G trước hạn
// + H đúng hạn + I quá hạn | J đang giải quyết = K trong hạn + L quá hạn; and B = F + J.
const HEADER: CellValue[][] = [
  ['Đơn vị', 'Số hồ sơ nhận giải quyết', _, _, _, 'Số hồ sơ đã giải quyết', _, _, _, 'Số hồ sơ đang giải quyết', _, _],
  [_, 'Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
];
const MERGES = ['A1:A2', 'B1:E1', 'F1:I1', 'J1:L1'];
const B = 1;
const [C, D, E, F, G, H, I, J, K, L] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** A unit's row from its free figures: every identity holds. */
function unitRow(name: string, free: number[]): CellValue[] {
  const [online = 0, direct = 0, carried = 0, early = 0, late = 0, within = 0, overdue = 0] = free;
  const received = online + direct + carried;
  // Pending cannot exceed what was received; resolved takes the rest, split early / on time / late.
  const w = Math.min(within, received);
  const o = Math.min(overdue, received - w);
  const resolved = received - w - o;
  const e = Math.min(early, resolved);
  const l = Math.min(late, resolved - e);
  return [name, received, online, direct, carried, resolved, e, resolved - e - l, l, w + o, w, o];
}

/** The identities of a row, and the column sums to a total row: the oracle's whole knowledge. */
function consistent(rows: CellValue[][], total: number | undefined): boolean {
  const n = (r: CellValue[], c: number) => r[c] as number;
  for (const r of rows.slice(2)) {
    if (n(r, B) !== n(r, C) + n(r, D) + n(r, E)) return false;
    if (n(r, F) !== n(r, G) + n(r, H) + n(r, I)) return false;
    if (n(r, J) !== n(r, K) + n(r, L)) return false;
    if (n(r, B) !== n(r, F) + n(r, J)) return false;
  }
  if (total !== undefined) {
    const units = rows.slice(2).filter((_r, i) => i + 2 !== total);
    for (let c = B; c <= L; c++) if (n(rows[total]!, c) !== units.reduce((s, r) => s + n(r, c), 0)) return false;
  }
  return true;
}

/** The cells whose change alone can mend the table (any whole value ≥ 0), found by trying the value each sum needs. */
function soleMenders(rows: CellValue[][], total: number | undefined): { row: number; col: number; value: number }[] {
  const out: { row: number; col: number; value: number }[] = [];
  for (let r = 2; r < rows.length; r++)
    for (let c = B; c <= L; c++) {
      const was = rows[r]![c] as number;
      const tried = new Set<number>();
      // The values that mend each identity through this cell: the oracle tries them all.
      for (const candidate of neededValues(rows, r, c, total)) {
        if (tried.has(candidate) || candidate < 0 || candidate === was) continue;
        tried.add(candidate);
        rows[r]![c] = candidate;
        if (consistent(rows, total)) out.push({ row: r, col: c, value: candidate });
        rows[r]![c] = was;
      }
    }
  return out;
}

function neededValues(rows: CellValue[][], r: number, c: number, total: number | undefined): number[] {
  const n = (c2: number) => rows[r]![c2] as number;
  const out = [n(C) + n(D) + n(E), n(F) + n(J), n(G) + n(H) + n(I), n(K) + n(L)];
  out.push(n(B) - n(D) - n(E), n(B) - n(C) - n(E), n(B) - n(C) - n(D), n(B) - n(J), n(B) - n(F));
  out.push(n(F) - n(H) - n(I), n(F) - n(G) - n(I), n(F) - n(G) - n(H), n(J) - n(L), n(J) - n(K));
  if (total !== undefined) {
    const units = rows.slice(2).filter((_r, i) => i + 2 !== total);
    const sum = units.reduce((s, x) => s + (x[c] as number), 0);
    if (r === total) out.push(sum);
    else out.push((rows[total]![c] as number) - (sum - n(c)));
  }
  return out;
}

/** A simple typing slip of a whole number (Scholtus 2009): swap, drop, double, or one digit typed wrong. */
function slip(x: number, kind: number, at: number, digit: number): number {
  const s = String(x);
  const i = at % s.length;
  let t: string;
  switch (kind % 4) {
    case 0:
      t =
        s.length < 2
          ? s + s
          : s.slice(0, Math.min(i, s.length - 2)) + s[Math.min(i, s.length - 2) + 1] + s[Math.min(i, s.length - 2)] + s.slice(Math.min(i, s.length - 2) + 2);
      break;
    case 1:
      t = s.length < 2 ? String(digit) + s : s.slice(0, i) + s.slice(i + 1);
      break;
    case 2:
      t = s.slice(0, i) + s[i] + s.slice(i);
      break;
    default:
      t = s.slice(0, i) + String(digit) + s.slice(i + 1);
  }
  return Number(t);
}

const figures = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 7, maxLength: 7 });
const tableArb = fc.record({
  units: fc.array(figures, { minLength: 2, maxLength: 9 }),
  withTotal: fc.boolean(),
  totalFirst: fc.boolean(),
  plantRow: fc.nat(),
  plantCol: fc.integer({ min: B, max: L }),
  kind: fc.nat(),
  at: fc.nat(),
  digit: fc.integer({ min: 0, max: 9 }),
});

type Planted = typeof tableArb extends fc.Arbitrary<infer T> ? T : never;

function build(t: Planted) {
  const units = t.units.map((u, i) => unitRow(`Xã ${i + 1}`, u));
  const sum: CellValue[] = ['Tổng cộng', ...Array.from({ length: 11 }, (_x, k) => units.reduce((s, r) => s + (r[k + 1] as number), 0))];
  const body = t.withTotal ? (t.totalFirst ? [sum, ...units] : [...units, sum]) : units;
  const rows = [...HEADER.map((r) => [...r]), ...body.map((r) => [...r])];
  const total = t.withTotal ? (t.totalFirst ? 2 : rows.length - 1) : undefined;
  const row = 2 + (t.plantRow % body.length);
  const truth = rows[row]![t.plantCol] as number;
  const typed = slip(truth, t.kind, t.at, t.digit);
  rows[row]![t.plantCol] = typed;
  return { rows, total, row, col: t.plantCol, truth, typed };
}

const a1 = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
const check = (rows: CellValue[][]) => checkWorkbook(workbook(sheet('Biểu 06', rows, { merges: MERGES })));

describe('error localisation, one planted typo in a Biểu 06 table (fast-check)', () => {
  it('(a) a proposed value never breaks what held; (b) the planted cell is named in ≥ 95%; (c) the sole mender is named with its value', () => {
    let planted = 0;
    let named = 0;
    let sole = 0;
    fc.assert(
      fc.property(tableArb, (t) => {
        const p = build(t);
        if (p.typed === p.truth || consistent(p.rows, p.total)) return; // no slip, or one the sums cannot see
        planted++;
        const r = check(p.rows);
        expect(r.tables).toHaveLength(1);
        const errors = r.findings.filter((f) => f.severity === 'error');
        expect(errors.length).toBeGreaterThan(0);
        // (a) Each value proposed, typed in alone, leaves the table consistent (one slip: one proposal).
        for (const f of errors.filter((x) => x.expected !== null)) {
          const at = parseA1(f.cell)!;
          const mended = p.rows.map((x) => [...x]);
          mended[at.row]![at.col] = Number(f.expected!.replace(/\./g, ''));
          expect(consistent(mended, p.total), `${f.cell} → ${f.expected}`).toBe(true);
        }
        // (b)
        const cell = a1(p.row, p.col);
        if (errors.some((f) => f.cell === cell || f.candidates?.includes(cell))) named++;
        // (c)
        const menders = soleMenders(p.rows, p.total);
        if (menders.length === 1 && menders[0]!.row === p.row && menders[0]!.col === p.col) {
          sole++;
          const mine = errors.filter((f) => f.expected !== null);
          expect(mine.map((f) => [f.cell, f.expected])).toEqual([[cell, p.truth.toLocaleString('de-DE')]]);
        }
      }),
      { numRuns: 400, seed: 17 },
    );
    expect(planted).toBeGreaterThan(300);
    expect(named / planted).toBeGreaterThanOrEqual(0.95);
    // The oracle found many tables where one cell alone mends it (every total row case, most others).
    expect(sole).toBeGreaterThan(100);
  });
});
