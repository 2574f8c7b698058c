/**
 * The roll-up (Tổng hợp) as data: the counts it sums per unit, what units are ranked by, and the bands a province sorts
 * them into. Provinces rank units by the Bộ chỉ số total the national portal computes (domain-spec §8.3); the bands
 * "< 80 cần cải thiện gấp, 80–90 cần chú ý" are An Giang's, on those points, never on a rate. Ranked by the on-time rate
 * (when the units' scores are not in their workbooks), units are banded by the office's own target, if it set one.
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

/** The bands on the Bộ chỉ số total (points out of 100), worst first. Units at or above the last `below` are in none. */
export const SCORE_BANDS: readonly RollupBand[] = [
  { id: 'can-cai-thien-gap', label: 'Cần cải thiện gấp', from: 0, below: 80, range: 'dưới 80 điểm' },
  { id: 'can-chu-y', label: 'Cần chú ý', from: 80, below: 90, range: 'từ 80 đến dưới 90 điểm' },
];

/** The band of an on-time rate below the office's target (percent); none without a target. */
export function rateBands(target: number | null | undefined): RollupBand[] {
  if (target === null || target === undefined || !(target > 0)) return [];
  const t = String(target).replace('.', ',');
  return [{ id: 'chua-dat-muc-tieu', label: 'Chưa đạt mục tiêu', from: 0, below: target, range: `dưới ${t}%` }];
}

/** What units are ranked by: the portal's Bộ chỉ số total when every counted unit's workbook holds it, else the on-time rate. */
export type RankBy = 'diem-766' | 'ty-le-dung-han';

/** The indicator units are ranked by without scores, the count that breaks ties, and how the report names each. */
export const RANK_BY = {
  indicator: 'ty-le-dung-han',
  tie: 'da-giai-quyet',
  words: {
    'diem-766': 'tổng điểm Bộ chỉ số trên Cổng Dịch vụ công quốc gia',
    'ty-le-dung-han': 'tỷ lệ giải quyết trước hạn và đúng hạn',
  } satisfies Record<RankBy, string>,
} as const;

/** The bands a roll-up's units are sorted into: on points, or on the rate against the office's target. */
export function bandsOf(rankBy: RankBy, onTimeTarget: number | null | undefined): readonly RollupBand[] {
  return rankBy === 'diem-766' ? SCORE_BANDS : rateBands(onTimeTarget);
}

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
  'khong-ten': { severity: 'warning', title: 'Báo cáo không ghi tên đơn vị' },
} as const satisfies Record<string, { severity: 'error' | 'warning' | 'info'; title: string }>;

export type RollupRuleId = keyof typeof ROLLUP_RULES;
