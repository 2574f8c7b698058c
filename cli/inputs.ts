/**
 * Every path a command reads, and the one check that the output is none of them: the command line reads its
 * inputs and never writes them, whichever option they came from.
 */
import { type Dirent, promises as fsp } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isReportKind } from '../core/catalogue/report-kinds';
import { byFileName, isFolderWorkbookName } from '../readers/sniff';
import { CliError, type Args } from './args';
import { errnoCode } from './output-errors';

/** A path the command reads, with the words that name it (and the option it came from) in the refusal. */
export interface InputPath {
  path: string;
  what: string;
}

/** The report's own workbook: these words keep the sentence `report` has always said. */
export const WORKBOOK = 'tệp số liệu';

export function overInputMessage(what: string): string {
  return `Không ghi báo cáo đè lên ${what}; hãy chọn tên khác với -o.`;
}

/** Files as given, folders as their workbooks (by name), each file once. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  // The same file named two ways ("data" and "./data/a.xlsx") is one file, read once.
  const push = (p: string) => {
    const key = resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const p of paths) {
    const stat = await fsp.stat(p).catch(() => undefined);
    if (!stat?.isDirectory()) {
      push(p); // a missing or odd path is read, and said unreadable with the reader's own sentence
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(p, { withFileTypes: true });
    } catch (e) {
      throw new CliError(`Không đọc được thư mục «${p}»: ${errnoCode(e) === 'EACCES' ? 'không có quyền đọc' : `mã lỗi ${errnoCode(e) ?? 'không rõ'}`}.`);
    }
    const names = entries.filter((d) => isFolderWorkbookName(d.name)).sort((a, b) => byFileName(a.name, b.name));
    for (const d of names) {
      const f = join(p, d.name);
      // The folder's listing says what each entry is; a link is followed to see.
      if (d.isFile() || (d.isSymbolicLink() && (await fsp.stat(f).catch(() => undefined))?.isFile())) push(f);
    }
  }
  return out;
}

/** tong-hop's files or folders (its units, or --ky-truoc): each folder, and each file it gives, by the same expansion. */
async function unitInputs(paths: readonly string[], file: string, folder: string, option: string): Promise<InputPath[]> {
  const out: InputPath[] = [];
  for (const p of paths) {
    const isDir = (await fsp.stat(p).catch(() => undefined))?.isDirectory() === true;
    if (!isDir) {
      out.push({ path: p, what: `${file} «${p}»${option}` });
      continue;
    }
    out.push({ path: p, what: `${folder} «${p}»${option}` });
    for (const f of await expandInputs([p])) out.push({ path: f, what: `tệp «${basename(f)}» trong ${folder} «${p}»${option}` });
  }
  return out;
}

/** Every path `report` or `tong-hop` reads, as the command line names them. */
export async function commandInputs(args: Args): Promise<InputPath[]> {
  if (args.command === 'tong-hop') {
    return [
      ...(await unitInputs(args.inputs ?? [], 'tệp số liệu', 'thư mục số liệu', '')),
      ...(await unitInputs(args.previous ?? [], 'tệp kỳ trước', 'thư mục kỳ trước', ' (--ky-truoc)')),
      ...(args.unitList ? [{ path: args.unitList, what: `danh sách đơn vị «${args.unitList}» (--danh-sach)` }] : []),
    ];
  }
  return [
    ...(args.file !== undefined ? [{ path: args.file, what: WORKBOOK }] : []),
    // A report kind's own template is the package's; a path is the clerk's file.
    ...(args.kind !== undefined && !isReportKind(args.kind) ? [{ path: args.kind, what: `tệp mẫu «${args.kind}» (--mau)` }] : []),
    ...(args.targetsFile !== undefined ? [{ path: args.targetsFile, what: `tệp mục tiêu «${args.targetsFile}» (--chi-tieu)` }] : []),
  ];
}

interface Identity {
  /** The real path; for a path not there yet, its folder's real path and its name (so `a/../x` is `x`). */
  real: string;
  node?: { dev: bigint; ino: bigint };
}

async function identify(path: string): Promise<Identity> {
  const abs = resolve(path);
  const [real, stat] = await Promise.all([fsp.realpath(abs).catch(() => undefined), fsp.stat(abs, { bigint: true }).catch(() => undefined)]);
  const folder = real === undefined ? await fsp.realpath(dirname(abs)).catch(() => dirname(abs)) : undefined;
  // ino 0 is "unknown" on some file systems (FAT on Windows): it says nothing about sameness.
  const node = stat && stat.ino !== 0n ? { dev: stat.dev, ino: stat.ino } : undefined;
  return { real: real ?? join(folder!, basename(abs)), ...(node ? { node } : {}) };
}

/**
 * Refuses an output that is any input under another name: the same path, the same real path (a symbolic link,
 * `..`), or the same file on disk (a hard link, a name differing only in case on Windows or macOS); a folder
 * given as input too. One line naming the input, exit 2, before anything is read or written.
 */
export async function refuseOverInputs(output: string, inputs: readonly InputPath[]): Promise<void> {
  const exact = inputs.find((i) => resolve(i.path) === resolve(output));
  if (exact) throw new CliError(overInputMessage(exact.what));
  const out = await identify(output);
  for (const i of inputs) {
    const id = await identify(i.path);
    const sameNode = out.node !== undefined && id.node !== undefined && out.node.dev === id.node.dev && out.node.ino === id.node.ino;
    if (id.real === out.real || sameNode) throw new CliError(overInputMessage(i.what));
  }
}
