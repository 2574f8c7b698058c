/** The report kind the period and the tables suggest, when neither the clerk nor the settings sheet chose one. */
import { isDataRole, type Table } from '../tables/table';
import { BO_CHI_SO_FROM, type ReportKindId } from '../catalogue/report-kinds';
import { type NamedPeriod, periodDays, type ReportPeriod } from './period';

export { REPORT_KINDS, REPORT_KIND_IDS, isReportKind, templateFileOf, type ReportKindId } from '../catalogue/report-kinds';

/**
 * The kind a period and its tables suggest. A quarter (or 9 months), 6 months or a year is the CCHC report of that
 * period; a month is the monthly report, or the Bộ chỉ số report when the sheet holds the Bộ chỉ số's own list (its
 * criteria and points) for a period from 23/6/2022 — a results table with rates in it is no Bộ chỉ số. Without a
 * period: an IT table or a long by-field table is an annual report.
 */
export function guessKind(tables: Table[], period?: NamedPeriod | ReportPeriod): ReportKindId {
  if (period?.type === 'nam') return 'cchc-nam';
  if (period?.type === '6-thang') return 'cchc-6-thang';
  if (period?.type === 'quy' || period?.type === '9-thang') return 'cchc-quy';
  const end = period ? lastDay(period) : undefined;
  const boChiSo = tables.some((t) => t.form === 'chi-tieu' || t.form === 'diem') && (end === undefined || end >= BO_CHI_SO_FROM);
  if (period?.type === 'thang') return boChiSo ? 'bo-chi-so' : 'thang-644';
  if (tables.some((t) => t.form === 'cntt')) return 'cchc-nam';
  if (tables.some((t) => t.form === 'tthc' && !t.byLevel && t.records.filter((r) => isDataRole(r.role)).length >= 5) && !tables.some((t) => t.byLevel)) {
    return 'cchc-nam';
  }
  return boChiSo ? 'bo-chi-so' : 'thang-644';
}

/** The last day of a period: its own when its days are known, else its calendar end; none for a span without days. */
function lastDay(p: NamedPeriod | ReportPeriod): string | undefined {
  if ('to' in p && p.to) return p.to;
  return p.type === 'khoang' ? undefined : periodDays({ ...p, type: p.type }, 'lich').to;
}
