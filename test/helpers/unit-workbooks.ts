/**
 * One unit's monthly TTHC report in the layouts communes send (for the roll-up tests and the bench): a Biểu 06
 * merged header, a flat one-row header, a table by level, and the one-stop system's HTML saved as .xls.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** kt: kỳ trước, moi: mới tiếp nhận, tt: trực tuyến, trh/dh/qh: trước/đúng/quá hạn, dang: đang giải quyết. */
export interface UnitFigures {
  kt: number;
  moi: number;
  tt: number;
  trh: number;
  dh: number;
  qh: number;
  dang: number;
  /** Tổng tiếp nhận as written (default kt + moi: set it to write a wrong one). */
  tn?: number;
}

export interface UnitSettings {
  /** Cơ quan ban hành, as typed. */
  name?: string;
  kyTu?: string;
  kyDen?: string;
}

const tn = (f: UnitFigures) => f.tn ?? f.kt + f.moi;
const da = (f: UnitFigures) => f.trh + f.dh + f.qh;
const row = (f: UnitFigures) => [tn(f), f.kt, f.moi, f.tt, da(f), f.trh, f.dh, f.qh, f.dang];

const FLAT_HEADER = [
  'STT',
  'Lĩnh vực',
  'Tổng số hồ sơ tiếp nhận',
  'Kỳ trước chuyển qua',
  'Mới tiếp nhận',
  'Trực tuyến',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
];

function settingsSheet(wb: ExcelJS.Workbook, s: UnitSettings): void {
  if (!s.name && !s.kyTu) return;
  const ws = wb.addWorksheet('Thông tin báo cáo');
  ws.addRow(['Thông tin', 'Nội dung']);
  if (s.name) ws.addRow(['Cơ quan ban hành', s.name]);
  if (s.kyTu) ws.addRow(['Kỳ báo cáo từ', s.kyTu]);
  if (s.kyDen) ws.addRow(['Kỳ báo cáo đến', s.kyDen]);
}

/** Biểu 06: two header rows with merged groups, a numbering row, one row per field and "Tổng số". */
export async function writeBieu06(path: string, f: UnitFigures, s: UnitSettings = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 06');
  ws.addRow([
    'STT',
    'Lĩnh vực, công việc giải quyết',
    'Số hồ sơ nhận giải quyết',
    null,
    null,
    null,
    'Kết quả giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đang giải quyết',
  ]);
  ws.addRow([
    null,
    null,
    'Tổng số',
    'Từ kỳ trước chuyển qua',
    'Mới tiếp nhận',
    'Trực tuyến',
    'Tổng số đã giải quyết',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    null,
  ]);
  ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)']);
  for (const m of ['A1:A2', 'B1:B2', 'C1:F1', 'G1:J1', 'K1:K2']) ws.mergeCells(m);
  ws.addRow([1, 'Tư pháp', ...row(f)]);
  ws.addRow([null, 'Tổng số', ...row(f)]);
  settingsSheet(wb, s);
  await wb.xlsx.writeFile(path);
}

/** A flat one-row header, one field row: the kind a clerk types. */
export async function writeFlat(path: string, f: UnitFigures, s: UnitSettings = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(FLAT_HEADER);
  ws.addRow([1, 'Hộ tịch', ...row(f)]);
  settingsSheet(wb, s);
  await wb.xlsx.writeFile(path);
}

/** The same flat table as CSV (no settings sheet: the unit is named by the file). */
export function writeFlatCsv(path: string, f: UnitFigures): void {
  writeFileSync(path, `${FLAT_HEADER.join(',')}\n1,Hộ tịch,${row(f).join(',')}\n`);
}

/** A table by level: "Cấp" rows, as a commune reports its own level. */
export async function writeByLevel(path: string, f: UnitFigures, s: UnitSettings = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả TTHC');
  ws.addRow([
    'STT',
    'Cấp',
    'Tổng số hồ sơ tiếp nhận',
    'Kỳ trước chuyển qua',
    'Mới tiếp nhận',
    'Trực tuyến',
    'Đã giải quyết',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Đang giải quyết',
  ]);
  ws.addRow([1, 'Cấp xã', ...row(f)]);
  settingsSheet(wb, s);
  await wb.xlsx.writeFile(path);
}

/** The one-stop system's "Xuất Excel": an HTML table saved as .xls, counts as text with "." thousands. */
export function writeHtmlXls(path: string, f: UnitFigures): void {
  const n = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cells = row(f)
    .map((x) => `<td>${n(x)}</td>`)
    .join('');
  writeFileSync(
    path,
    `<html><head><meta charset="utf-8"></head><body><table border="1">
<tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực</th><th colspan="4">Số hồ sơ nhận giải quyết</th><th colspan="4">Kết quả giải quyết</th><th rowspan="2">Số hồ sơ đang giải quyết</th></tr>
<tr><th>Tổng số</th><th>Từ kỳ trước chuyển qua</th><th>Mới tiếp nhận</th><th>Trực tuyến</th><th>Tổng số đã giải quyết</th><th>Trước hạn</th><th>Đúng hạn</th><th>Quá hạn</th></tr>
<tr><td>1</td><td>Đất đai</td>${cells}</tr>
<tr><td></td><td>Tổng cộng</td>${cells}</tr>
</table></body></html>`,
  );
}
