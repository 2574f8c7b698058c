/**
 * The report settings: what a report needs that is not a figure. Read from the workbook's settings
 * sheet ("Thông tin báo cáo", a label/value table) and edited by the panes; missing values become
 * the dotted blanks offices leave for the văn thư.
 */
import { UNIT_KINDS } from '../catalogue/vocabulary';
import type { SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { SETTING_FIELDS } from '../catalogue/settings-fields';
import { foldKey } from '../text/fold';

export interface ReportSettings {
  /** Cơ quan, tổ chức chủ quản ("UBND TỈNH ĐỒNG THÁP"); empty when the office prints none. */
  coQuanChuQuan: string;
  /** Cơ quan ban hành ("ỦY BAN NHÂN DÂN XÃ …"). */
  coQuanBanHanh: string;
  /** The agency as named in sentences ("Ủy ban nhân dân huyện Lấp Vò"); derived when empty. */
  tenDonVi: string;
  /** "05/BC-UBND", or "/BC-UBND" with the number left for the văn thư. */
  soKyHieu: string;
  diaDanh: string;
  /** Date of the report, dd/mm/yyyy; empty leaves "ngày … tháng … năm …" blanks. */
  ngay: string;
  /** Reporting period, dd/mm/yyyy. */
  kyTu: string;
  kyDen: string;
  kinhGui: string[];
  /** Trích yếu; the template's default when empty. */
  trichYeu: string;
  /** TM., KT., Q., TL., TUQ. or empty. */
  quyenHan: string;
  /** What the quyền hạn is exercised for ("ỦY BAN NHÂN DÂN", "CHÁNH VĂN PHÒNG"). */
  coQuanKyThay: string;
  chucVu: string;
  nguoiKy: string;
  noiNhan: string[];
  /** The levels the office reports on, as their rows are labelled ("Cấp huyện", "Cấp xã"). */
  capBaoCao: string[];
  /** Report kind (template id); guessed from the tables when empty. */
  mauBaoCao: string;
  /** Pad counts below ten in sentences ("05 hồ sơ"). */
  soCoHaiChuSo: boolean;
  /**
   * Legal documents the office cites beyond the catalogue, or in place of its entries (core/catalogue/legal-docs.ts):
   * one per line, "mot-cua: Nghị định số … ngày dd/mm/yyyy của Chính phủ về … (hiệu lực từ dd/mm/yyyy)".
   */
  vanBanPhapLy: string[];
  /**
   * Targets the office set in the pane, by indicator id (percent; null: no target). They win over the defaults
   * and over a "Mục tiêu" column of the sheet, as `--chi-tieu` does on the command line.
   */
  mucTieu: Record<string, number | null>;
  /** Free-text parts no sheet holds, by template slot ("danh-gia-chung", "kho-khan", "kien-nghi", …). */
  vanBan: Record<string, string>;
}

export { SETTING_FIELDS, type SettingField } from '../catalogue/settings-fields';

export const DEFAULT_SETTINGS: ReportSettings = {
  coQuanChuQuan: '',
  coQuanBanHanh: '',
  tenDonVi: '',
  soKyHieu: '/BC-UBND',
  diaDanh: '',
  ngay: '',
  kyTu: '',
  kyDen: '',
  kinhGui: [],
  trichYeu: '',
  quyenHan: 'TM.',
  coQuanKyThay: 'ỦY BAN NHÂN DÂN',
  chucVu: 'CHỦ TỊCH',
  nguoiKy: '',
  noiNhan: [],
  capBaoCao: [],
  mauBaoCao: '',
  soCoHaiChuSo: true,
  vanBanPhapLy: [],
  mucTieu: {},
  vanBan: {},
};

function cellText(v: unknown): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  return String(v).trim();
}

/** Splits a list cell: one item per line, or separated by ";" when written on one line. */
export function splitList(s: string): string[] {
  const lines = s.includes('\n') ? s.split(/\r?\n/) : s.split(';');
  return lines
    .map((x) =>
      x
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.]$/, '')
        .trim(),
    )
    .filter((x) => x !== '');
}

const TRUE_WORDS = new Set(['co', 'x', 'dung', 'true', '1', 'yes']);

/** The settings written in a label/value sheet; labels it does not know are returned, not guessed. */
export function readSettingsSheet(grid: SheetGrid): { settings: Partial<ReportSettings>; unknown: string[] } {
  const settings: Partial<ReportSettings> = {};
  const vanBan: Record<string, string> = {};
  const unknown: string[] = [];
  for (const row of grid.values) {
    const cells = row.map(cellText);
    const li = cells.findIndex((c) => c !== '');
    if (li < 0) continue;
    const label = cells[li]!;
    const value = cells.slice(li + 1).find((c) => c !== '') ?? '';
    const key = foldKey(label);
    if (key === 'thong tin' || key === 'noi dung' || key === 'muc') continue; // the header row
    const field = SETTING_FIELDS.find((f) => f.sheetLabels.includes(key));
    if (!field) {
      unknown.push(label);
      continue;
    }
    if (value === '') continue;
    if (field.key.startsWith('vanBan.')) vanBan[field.key.slice(7)] = value;
    else if (field.input === 'lines') (settings as Record<string, unknown>)[field.key] = splitList(value);
    else if (field.key === 'soCoHaiChuSo') settings.soCoHaiChuSo = TRUE_WORDS.has(foldKey(value));
    else (settings as Record<string, unknown>)[field.key] = value;
  }
  if (Object.keys(vanBan).length) settings.vanBan = vanBan;
  return { settings, unknown };
}

export function withDefaults(partial: Partial<ReportSettings> | undefined): ReportSettings {
  const s: ReportSettings = {
    ...DEFAULT_SETTINGS,
    ...(partial ?? {}),
    vanBan: { ...(partial?.vanBan ?? {}) },
    mucTieu: { ...(partial?.mucTieu ?? {}) },
  };
  if (!s.tenDonVi && s.coQuanBanHanh) s.tenDonVi = sentenceName(s.coQuanBanHanh);
  return s;
}

/**
 * "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ" → "Ủy ban nhân dân huyện Lấp Vò": lower case, the first word and the
 * place name after the unit word capitalised (Phụ lục II). A setting overrides it when it guesses wrong.
 */
/** Abbreviations stay in capitals ("HĐND", "UBND"). */
const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'TTHC', 'CCHC', 'VP', 'MTTQ', 'BCH', 'CNTT', 'KT-XH']);

export function sentenceName(caps: string): string {
  const words = caps.replace(/\s+/g, ' ').trim().split(' ');
  const lower = words.map((w) => (ABBREVIATIONS.has(w.toLocaleUpperCase('vi')) ? w.toLocaleUpperCase('vi') : w.toLocaleLowerCase('vi'))).join(' ');
  let out = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  for (const u of UNIT_KINDS) {
    const i = out.indexOf(` ${u} `);
    if (i >= 0) {
      const start = i + u.length + 2;
      out = out.slice(0, start) + out.slice(start).replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toLocaleUpperCase('vi'));
      break;
    }
  }
  return out;
}
