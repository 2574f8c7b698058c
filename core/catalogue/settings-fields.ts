/**
 * The report settings fields, catalogued once: how the pane names each one, how a clerk may label it in the
 * workbook's settings sheet "Thông tin báo cáo" (folded: case, accents and Unicode form ignored), and what
 * kind of value it holds. The settings sheet reader and the pane's form both read this list.
 */
import type { ReportSettings } from '../report/settings';

export type SettingKey = keyof ReportSettings | `vanBan.${string}`;

export interface SettingField {
  key: SettingKey;
  /** The field's name in the pane. */
  label: string;
  /** Labels a clerk may write in the settings sheet, folded. */
  sheetLabels: string[];
  /** text: one line; date: a day (ngày/tháng/năm); lines: one item per line; long: a paragraph; quyenHan: TM., KT. …; flag: yes/no; kind: a report kind. */
  input: 'text' | 'date' | 'lines' | 'long' | 'quyenHan' | 'flag' | 'kind';
  /** Shown in the pane's form (the others come from the settings sheet, or have their own control). */
  inForm?: true;
  /**
   * Left empty, the report has dots where the văn thư must write by hand, and the user is told: 'always', or
   * 'period' for the fields only a report over a period needs (not a công văn).
   */
  needed?: 'always' | 'period';
}

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'coQuanChuQuan', label: 'Cơ quan chủ quản', sheetLabels: ['co quan chu quan', 'co quan to chuc chu quan', 'chu quan'], input: 'text', inForm: true },
  {
    key: 'coQuanBanHanh',
    label: 'Cơ quan ban hành',
    sheetLabels: ['co quan ban hanh', 'ten co quan', 'co quan to chuc ban hanh', 'don vi ban hanh'],
    input: 'text',
    inForm: true,
    needed: 'always',
  },
  { key: 'tenDonVi', label: 'Tên đơn vị trong câu', sheetLabels: ['ten don vi trong cau', 'ten don vi', 'ten day du'], input: 'text' },
  { key: 'soKyHieu', label: 'Số, ký hiệu', sheetLabels: ['so ky hieu', 'so', 'so van ban', 'ky hieu'], input: 'text', inForm: true },
  { key: 'diaDanh', label: 'Địa danh', sheetLabels: ['dia danh', 'noi ban hanh'], input: 'text', inForm: true, needed: 'always' },
  { key: 'ngay', label: 'Ngày ký (để trống cho văn thư)', sheetLabels: ['ngay', 'ngay ban hanh', 'ngay bao cao'], input: 'date', inForm: true },
  { key: 'kyTu', label: 'Kỳ báo cáo từ', sheetLabels: ['ky bao cao tu', 'tu ngay'], input: 'date', inForm: true, needed: 'period' },
  { key: 'kyDen', label: 'Kỳ báo cáo đến', sheetLabels: ['ky bao cao den', 'den ngay'], input: 'date', inForm: true, needed: 'period' },
  { key: 'kinhGui', label: 'Kính gửi (mỗi dòng một nơi)', sheetLabels: ['kinh gui', 'noi gui'], input: 'lines', inForm: true },
  { key: 'trichYeu', label: 'Trích yếu', sheetLabels: ['trich yeu', 'ten bao cao', 'tieu de'], input: 'long', inForm: true },
  { key: 'quyenHan', label: 'Quyền hạn ký', sheetLabels: ['quyen han', 'tham quyen ky'], input: 'quyenHan', inForm: true },
  { key: 'coQuanKyThay', label: 'Cơ quan ký thay', sheetLabels: ['co quan ky thay', 'ky thay', 'thay mat'], input: 'text', inForm: true },
  { key: 'chucVu', label: 'Chức vụ', sheetLabels: ['chuc vu', 'chuc vu nguoi ky'], input: 'text', inForm: true },
  { key: 'nguoiKy', label: 'Người ký', sheetLabels: ['nguoi ky', 'ho ten nguoi ky', 'ho va ten nguoi ky'], input: 'text', inForm: true, needed: 'always' },
  { key: 'noiNhan', label: 'Nơi nhận (mỗi dòng một nơi)', sheetLabels: ['noi nhan'], input: 'lines', inForm: true },
  { key: 'capBaoCao', label: 'Các cấp báo cáo', sheetLabels: ['cac cap bao cao', 'cap bao cao', 'cac cap'], input: 'lines' },
  { key: 'mauBaoCao', label: 'Mẫu báo cáo', sheetLabels: ['mau bao cao', 'loai bao cao'], input: 'kind' },
  { key: 'soCoHaiChuSo', label: 'Viết số có hai chữ số (05 hồ sơ)', sheetLabels: ['viet so hai chu so', 'so co hai chu so', 'them so 0'], input: 'flag' },
  {
    key: 'vanBanPhapLy',
    label: 'Văn bản pháp lý trích dẫn (mỗi dòng một văn bản)',
    sheetLabels: ['van ban phap ly', 'van ban trich dan', 'van ban phap ly trich dan'],
    input: 'lines',
  },
  { key: 'vanBan.noi-dung', label: 'Nội dung công văn', sheetLabels: ['noi dung cong van', 'noi dung van ban'], input: 'long' },
  { key: 'vanBan.ket-qua', label: 'Kết quả thực hiện (nêu thêm)', sheetLabels: ['ket qua thuc hien', 'ket qua noi bat'], input: 'long' },
  { key: 'vanBan.mot-cua', label: 'Thực hiện cơ chế một cửa', sheetLabels: ['thuc hien co che mot cua', 'co che mot cua', 'mot cua'], input: 'long' },
  { key: 'vanBan.kiem-tra-cong-vu', label: 'Công tác kiểm tra công vụ', sheetLabels: ['kiem tra cong vu', 'cong tac kiem tra cong vu'], input: 'long' },
  {
    key: 'vanBan.kiem-soat-tthc',
    label: 'Công tác kiểm soát TTHC',
    sheetLabels: ['kiem soat tthc', 'cong tac kiem soat tthc', 'kiem soat thu tuc hanh chinh'],
    input: 'long',
  },
  { key: 'vanBan.danh-gia-chung', label: 'Đánh giá chung', sheetLabels: ['danh gia chung'], input: 'long', inForm: true },
  { key: 'vanBan.thuan-loi', label: 'Thuận lợi', sheetLabels: ['thuan loi', 've thuan loi'], input: 'long' },
  {
    key: 'vanBan.kho-khan',
    label: 'Khó khăn, vướng mắc',
    sheetLabels: ['kho khan vuong mac', 'kho khan', 'ton tai han che', 'han che', 'ton tai'],
    input: 'long',
    inForm: true,
  },
  { key: 'vanBan.nguyen-nhan', label: 'Nguyên nhân', sheetLabels: ['nguyen nhan', 'nguyen nhan ton tai'], input: 'long' },
  { key: 'vanBan.kien-nghi', label: 'Kiến nghị, đề xuất', sheetLabels: ['kien nghi de xuat', 'kien nghi', 'de xuat'], input: 'long', inForm: true },
  {
    key: 'vanBan.phuong-huong',
    label: 'Phương hướng, nhiệm vụ',
    sheetLabels: ['phuong huong nhiem vu', 'phuong huong', 'nhiem vu thoi gian toi'],
    input: 'long',
  },
  // The areas of the CCHC programme (NQ 76/NQ-CP, 2021–2030; NQ 30c/NQ-CP before) that no sheet holds: the
  // periodic CCHC reports write each area the office gives text for (templates/bao-cao/cchc.mustache).
  { key: 'vanBan.cai-cach-the-che', label: 'Cải cách thể chế', sheetLabels: ['cai cach the che'], input: 'long' },
  {
    key: 'vanBan.cai-cach-to-chuc',
    label: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    sheetLabels: ['cai cach to chuc bo may hanh chinh nha nuoc', 'cai cach to chuc bo may', 'cai cach bo may'],
    input: 'long',
  },
  {
    key: 'vanBan.cai-cach-cong-vu',
    label: 'Cải cách chế độ công vụ',
    sheetLabels: ['cai cach che do cong vu', 'cai cach cong vu', 'xay dung va nang cao chat luong doi ngu can bo cong chuc vien chuc'],
    input: 'long',
  },
  { key: 'vanBan.cai-cach-tai-chinh', label: 'Cải cách tài chính công', sheetLabels: ['cai cach tai chinh cong', 'cai cach tai chinh'], input: 'long' },
  {
    key: 'vanBan.chinh-phu-so',
    label: 'Xây dựng, phát triển Chính phủ điện tử, Chính phủ số',
    sheetLabels: [
      'xay dung phat trien chinh phu dien tu chinh phu so',
      'chinh phu dien tu chinh phu so',
      'chinh phu so',
      'hien dai hoa nen hanh chinh',
      'hien dai hoa hanh chinh',
    ],
    input: 'long',
  },
  { key: 'vanBan.can-cu', label: 'Căn cứ', sheetLabels: ['can cu', 'thuc hien', 'van ban can cu'], input: 'long' },
  // The bo-chi-so and cchc-nam templates write this part ({{vanBan.chiDao}}), their own default without it.
  {
    key: 'vanBan.chi-dao',
    label: 'Công tác chỉ đạo, điều hành',
    sheetLabels: ['cong tac chi dao', 'cong tac chi dao dieu hanh', 'chi dao dieu hanh', 'chi dao'],
    input: 'long',
  },
];
