/**
 * The catalogue of findings: stable rule ids (contracts for the command line's JSON and the panes),
 * their default severity and a short Vietnamese title. The wording of each finding is in ../messages.ts.
 */
export type Severity = 'error' | 'warning';

export const RULES = {
  // A cell that cannot be read as what its column holds.
  'o-loi': { severity: 'error', title: 'Ô chứa giá trị lỗi' },
  'khong-phai-so': { severity: 'error', title: 'Không phải là số' },
  'so-am': { severity: 'error', title: 'Số âm' },
  'so-le': { severity: 'error', title: 'Số lẻ thập phân trong cột số hồ sơ' },
  'sai-dau-phan-cach': { severity: 'error', title: 'Dấu phân cách hàng nghìn đặt sai chỗ' },
  'so-thap-phan-nghin': { severity: 'error', title: 'Số có dấu chấm bị hiểu thành số thập phân' },
  'phan-tram-trong-cot-so': { severity: 'error', title: 'Tỷ lệ phần trăm trong cột số hồ sơ' },
  'so-qua-lon': { severity: 'error', title: 'Số quá lớn, không thể là số hồ sơ' },
  'ty-le-khong-hop-le': { severity: 'error', title: 'Tỷ lệ không đọc được' },
  // Identities between columns of one row.
  'tong-tiep-nhan': { severity: 'error', title: 'Tổng số tiếp nhận khác tổng các phần' },
  'tong-moi-tiep-nhan': { severity: 'error', title: 'Số mới tiếp nhận khác trực tuyến + trực tiếp' },
  'tong-truc-tuyen': { severity: 'error', title: 'Số trực tuyến khác toàn trình + một phần' },
  'tong-da-giai-quyet': { severity: 'error', title: 'Số đã giải quyết khác tổng các phần' },
  'tong-truoc-dung-han': { severity: 'error', title: 'Số trước hạn và đúng hạn khác trước hạn + đúng hạn' },
  'tong-dang-giai-quyet': { severity: 'error', title: 'Số đang giải quyết khác tổng các phần' },
  'can-doi-tiep-nhan': { severity: 'error', title: 'Tiếp nhận khác đã giải quyết + đang giải quyết' },
  'tong-can-so-hoa': { severity: 'error', title: 'Số cần số hóa khác đã số hóa + còn lại' },
  'tong-so-hoa-ket-qua': { severity: 'error', title: 'Số đã giải quyết khác đã số hóa + chưa số hóa' },
  'tong-pakn': { severity: 'error', title: 'Tổng PAKN khác mới + kỳ trước' },
  'can-doi-pakn': { severity: 'error', title: 'Tổng PAKN khác đã xử lý + đang xử lý' },
  'phan-loai-pakn': { severity: 'warning', title: 'Tổng PAKN khác tổng các loại' },
  'tong-van-ban-di': { severity: 'error', title: 'Tổng văn bản đi khác giấy + điện tử' },
  'tong-ho-so-muc-do-3': { severity: 'error', title: 'Hồ sơ mức độ 3 khác tổng các cách tiếp nhận' },
  'tong-ho-so-muc-do-4': { severity: 'error', title: 'Hồ sơ mức độ 4 khác tổng các cách tiếp nhận' },
  'cong-thuc-danh-so': { severity: 'error', title: 'Sai công thức ghi ở dòng đánh số cột' },
  'danh-so-khong-khop': { severity: 'warning', title: 'Công thức ở dòng đánh số cột không khớp dòng nào' },
  'danh-so-khong-hieu': { severity: 'warning', title: 'Công thức ở dòng đánh số cột không đọc được' },
  'dang-thuc-khong-giu': { severity: 'warning', title: 'Bảng không giữ đẳng thức của biểu ở dòng nào' },
  // Totals between rows.
  'dong-tong': { severity: 'error', title: 'Dòng tổng khác tổng các dòng' },
  // Bounds.
  'truc-tuyen-vuot-moi': { severity: 'error', title: 'Số trực tuyến lớn hơn số mới tiếp nhận' },
  'so-hoa-vuot-da-giai-quyet': { severity: 'error', title: 'Số số hóa lớn hơn số đã giải quyết' },
  'so-hoa-vuot-can-so-hoa': { severity: 'error', title: 'Số đã số hóa lớn hơn số cần số hóa' },
  'so-hoa-thanh-phan-vuot-tiep-nhan': { severity: 'error', title: 'Số số hóa thành phần lớn hơn số tiếp nhận' },
  'pakn-phan-loai-vuot-tong': { severity: 'error', title: 'Số PAKN theo loại lớn hơn tổng' },
  'pakn-cham-tre-vuot-tong': { severity: 'error', title: 'Số PAKN chậm trễ lớn hơn tổng' },
  'pakn-dung-han-vuot-da-xu-ly': { severity: 'error', title: 'Số PAKN đúng hạn lớn hơn số đã xử lý' },
  'pakn-trong-han-vuot-dang-xu-ly': { severity: 'error', title: 'Số PAKN đang xử lý trong hạn lớn hơn số đang xử lý' },
  // Points (Bộ chỉ số).
  'tong-diem': { severity: 'error', title: 'Tổng điểm khác tổng điểm các nhóm' },
  'diem-vuot-toi-da': { severity: 'error', title: 'Điểm vượt điểm tối đa' },
  // Rates.
  'ty-le-lech': { severity: 'error', title: 'Tỷ lệ ghi khác tỷ lệ tính từ số liệu' },
  // One cause for several broken checks.
  'nghi-o-sai': { severity: 'error', title: 'Ô có lẽ bị nhập sai' },
  // Layout.
  'cot-khong-nhan-dien': { severity: 'warning', title: 'Cột không nhận diện được' },
  'cot-trung': { severity: 'warning', title: 'Hai cột cùng ý nghĩa' },
  'cong-thuc-chua-tinh': { severity: 'warning', title: 'Ô công thức chưa có kết quả' },
  // The file itself.
  'doc-tep-co-sua': { severity: 'warning', title: 'Tệp phải sửa hoặc đoán khi đọc' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

export function isRuleId(s: string): s is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, s);
}

export interface Finding {
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at. */
  cell: string;
  rule: RuleId;
  message: string;
  /** The value in the cell, written as in the reports ("1.886"). */
  actual: string | null;
  /** The value the checks expect there, written as in the reports, when there is one. */
  expected: string | null;
  /** 0-based sheet coordinates of `cell`, for marking. */
  row: number;
  col: number;
  /** Other cells involved (A1), e.g. the parts of a broken sum. */
  related?: string[];
  /**
   * Where the data cannot tell which figure is wrong (`expected` null): the cells one of which (or a set of which,
   * the message says) must change, the likeliest first (A1). Absent when the finding names its one cell.
   */
  candidates?: string[];
}

/** What a finding says, for the user and other tools (`check --json`, the roll-up, the web page): these fields, in this order. */
export function findingFacts(f: Finding): Pick<Finding, 'severity' | 'sheet' | 'cell' | 'rule' | 'message' | 'actual' | 'expected'> {
  return { severity: f.severity, sheet: f.sheet, cell: f.cell, rule: f.rule, message: f.message, actual: f.actual, expected: f.expected };
}
