/**
 * Lũy kế: one unit's figures over several consecutive periods (DESIGN §3.3). Flows add up; a stock does not:
 * "kỳ trước chuyển qua" is the first period's, "đang giải quyết" the last's (the form's `stock` marks say which).
 */
import { conceptOf, formById } from '../catalogue/forms';

export type Counts = Partial<Record<string, number>>;

/** The counts of several periods of one unit, in time order, as one. */
export function luyKe(parts: readonly Counts[]): Counts {
  const form = formById('tthc');
  const out: Counts = {};
  if (parts.length === 0) return out;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const concepts = new Set<string>();
  for (const p of parts) for (const k of Object.keys(p)) concepts.add(k);
  for (const c of concepts) {
    const stock = conceptOf(form, c)?.stock;
    if (stock === 'first') {
      if (first[c] !== undefined) out[c] = first[c];
    } else if (stock === 'last') {
      if (last[c] !== undefined) out[c] = last[c];
    } else {
      // A flow is summed only when every period has it: a partial sum would read as the whole.
      if (!parts.every((p) => p[c] !== undefined)) continue;
      let s = 0;
      for (const p of parts) s += p[c]!;
      if (stock === 'none') {
        // Received = carried over into the first period + everything new: each later period's carried-over
        // dossiers were already counted as received in the period before.
        const later = parts.slice(1);
        if (later.every((p) => p['ky-truoc'] !== undefined)) for (const p of later) s -= p['ky-truoc']!;
      }
      out[c] = s;
    }
  }
  return out;
}
