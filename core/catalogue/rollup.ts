/**
 * The roll-up (Tổng hợp) as data: the counts it sums per unit, the name prefixes it ignores when matching units,
 * and the bands a province sorts its units into. The bands follow An Giang's weekly bulletin (10/2025: under 80
 * "cần cải thiện gấp", 80–90 "cần chú ý", domain-spec §7.3); an office changes them here, not in code.
 */
import type { ConceptId } from './concepts';

/** The TTHC concepts a roll-up carries per unit (the `counts` of `tong-hop --json`), in the appendix's order. */
export const ROLLUP_CONCEPTS = [
  'tiep-nhan',
  'ky-truoc',
  'moi-tiep-nhan',
  'truc-tuyen',
  'da-giai-quyet',
  'truoc-han',
  'dung-han',
  'qua-han',
  'dang-giai-quyet',
] as const satisfies readonly ConceptId[];

export type RollupConcept = (typeof ROLLUP_CONCEPTS)[number];

export interface RollupBand {
  id: string;
  /** As the report writes it ("Cần cải thiện gấp"). */
  label: string;
  /** The on-time rate range, percent: from ≤ rate < below. */
  from: number;
  below: number;
  /** How the report states the range. */
  range: string;
}

/** The on-time rate bands the report lists units under, worst first. Units at or above the last `below` are in none. */
export const ROLLUP_BANDS: readonly RollupBand[] = [
  { id: 'can-cai-thien-gap', label: 'Cần cải thiện gấp', from: 0, below: 80, range: 'dưới 80%' },
  { id: 'can-chu-y', label: 'Cần chú ý', from: 80, below: 90, range: 'từ 80% đến dưới 90%' },
];

/** The indicator units are ranked by, and the count that breaks ties. */
export const RANK_BY = { indicator: 'ty-le-dung-han', tie: 'da-giai-quyet' } as const;

/** How the report and the screen name each status of `tong-hop --json`. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  ok: 'Đã tổng hợp',
  loi: 'Số liệu có lỗi',
  thieu: 'Chưa có báo cáo',
  trung: 'Trùng báo cáo',
  'ngoai-danh-sach': 'Ngoài danh sách',
  'khong-doc-duoc': 'Không đọc được',
};

/**
 * The roll-up's own finding codes (`tong-hop --json`'s findings with no sheet), each with its severity and title; their
 * sentences are ROLLUP_MSG (messages.ts). A unit's own findings keep the checks' codes (RULES, findings.ts).
 */
export const ROLLUP_RULES = {
  thieu: { severity: 'error', title: 'Chưa có báo cáo của đơn vị trong danh sách' },
  trung: { severity: 'error', title: 'Đơn vị có hơn một báo cáo cho cùng kỳ' },
  'khong-doc-duoc': { severity: 'error', title: 'Không đọc được tệp báo cáo' },
  'ngoai-danh-sach': { severity: 'warning', title: 'Đơn vị không có trong danh sách' },
  'luy-ke': { severity: 'info', title: 'Lũy kế nhiều tháng của một đơn vị' },
  'thieu-thang': { severity: 'warning', title: 'Đơn vị thiếu số liệu một số tháng' },
  'khac-ky': { severity: 'warning', title: 'Số liệu ngoài kỳ tổng hợp' },
  'tong-thieu-cot': { severity: 'warning', title: 'Tổng không gồm mọi đơn vị (thiếu cột)' },
  'so-sanh-cung-don-vi': { severity: 'info', title: 'So sánh với kỳ trước trên các đơn vị có báo cáo cả hai kỳ' },
} as const satisfies Record<string, { severity: 'error' | 'warning' | 'info'; title: string }>;

export type RollupRuleId = keyof typeof ROLLUP_RULES;
