/**
 * The error localiser on plain edits, before any TTHC table: the published case of Scholtus (2009, §4), the same
 * one Statistics Netherlands ships as the test of `deducorrect::correctTypos` (edits x1 + x2 = x3, x2 = x4,
 * x5 + x6 + x7 = x8, x3 + x8 = x9, x9 − x10 = x11; DESIGN §3.3c), then the shapes the tables give it.
 */
import { describe, expect, it } from 'vitest';
import { localise, type Edit, type EditSystem, type Verdict } from './localise';
import { typoOf } from './typos';

/** Equations as variable indexes with coefficients (Σ a·x = 0), over the given values. */
function system(equations: [number, number][][], values: number[], weights: number[] = []): { sys: EditSystem; broken: Edit[] } {
  const edits: Edit[] = equations.map((terms, id) => ({
    id,
    terms: terms.map(([v, a]) => ({ v, a })),
    residual: terms.reduce((s, [v, a]) => s + a * values[v]!, 0),
  }));
  const sys: EditSystem = {
    value: (v) => values[v]!,
    weight: (v) => weights[v] ?? 10,
    editsOf: (v) => edits.filter((e) => e.terms.some((t) => t.v === v)),
    allowed: (_v, x) => Number.isInteger(x) && x >= 0,
  };
  return { sys, broken: edits.filter((e) => e.residual !== 0) };
}

// x1..x11 as indexes 1..11 (index 0 unused).
const SCHOLTUS: [number, number][][] = [
  [
    [1, 1],
    [2, 1],
    [3, -1],
  ],
  [
    [2, 1],
    [4, -1],
  ],
  [
    [5, 1],
    [6, 1],
    [7, 1],
    [8, -1],
  ],
  [
    [3, 1],
    [8, 1],
    [9, -1],
  ],
  [
    [9, 1],
    [10, -1],
    [11, -1],
  ],
];
const RECORD = [0, 1452, 116, 1568, 116, 323, 76, 12, 411, 1979, 1842, 137];
const withValues = (changes: Record<number, number>) => RECORD.map((x, i) => changes[i] ?? x);
const fixesOf = (vs: Verdict[]) =>
  vs
    .flatMap((v) => v.fixes)
    .map((f) => [f.v, f.value])
    .sort((a, b) => a[0]! - b[0]!);

describe('localise: the published case (Scholtus 2009)', () => {
  it('the consistent record breaks nothing', () => {
    const { sys, broken } = system(SCHOLTUS, RECORD);
    expect(broken).toHaveLength(0);
    expect(localise(sys, broken)).toEqual([]);
  });

  it('x4 = 161: x4 → 116, two digits swapped', () => {
    const { sys, broken } = system(SCHOLTUS, withValues({ 4: 161 }));
    const vs = localise(sys, broken);
    expect(fixesOf(vs)).toEqual([[4, 116]]);
    expect(vs.every((v) => v.candidates.length === 0)).toBe(true);
    expect(typoOf(116, 161)).toBe('swap');
  });

  it('x4 = 161 and x9 = 19979: x4 → 116 and x9 → 1979, a digit doubled', () => {
    const { sys, broken } = system(SCHOLTUS, withValues({ 4: 161, 9: 19979 }));
    const vs = localise(sys, broken);
    expect(fixesOf(vs)).toEqual([
      [4, 116],
      [9, 1979],
    ]);
    expect(typoOf(1979, 19979)).toBe('doubled');
  });

  it('x5 = x6 = x7 = 0 as well: the two typos are still corrected, x5…x7 left to the clerk as candidates', () => {
    const { sys, broken } = system(SCHOLTUS, withValues({ 4: 161, 9: 19979, 5: 0, 6: 0, 7: 0 }));
    const vs = localise(sys, broken);
    expect(fixesOf(vs)).toEqual([
      [4, 116],
      [9, 1979],
    ]);
    const open = vs.filter((v) => v.candidates.length > 0);
    expect(open).toHaveLength(1);
    expect([...open[0]!.candidates].sort()).toEqual([5, 6, 7]);
    // No typo explains them: 0 is not a slip of 411.
    expect(open[0]!.candidates.some((v) => typoOf(open[0]!.needs.get(v)!, 0))).toBe(false);
  });

  it('x8 = 0 as well: the typos are corrected, and x8 is the one cell that mends its sum (411, deduced, not a typo)', () => {
    const { sys, broken } = system(SCHOLTUS, withValues({ 4: 161, 9: 19979, 8: 0 }));
    const vs = localise(sys, broken);
    expect(fixesOf(vs)).toEqual([
      [4, 116],
      [8, 411],
      [9, 1979],
    ]);
    expect(typoOf(411, 0)).toBeUndefined();
  });
});

