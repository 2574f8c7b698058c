/**
 * Why something cannot be written (or a template read): the one place where a file-system error
 * code becomes a Vietnamese sentence. Every write of the command line goes through here, so a full
 * disk or a folder without permission is one line and exit 2, never "lỗi không mong đợi" (which
 * would blame the clerk's data).
 */
import { promises as fsp } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './args';

/** The reason, by errno code, as the end of a sentence "Không ghi được … : <reason>". */
export const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'không có quyền ghi vào đó',
  EPERM: 'không có quyền ghi vào đó',
  EROFS: 'ổ đĩa hoặc thư mục đó chỉ cho phép đọc',
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã dùng hết dung lượng được cấp trên ổ đĩa',
  EFBIG: 'tệp vượt quá kích thước ổ đĩa cho phép',
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  ENOENT: 'không tạo được tệp ở vị trí đó',
  EISDIR: 'đó là một thư mục; hãy ghi cả tên tệp',
  EEXIST: 'đã có một tệp trùng tên ở vị trí đó',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  EBUSY: 'tệp đang được mở trong chương trình khác (ví dụ Word)',
  ETXTBSY: 'tệp đang được mở trong chương trình khác (ví dụ Word)',
  EMFILE: 'máy đang mở quá nhiều tệp',
  ENFILE: 'máy đang mở quá nhiều tệp',
  EIO: 'ổ đĩa báo lỗi đọc/ghi',
  ELOOP: 'đường dẫn có liên kết tắt vòng quanh',
  EINVAL: 'tên tệp có ký tự không hợp lệ',
  ENXIO: 'không có thiết bị nào ở đường dẫn đó',
  ENODEV: 'không có thiết bị nào ở đường dẫn đó',
};

/** Where the sentence ends: what the clerk can do next (by default, write elsewhere). */
const HINT_OUT = 'hãy chọn nơi khác với -o';
const HINTS: Readonly<Record<string, string>> = {
  ENOSPC: 'hãy giải phóng bớt dung lượng hoặc chọn nơi khác với -o',
  EDQUOT: 'hãy giải phóng bớt dung lượng hoặc chọn nơi khác với -o',
  EBUSY: 'hãy đóng tệp đó rồi chạy lại',
  ETXTBSY: 'hãy đóng tệp đó rồi chạy lại',
};

export function fsReason(code: string | undefined): string {
  return (code !== undefined ? FS_REASONS[code] : undefined) ?? `mã lỗi ${code ?? 'không rõ'}`;
}

/** An output that cannot be written: one line, exit 2. */
export class OutputError extends CliError {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The sentence for writing the report file at `path`. */
export function reportWriteMessage(code: string | undefined, path: string): string {
  if (code === 'EISDIR') return isFolderMessage(path);
  return `Không ghi được báo cáo «${path}»: ${fsReason(code)}; ${(code !== undefined ? HINTS[code] : undefined) ?? HINT_OUT}.`;
}

export function isFolderMessage(path: string): string {
  return `«${path}» là một thư mục; hãy ghi tên tệp sau -o, ví dụ «${path.replace(/[\\/]+$/, '')}/bao-cao.docx».`;
}

/** The sentence for a folder on the way to the report that cannot be created. */
export function folderCreateMessage(code: string | undefined, folder: string): string {
  const reason =
    code === 'ENOENT'
      ? 'không tạo được thư mục ở vị trí đó'
      : code === 'EEXIST' || code === 'ENOTDIR'
        ? 'ở đó đã có một tệp (không phải thư mục) trùng tên'
        : fsReason(code);
  return `Không tạo được thư mục «${folder}» để ghi báo cáo: ${reason}; ${HINT_OUT}.`;
}

/** The sentence when the results cannot be written to the screen or the file they are sent to (`> kq.txt`). */
export function stdoutWriteMessage(code: string | undefined): string {
  return `Không ghi được kết quả ra màn hình hoặc tệp đích: ${fsReason(code)}.`;
}

/** The sentence for a template file (--mau) that cannot be read. */
export function templateReadMessage(code: string | undefined, path: string): string {
  if (code === 'EISDIR') return `«${path}» là một thư mục, không phải tệp mẫu .mustache.`;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'không có quyền đọc tệp' : fsReason(code);
  return `Không đọc được tệp mẫu «${path}»: ${reason}.`;
}

/**
 * Creates the folders up to `dir`, one at a time. Not `mkdir({ recursive: true })`: on Node 20 it
 * loops for ever where a folder cannot be created (for example under /proc).
 */
export async function ensureFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    let isDir: boolean;
    try {
      isDir = (await fsp.stat(d)).isDirectory();
    } catch (e) {
      const code = errnoCode(e);
      const up = dirname(d);
      if (code === 'ENOENT' && up !== d) {
        missing.unshift(d);
        d = up;
        continue;
      }
      throw new OutputError(code ?? 'UNKNOWN', folderCreateMessage(code, d));
    }
    if (!isDir) throw new OutputError('ENOTDIR', folderCreateMessage('ENOTDIR', d));
    break;
  }
  for (const m of missing) {
    try {
      await fsp.mkdir(m);
    } catch (e) {
      const code = errnoCode(e);
      if (
        code === 'EEXIST' &&
        (await fsp.stat(m).then(
          (s) => s.isDirectory(),
          () => false,
        ))
      )
        continue;
      throw new OutputError(code ?? 'UNKNOWN', folderCreateMessage(code, m));
    }
  }
}

/**
 * Writes the report: refuses a folder, creates the folders on the way, and says any failure in one
 * line. A file it created and could not finish (disk full) is removed.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  const existing = await fsp.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputError('EISDIR', isFolderMessage(path));
  await ensureFolder(dirname(resolve(path)));
  try {
    await fsp.writeFile(path, bytes);
  } catch (e) {
    if (!existing) await fsp.rm(path, { force: true }).catch(() => undefined);
    const code = errnoCode(e);
    if (code === undefined) throw e;
    throw new OutputError(code, reportWriteMessage(code, path));
  }
}
