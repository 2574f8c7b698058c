/**
 * The kinds of report the product writes, each a template in templates/bao-cao/<template>.mustache: the period it
 * reports on (core/catalogue/periods.ts: the blank "quý … năm …" before the period is known, and the kind chosen for
 * a period found), and how its days are counted when a title names the period without them.
 */
import type { DayRule, PeriodType } from './periods';

interface ReportKind {
  id: string;
  label: string;
  /** The name in a narrow list (the pane's select at 300 px), the full `label` said beside it. */
  short: string;
  /** The template file's name without ".mustache"; the id when absent. Kinds that differ only by period share one. */
  template?: string;
  /** The period the kind reports on; none for a công văn. */
  ky?: PeriodType;
  /** How a named period's days are counted for it. */
  ngay: DayRule;
}

export const REPORT_KINDS = [
  { id: 'thang-644', label: 'Báo cáo tháng về cải cách TTHC (Công điện 644/CĐ-TTg)', short: 'Báo cáo tháng (CĐ 644)', ky: 'thang', ngay: 'dinh-ky' },
  {
    id: 'thang-644-ngan',
    label: 'Báo cáo tháng thực hiện Công điện 644, bản ngắn (kết quả, đánh giá chung)',
    short: 'Báo cáo tháng, bản ngắn',
    ky: 'thang',
    ngay: 'dinh-ky',
  },
  { id: 'bo-chi-so', label: 'Báo cáo thực hiện Bộ chỉ số chỉ đạo, điều hành (QĐ 766/QĐ-TTg)', short: 'Bộ chỉ số 766', ky: 'thang', ngay: 'lich' },
  {
    id: 'cchc-quy',
    label: 'Báo cáo công tác cải cách hành chính quý (quý III: 9 tháng), kèm phụ lục',
    short: 'Báo cáo CCHC quý',
    template: 'cchc',
    ky: 'quy',
    ngay: 'dinh-ky',
  },
  {
    id: 'cchc-6-thang',
    label: 'Báo cáo công tác cải cách hành chính 6 tháng đầu năm, kèm phụ lục',
    short: 'Báo cáo CCHC 6 tháng',
    template: 'cchc',
    ky: '6-thang',
    ngay: 'dinh-ky',
  },
  { id: 'cchc-nam', label: 'Báo cáo công tác cải cách hành chính năm, kèm phụ lục', short: 'Báo cáo CCHC năm', template: 'cchc', ky: 'nam', ngay: 'dinh-ky' },
  { id: 'cong-van', label: 'Công văn (V/v …, Kính gửi, nội dung do đơn vị soạn)', short: 'Công văn', ngay: 'dinh-ky' },
] as const satisfies readonly ReportKind[];

export type ReportKindId = (typeof REPORT_KINDS)[number]['id'];

export function isReportKind(s: string): s is ReportKindId {
  return REPORT_KINDS.some((k) => k.id === s);
}

export function reportKindInfo(id: string): ReportKind | undefined {
  return REPORT_KINDS.find((k) => k.id === id);
}

/** The template file of a built-in kind ("cchc.mustache" for cchc-quy); a user's template as given. */
export const templateFileOf = (kind: string): string => {
  const k = reportKindInfo(kind);
  return k ? `${k.template ?? k.id}.mustache` : kind;
};

/** The first day the Bộ chỉ số exists (QĐ 766/QĐ-TTg ngày 23/6/2022): no Bộ chỉ số report for a period before it. */
export const BO_CHI_SO_FROM = '2022-06-23';

/** "thang-644, bo-chi-so, cchc-nam": for messages and the usage text. */
export const REPORT_KIND_IDS = REPORT_KINDS.map((k) => k.id).join(', ');

/**
 * The province roll-up (`bao-cao tong-hop -o`), templates/bao-cao/tong-hop.mustache. Not among REPORT_KINDS: it is
 * written from many units' workbooks, never from the one workbook `report` and the panes work on.
 */
export const ROLLUP_REPORT_KIND = { id: 'tong-hop', label: 'Báo cáo tổng hợp kết quả giải quyết TTHC của các đơn vị' } as const;
