/**
 * Default targets, each a setting an office overrides with its own (the settings sheet, the pane,
 * or `--chi-tieu` on the command line). None of these is verified as Đồng Tháp's own target
 * (domain-spec §3.3, §6): they are where an office starts, with their source stated.
 */

export interface Target {
  /** Percent. */
  value: number;
  source: string;
}

export type Targets = Record<string, Target | null>;

export const DEFAULT_TARGETS: Targets = {
  'ty-le-dung-han': null,
  'ty-le-qua-han': null,
  'ty-le-truc-tuyen': { value: 50, source: 'QĐ 766/QĐ-TTg: đạt điểm tối đa khi tỷ lệ hồ sơ trực tuyến từ 50%' },
  'ty-le-toan-trinh': { value: 80, source: 'Mục tiêu hồ sơ trực tuyến toàn trình từ 80% (DESIGN §3.3: cả nước đạt 39,98% năm 2025)' },
  'ty-le-so-hoa': { value: 100, source: 'Số hóa 100% hồ sơ, kết quả giải quyết TTHC (TT 01/2023/TT-VPCP; báo cáo Tháp Mười 11/2023)' },
  'ty-le-so-hoa-con-hieu-luc': { value: 100, source: 'Số hóa 100% kết quả còn hiệu lực theo kế hoạch của địa phương' },
  'ty-le-thanh-toan-truc-tuyen': { value: 30, source: 'Thanh toán trực tuyến từ 30% (báo cáo Tháp Mười 11/2023: "theo quy định là 30%")' },
  'ty-le-pakn-dung-han': { value: 100, source: 'QĐ 766/QĐ-TTg: PAKN xử lý đúng hạn' },
};

export function mergeTargets(overrides: Partial<Record<string, number | null>> | undefined): Targets {
  const out: Targets = { ...DEFAULT_TARGETS };
  for (const [id, v] of Object.entries(overrides ?? {})) {
    if (v === undefined) continue;
    out[id] = v === null ? null : { value: v, source: 'Cài đặt của đơn vị' };
  }
  return out;
}
