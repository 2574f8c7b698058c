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

/** A day that exists: "31/02/2024" parses (parseDate) but is no day of any calendar. */
export function realDate(s: string): { d: number; m: number; y: number } | undefined {
  const p = parseDate(s);
  if (!p || p.y < 1900 || p.y > 2100) return undefined;
  const days = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
  return p.d <= days ? p : undefined;
}
