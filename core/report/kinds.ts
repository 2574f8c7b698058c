/** The kinds of report the product writes, each a template in templates/bao-cao/<id>.mustache. */
import { isDataRole, type Table } from '../tables/table';

export const REPORT_KINDS = [
  { id: 'thang-644', label: 'Báo cáo tháng về cải cách TTHC (Công điện 644/CĐ-TTg)' },
  { id: 'bo-chi-so', label: 'Báo cáo thực hiện Bộ chỉ số chỉ đạo, điều hành (QĐ 766/QĐ-TTg)' },
  { id: 'cchc-nam', label: 'Báo cáo công tác cải cách hành chính năm, kèm phụ lục' },
] as const;

export type ReportKindId = (typeof REPORT_KINDS)[number]['id'];

export function isReportKind(s: string): s is ReportKindId {
  return REPORT_KINDS.some((k) => k.id === s);
}

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
