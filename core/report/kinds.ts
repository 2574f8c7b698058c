/** The report kind the tables suggest, when neither the clerk nor the settings sheet chose one. */
import { isDataRole, type Table } from '../tables/table';
import type { ReportKindId } from '../catalogue/report-kinds';

export { REPORT_KINDS, REPORT_KIND_IDS, isReportKind, type ReportKindId } from '../catalogue/report-kinds';

/** The kind the tables suggest: an IT table or a long by-field table is an annual report; a list of indicators or printed rates, a Bộ chỉ số report; otherwise the monthly one. */
export function guessKind(tables: Table[]): ReportKindId {
  if (tables.some((t) => t.form === 'cntt')) return 'cchc-nam';
  if (tables.some((t) => t.form === 'tthc' && !t.byLevel && t.records.filter((r) => isDataRole(r.role)).length >= 5) && !tables.some((t) => t.byLevel)) {
    return 'cchc-nam';
  }
  const hasRates = tables.some((t) => t.form === 'tthc' && t.measures.some((c) => c.concept?.startsWith('ty-le-')));
  if (tables.some((t) => t.form === 'chi-tieu') || hasRates) return 'bo-chi-so';
  return 'thang-644';
}
