/** Why a file cannot be read: one Vietnamese sentence the user can act on, with a stable code. */
import { extension } from './sniff';
export type ReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'empty-file'
  | 'unsupported-type'
  | 'legacy-or-encrypted'
  | 'not-xlsx'
  | 'corrupt'
  | 'too-large'
  | 'no-sheets'
  | 'tcvn3';

export class WorkbookReadError extends Error {
  constructor(
    public readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

function q(name: string): string {
  return `"${name}"`;
}

export function fail(code: ReadErrorCode, name: string, detail?: string): WorkbookReadError {
  const f = q(name);
  switch (code) {
    case 'not-found':
      return new WorkbookReadError(code, `Không tìm thấy tệp ${f}; hãy kiểm tra lại đường dẫn.`);
    case 'is-directory':
      return new WorkbookReadError(code, `${f} là một thư mục, không phải tệp; hãy chỉ ra tệp .xlsx hoặc .csv cần kiểm tra.`);
    case 'empty-file':
      return new WorkbookReadError(code, `Tệp ${f} rỗng, không có dữ liệu để đọc.`);
    case 'unsupported-type':
      return new WorkbookReadError(code, `Tệp ${f} không phải bảng tính được hỗ trợ; hãy dùng tệp .xlsx, .xls, .ods hoặc .csv.`);
    case 'legacy-or-encrypted':
      // The code keeps its old name (it is part of the API); every .xls that is not encrypted is read now.
      return new WorkbookReadError(
        code,
        `Tệp ${f} được bảo vệ bằng mật khẩu (đã mã hóa) nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại và thử lại.`,
      );
    case 'not-xlsx':
      return new WorkbookReadError(
        code,
        `Tệp ${f} có đuôi .${extension(name)} nhưng không phải sổ tính Excel (có thể là tệp văn bản bị đổi tên); hãy mở bằng Excel và lưu lại thành .xlsx rồi thử lại.`,
      );
    case 'corrupt':
      return new WorkbookReadError(
        code,
        `Tệp ${f} không phải sổ tính Excel hợp lệ hoặc đã bị hỏng${detail ?? ''}; hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.`,
      );
    case 'too-large':
      return new WorkbookReadError(code, `Tệp ${f} quá lớn${detail ?? ''}; hãy tách bớt dữ liệu sang tệp khác rồi thử lại.`);
    case 'no-sheets':
      return new WorkbookReadError(code, `Sổ tính ${f} không có trang tính nào để đọc.`);
    case 'tcvn3':
      return new WorkbookReadError(
        code,
        `Tệp ${f} dùng bảng mã TCVN3 (phông .VnTime, bảng mã ABC), không phải Unicode; hãy chuyển mã sang Unicode (ví dụ Unikey › Công cụ chuyển mã, từ TCVN3 sang Unicode) rồi thử lại.`,
      );
  }
}

/** `label` names what the file really is; `sheetLike` marks spreadsheet formats we cannot read yet. */
export function unsupported(name: string, label: string | undefined, sheetLike = false): WorkbookReadError {
  if (!label) return fail('unsupported-type', name);
  const f = q(name);
  return new WorkbookReadError(
    'unsupported-type',
    sheetLike
      ? `Tệp ${f} là ${label}, định dạng này chưa được hỗ trợ; hãy mở bằng Excel và lưu lại thành .xlsx rồi thử lại.`
      : `Tệp ${f} là ${label}, không phải bảng tính; hãy dùng tệp .xlsx, .xls, .ods hoặc .csv.`,
  );
}

/** An HTML page (a web page saved, or an export) with no table in it: nothing to check. */
export function htmlWithoutTable(name: string): WorkbookReadError {
  return new WorkbookReadError(
    'unsupported-type',
    `Tệp ${q(name)} là trang HTML nhưng không có bảng số liệu nào; hãy xuất lại báo cáo ra Excel từ phần mềm (nút "Xuất Excel") hoặc dùng tệp .xlsx, .xls hoặc .csv.`,
  );
}

export function tooLarge(name: string, size: number, max: number): WorkbookReadError {
  return fail('too-large', name, ` (${formatSize(size)}, giới hạn ${formatSize(max)})`);
}

/** A file past what SheetJS can read within 1 GB (sheetjs.ts): the same data saved as .xlsx is read part by part. */
export function tooLargeForFormat(name: string, what: string, size: number, max: number, unzipped = false): WorkbookReadError {
  const detail = unzipped ? `giải nén lớn hơn ${formatSize(max)}` : `${formatSize(size)}, giới hạn ${formatSize(max)}`;
  return new WorkbookReadError(
    'too-large',
    `Tệp ${q(name)} quá lớn để đọc ở định dạng ${what} (${detail}); hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.`,
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  // Vietnamese decimal comma; one decimal is enough to compare with the limit.
  const s = mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1).replace('.', ',');
  return `${s} MB`;
}

export function accessError(e: unknown, name: string): WorkbookReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR') return fail('is-directory', name);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', name);
  // The API has no separate code for "cannot open": reported as not-found, with the real reason.
  return new WorkbookReadError(
    'not-found',
    code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
      ? `Không mở được tệp ${q(name)}: không có quyền đọc hoặc tệp đang bị chương trình khác khóa.`
      : `Không mở được tệp ${q(name)}${code ? ` (mã lỗi ${code})` : ''}.`,
  );
}