describe('localise: shapes of a table', () => {
  // Lấp Vò, cấp xã (seed figures): C = D + E, G = H + I + J, K = L + M, C = G + K; the last is off by 10.
  //            C     D    E     G     H     I    J  K    L    M
  const ROW = [1886, 80, 1806, 1722, 1544, 175, 3, 154, 154, 0];
  const [C, D, E, G, H, I, J, K, L, M] = ROW.map((_, i) => i);
  const EDITS: [number, number][][] = [
    [
      [C!, 1],
      [D!, -1],
      [E!, -1],
    ],
    [
      [G!, 1],
      [H!, -1],
      [I!, -1],
      [J!, -1],
    ],
    [
      [K!, 1],
      [L!, -1],
      [M!, -1],
    ],
    [
      [C!, 1],
      [G!, -1],
      [K!, -1],
    ],
  ];

  it('received ≠ resolved + pending, every part holding: no single cell, no value; the two-cell ways are named', () => {
    const { sys, broken } = system(EDITS, ROW);
    const [v] = localise(sys, broken);
    expect(v!.fixes).toEqual([]);
    // Every way changes a total together with one of its parts.
    expect(v!.ways.every((w) => w.vars.length === 2)).toBe(true);
    expect(new Set(v!.candidates)).toEqual(new Set([C, D, E, G, H, I, J, K, L, M]));
  });

  it('the received side more reliable (its weight): the candidates are on the resolved and pending side', () => {
    const weights = ROW.map((_, i) => (i <= E! ? 11 : 10));
    const { sys, broken } = system(EDITS, ROW, weights);
    const [v] = localise(sys, broken);
    expect(v!.fixes).toEqual([]);
    expect(new Set(v!.candidates)).toEqual(new Set([G, H, I, J, K, L, M]));
    // Applying any way breaks nothing that held: each changes a total and one of its parts by the same amount.
    for (const w of v!.ways) {
      const after = [...ROW];
      w.vars.forEach((x, j) => (after[x] = w.values[j]!));
      expect(system(EDITS, after).broken).toEqual([]);
    }
  });

  it('one typo in a part with nothing else to tell: each part alone mends it, the typo ranked first', () => {
    // H typed 1.454 for 1.544 (swapped digits): G = H + I + J breaks; H, I or J alone mends it.
    const row = [...ROW];
    row[H!] = 1454;
    row[C!] = 1876; // the row otherwise consistent
    row[D!] = 70;
    const { sys, broken } = system(EDITS, row);
    const [v] = localise(sys, broken);
    expect(v!.fixes).toEqual([]);
    expect(v!.candidates[0]).toBe(H);
    expect(new Set(v!.candidates)).toEqual(new Set([H, I, J]));
  });

  it('a column total tells which part: the one cell, its value', () => {
    // Three records of G = H + I and a total record; H of the first record typed wrong (1.454 for 1.544).
    //            G1    H1    I1   G2   H2   I2  G3  H3  I3  GT    HT    IT
    const vals = [1719, 1454, 175, 220, 198, 22, 50, 40, 10, 1989, 1782, 207];
    const rowEdit = (g: number): [number, number][] => [
      [g, 1],
      [g + 1, -1],
      [g + 2, -1],
    ];
    const colEdit = (k: number): [number, number][] => [
      [9 + k, 1],
      [k, -1],
      [3 + k, -1],
      [6 + k, -1],
    ];
    const { sys, broken } = system([rowEdit(0), rowEdit(3), rowEdit(6), rowEdit(9), colEdit(0), colEdit(1), colEdit(2)], vals);
    // All edits small: solved in one piece.
    expect(fixesOf(localise(sys, broken))).toEqual([[1, 1544]]);
    // Column totals large (a long table): the record's own options, H1 or I1, chosen by the columns in stage 2.
    expect(fixesOf(localise(sys, broken, { smallEdit: 3 }))).toEqual([[1, 1544]]);
    // Without the total record, the data cannot tell H1 from I1.
    const noTotal = system([rowEdit(0), rowEdit(3), rowEdit(6)], vals);
    const [v] = localise(noTotal.sys, noTotal.broken);
    expect(v!.fixes).toEqual([]);
    // H1, I1, or the total G1 itself (in no other edit): H1 first, a swap of the figure it needs.
    expect(v!.candidates[0]).toBe(1);
    expect(new Set(v!.candidates)).toEqual(new Set([0, 1, 2]));
  });

  it('a column no identity checks: every cell of it could be wrong, the typo first', () => {
    // F1..F3 and their total FT, no row identity: the total is off by 90 (F2 typed 1.234 for 1.324).
    const vals = [500, 1234, 76, 1900];
    const col: [number, number][] = [
      [3, 1],
      [0, -1],
      [1, -1],
      [2, -1],
    ];
    for (const smallEdit of [32, 3]) {
      const { sys, broken } = system([col], vals);
      const [v] = localise(sys, broken, { smallEdit });
      expect(v!.fixes).toEqual([]);
      expect(v!.candidates[0]).toBe(1);
      expect(new Set(v!.candidates)).toEqual(new Set([0, 1, 2, 3]));
    }
  });
});

describe('typoOf', () => {
  it('names the simple typing errors and nothing else', () => {
    expect(typoOf(1768, 1786)).toBe('swap');
    expect(typoOf(1886, 1876)).toBe('wrong-digit');
    expect(typoOf(1979, 197)).toBe('dropped');
    expect(typoOf(13, 3)).toBe('dropped'); // the first digit
    expect(typoOf(31, 3)).toBe('dropped'); // the last digit
    expect(typoOf(1979, 19979)).toBe('doubled');
    expect(typoOf(1979, 19279)).toBe('added');
    expect(typoOf(12, -12)).toBe('sign');
    expect(typoOf(1886, 1688)).toBeUndefined();
    expect(typoOf(411, 0)).toBeUndefined();
  });
});
