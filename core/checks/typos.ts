/**
 * Simple typing errors: the ways a clerk's fingers turn one figure into another (Scholtus 2009, "Automatic correction
 * of simple typing errors in numerical data with balance edits"; as Statistics Netherlands' `deducorrect` /
 * `deductive` implement it, the restricted Damerau–Levenshtein distance 1 between the digit strings): a digit typed
 * wrong, a digit dropped, a digit doubled or added, two adjacent digits swapped, and a sign. A figure the checks need
 * that the printed one is a typo of ranks first among the cells that could be wrong.
 */

export type TypoKind = 'swap' | 'dropped' | 'doubled' | 'added' | 'wrong-digit' | 'sign';

/**
 * How telling each kind is, most first: a swap or a doubled digit explains only gaps of a few exact shapes (9·k·10ʲ), so a
 * coincidence is rare; one wrong digit explains any gap of a single non-zero digit, so it is the weakest evidence.
 */
export const TYPO_RANK: Record<TypoKind, number> = { swap: 0, doubled: 1, dropped: 2, sign: 3, added: 4, 'wrong-digit': 5 };

/** How `printed` is a typo of `meant`, or undefined when it is not one (whole numbers only). */
export function typoOf(meant: number, printed: number): TypoKind | undefined {
  if (!Number.isSafeInteger(meant) || !Number.isSafeInteger(printed) || meant === printed) return undefined;
  if (meant === -printed) return 'sign';
  if (meant < 0 || printed < 0) return undefined;
  // One digit for another: any two figures under ten are a "typo" of each other, which says nothing.
  if (meant < 10 && printed < 10) return undefined;
  const a = String(meant);
  const b = String(printed);
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return 'wrong-digit';
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 'swap';
    return undefined;
  }
  if (b.length === a.length - 1) return oneInserted(b, a) !== undefined ? 'dropped' : undefined;
  if (b.length === a.length + 1) {
    const at = oneInserted(a, b);
    if (at === undefined) return undefined;
    // The extra digit repeats a neighbour ("19979" for "1979"): doubled; otherwise another digit came in.
    return b[at] === b[at - 1] || b[at] === b[at + 1] ? 'doubled' : 'added';
  }
  return undefined;
}

/** Where `long` is `short` with one character inserted (the index in `long`), or undefined. */
function oneInserted(short: string, long: string): number | undefined {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1) ? i : undefined;
}
