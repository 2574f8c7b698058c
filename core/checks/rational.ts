/**
 * Exact linear algebra for error localisation: the few unknowns of a candidate set, solved over the rationals
 * (BigInt fractions), so that "one value and no other" is decided exactly, never by floating-point tolerance.
 */

type Q = { n: bigint; d: bigint };

const gcd = (a: bigint, b: bigint): bigint => {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
};
const q = (n: bigint, d = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const isZero = (a: Q) => a.n === 0n;

export type LinearSolution =
  /** No values of the unknowns satisfy every equation. */
  | { kind: 'none' }
  /** values[j]: the one value of unknown j, or null where the equations leave it free (a family of solutions). */
  | { kind: 'some'; values: (number | null)[]; unique: boolean };

/**
 * Solves A·x = b for `unknowns` unknowns, A given by rows of (column, coefficient) pairs with integer coefficients
 * and b integer. A value is reported only when the system fixes it; a fixed value that is not a whole number is
 * returned as NaN (the caller rejects it for counts).
 */
export function solveLinear(rows: readonly { terms: readonly [number, number][]; rhs: number }[], unknowns: number): LinearSolution {
  const m: Q[][] = rows.map((r) => {
    const row = Array.from({ length: unknowns + 1 }, () => q(0n));
    for (const [j, a] of r.terms) row[j] = q(row[j]!.n + BigInt(a) * row[j]!.d, row[j]!.d);
    row[unknowns] = q(BigInt(r.rhs));
    return row;
  });
  const pivotCol: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns && r < m.length; c++) {
    let p = r;
    while (p < m.length && isZero(m[p]![c]!)) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pr = m[r]!;
    const pv = pr[c]!;
    for (let j = c; j <= unknowns; j++) pr[j] = div(pr[j]!, pv);
    for (let i = 0; i < m.length; i++) {
      if (i === r || isZero(m[i]![c]!)) continue;
      const f = m[i]![c]!;
      for (let j = c; j <= unknowns; j++) m[i]![j] = sub(m[i]![j]!, mul(f, pr[j]!));
    }
    pivotCol.push(c);
    r++;
  }
  for (let i = r; i < m.length; i++) if (!isZero(m[i]![unknowns]!)) return { kind: 'none' };
  const values: (number | null)[] = new Array<number | null>(unknowns).fill(null);
  pivotCol.forEach((c, i) => {
    const row = m[i]!;
    // Fixed only when no free unknown enters its row.
    for (let j = 0; j < unknowns; j++) if (j !== c && !pivotCol.includes(j) && !isZero(row[j]!)) return;
    const v = row[unknowns]!;
    values[c] = v.d === 1n ? Number(v.n) : Number.NaN;
  });
  return { kind: 'some', values, unique: pivotCol.length === unknowns };
}
