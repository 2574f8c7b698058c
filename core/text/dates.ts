/** Dates as the settings and titles write them. */

/** "15/02/2024" → { d: 15, m: 2, y: 2024 }. */
export function parseDate(s: string): { d: number; m: number; y: number } | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(s);
  if (!m) return undefined;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return undefined;
  return { d, m: mo, y: Number(m[3]) };
}
