/** The kinds of report the product writes, each a template in templates/bao-cao/<id>.mustache. */
export const REPORT_KINDS = [
  { id: 'thang-644', label: 'Báo cáo tháng về cải cách TTHC (Công điện 644/CĐ-TTg)' },
  { id: 'thang-644-ngan', label: 'Báo cáo tháng thực hiện Công điện 644, bản ngắn (kết quả, đánh giá chung)' },
  { id: 'bo-chi-so', label: 'Báo cáo thực hiện Bộ chỉ số chỉ đạo, điều hành (QĐ 766/QĐ-TTg)' },
  { id: 'cchc-nam', label: 'Báo cáo công tác cải cách hành chính năm, kèm phụ lục' },
  { id: 'cong-van', label: 'Công văn (V/v …, Kính gửi, nội dung do đơn vị soạn)' },
] as const;

export type ReportKindId = (typeof REPORT_KINDS)[number]['id'];

export function isReportKind(s: string): s is ReportKindId {
  return REPORT_KINDS.some((k) => k.id === s);
}

/** "thang-644, bo-chi-so, cchc-nam": for messages and the usage text. */
export const REPORT_KIND_IDS = REPORT_KINDS.map((k) => k.id).join(', ');

/**
 * The province roll-up (`bao-cao tong-hop -o`), templates/bao-cao/tong-hop.mustache. Not among REPORT_KINDS: it is
 * written from many units' workbooks, never from the one workbook `report` and the panes work on.
 */
export const ROLLUP_REPORT_KIND = { id: 'tong-hop', label: 'Báo cáo tổng hợp kết quả giải quyết TTHC của các đơn vị' } as const;
