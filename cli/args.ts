/** Command-line arguments: a command, one file, and a few flags. Pure parsing, no I/O. */
import { REPORT_KIND_IDS } from '../core/catalogue/report-kinds';

export type Command = 'check' | 'indicators' | 'report' | 'tong-hop' | 'help';

export interface Args {
  command: Command;
  file?: string;
  json: boolean;
  /** A JSON file of targets ({"ty-le-thanh-toan-truc-tuyen": 30, …}). */
  targetsFile?: string;
  /** report: where to write the .docx. */
  out?: string;
  /** report: a report kind (core/catalogue/report-kinds.ts) or the path of a template file. */
  kind?: string;
  /** check, indicators, report: only this sheet (and the settings sheet) is read: one month of a sheet per month. */
  sheet?: string;
  /** report: the figures are accepted as they are, errors and all: no draft mark. */
  acceptErrors?: boolean;
  /** tong-hop: the units' workbooks or folders of them. */
  inputs?: string[];
  /** tong-hop: the previous period's workbooks or folders (--ky-truoc). */
  previous?: string[];
  /** tong-hop: a "Mã,Tên" CSV of the units expected (--danh-sach). */
  unitList?: string;
}

/** The command line is wrong: the sentence, then the usage text; exit 2. */
export class UsageError extends Error {}

/** A problem the clerk can fix (a targets file, a template, an output): one line, no usage text; exit 2. */
export class CliError extends Error {}

export const USAGE = `Cách dùng:
  bao-cao check <tệp.xlsx|tệp.csv> [--json]        Kiểm tra số liệu: tìm bảng, đối chiếu các tổng
  bao-cao indicators <tệp.xlsx|tệp.csv> [--json]   Tính các chỉ tiêu theo từng cấp
  bao-cao report <tệp.xlsx> [-o báo-cáo.docx] [--mau <mẫu>] [--chap-nhan-loi]   Tạo báo cáo .docx
  bao-cao tong-hop <tệp|thư mục>... [--json] [-o tổng-hợp.docx] [--danh-sach đơn-vị.csv] [--ky-truoc <tệp|thư mục>...]
                                                   Tổng hợp báo cáo của nhiều đơn vị, xếp hạng, so sánh với kỳ trước
Tuỳ chọn:
  --json                 In kết quả dạng JSON
  --chi-tieu <tệp.json>  Mục tiêu của đơn vị, ví dụ {"ty-le-thanh-toan-truc-tuyen": 30}
  -o, --out <tệp.docx>   Nơi ghi báo cáo (mặc định: cạnh tệp số liệu, tên …-bao-cao.docx)
  --mau <mẫu>            ${REPORT_KIND_IDS}, hoặc đường dẫn tệp mẫu .mustache
  --chap-nhan-loi        Chấp nhận số liệu còn lỗi: báo cáo không mang dấu «DỰ THẢO — số liệu chưa khớp»
  --trang <tên trang>    Chỉ đọc trang này (và trang «Thông tin báo cáo»), ví dụ --trang "Tháng 9"
  --danh-sach <tệp.csv>  Danh sách đơn vị phải báo cáo (tong-hop), dòng đầu «Mã,Tên»
  --ky-truoc <tệp>...    Báo cáo kỳ trước của các đơn vị, để so sánh (tong-hop)
Mã thoát: 0 không có lỗi; 1 có lỗi số liệu (check), hoặc có đơn vị lỗi, thiếu, trùng, không đọc được (tong-hop); 2 không đọc được tệp, không có bảng nào, sai cách dùng hoặc không ghi được kết quả.`;

export function parseArgs(argv: string[]): Args {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') return { command: 'help', json: false };
  if (cmd === 'tong-hop') return parseTongHop(rest);
  if (cmd !== 'check' && cmd !== 'indicators' && cmd !== 'report') throw new UsageError(`Lệnh không hợp lệ: «${cmd}».`);
  const args: Args = { command: cmd, json: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--chap-nhan-loi') args.acceptErrors = true;
    else if (a === '--chi-tieu') {
      const v = rest[++i];
      if (v === undefined || v === '') throw new UsageError('Thiếu tên tệp sau --chi-tieu.');
      args.targetsFile = v;
    } else if (a === '-o' || a === '--out' || a === '--mau' || a === '--trang') {
      const v = rest[++i];
      if (v === undefined || v === '') throw new UsageError(`Thiếu giá trị sau ${a}.`);
      if (a === '--mau') args.kind = v;
      else if (a === '--trang') args.sheet = v;
      else args.out = v;
    } else if (a.startsWith('--')) throw new UsageError(`Tuỳ chọn không hợp lệ: «${a}».`);
    else if (args.file === undefined) args.file = a;
    else throw new UsageError(`Chỉ nhận một tệp mỗi lần («${a}» là tệp thứ hai).`);
  }
  if (args.file === undefined) throw new UsageError('Thiếu tên tệp cần kiểm tra.');
  return args;
}

/**
 * tong-hop takes several files or folders; `--ky-truoc` takes the ones after it, up to the next option, so
 * `tong-hop thang-03 --ky-truoc thang-02 --json` reads as the clerk means it.
 */
function parseTongHop(rest: string[]): Args {
  const args: Args = { command: 'tong-hop', json: false, inputs: [] };
  let previous = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--ky-truoc') {
      previous = true;
      args.previous ??= [];
      continue;
    } else if (a === '-o' || a === '--out' || a === '--danh-sach') {
      const v = rest[++i];
      if (v === undefined || v === '' || v.startsWith('--')) throw new UsageError(`Thiếu giá trị sau ${a}.`);
      if (a === '--danh-sach') args.unitList = v;
      else args.out = v;
    } else if (a.startsWith('--') || a === '-') throw new UsageError(`Tuỳ chọn không hợp lệ cho tong-hop: «${a}».`);
    else {
      (previous ? args.previous! : args.inputs!).push(a);
      continue;
    }
    previous = false;
  }
  if (args.inputs!.length === 0) throw new UsageError('Thiếu tệp hoặc thư mục báo cáo của các đơn vị cần tổng hợp.');
  if (args.previous && args.previous.length === 0) throw new UsageError('Thiếu tệp hoặc thư mục sau --ky-truoc.');
  return args;
}
