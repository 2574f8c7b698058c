/**
 * The indicators of a set of counts with no sheet behind it (a unit in a roll-up, or the roll-up's total): the same
 * definitions and formulas as a table's (compute.ts), so a rate reads the same whichever way its counts came.
 */
import type { ConceptId } from '../catalogue/concepts';
import type { Table } from '../tables/table';
import { computeIndicators, type Indicator, type IndicatorSettings } from './compute';

export type CountsOf = Partial<Record<ConceptId, number>>;

/**
 * `scope` names the counts ("Xã Mỹ An", "Tổng hợp"), `source` what they were summed as (the indicators' `sheet`).
 * The indicators have no record: no row of a sheet holds these counts.
 */
export function indicatorsOfCounts(scope: string, counts: CountsOf, source: string, settings: IndicatorSettings = {}): Indicator[] {
  return computeIndicators([asTable(scope, counts, source)], settings).map((i) => ({ ...i, record: null }));
}

/** The counts as the one-row table the formulas read (private to this module: no stage sees it). */
function asTable(label: string, counts: CountsOf, source: string): Table {
  const concepts = (Object.keys(counts) as ConceptId[]).filter((c) => counts[c] !== undefined);
  return {
    sheet: source,
    range: { r0: 0, c0: 0, r1: 1, c1: concepts.length },
    address: '',
    orientation: 'rows',
    form: 'tthc',
    byLevel: false,
    byPeriod: false,
    header: { first: 0, last: 0, cells: [] },
    measures: [
      { line: 0, header: 'Đơn vị', concept: 'ten', kind: 'label' },
      ...concepts.map((c, i) => ({ line: i + 1, header: c, concept: c, kind: 'count' as const })),
    ],
    records: [{ line: 1, label, role: 'data' }],
    values: [[label], ...concepts.map((c) => [counts[c]!])],
    stated: [],
    setAside: [],
  };
}
