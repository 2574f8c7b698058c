/**
 * `bao-cao`: drives the core on .xlsx/.csv files. Reads the file, never writes it.
 * Exit codes (a contract): 0 no error finding; 1 some finding has severity error (check);
 * 2 the file cannot be read, holds no known table, the command line is wrong, or the output cannot be
 * written. Every foreseeable problem is one Vietnamese line; the catch-all below is for bugs only.
 */
import { basename } from 'node:path';
import {
  type CheckResult,
  checkTables,
  computeIndicators,
  computeScorecard,
  formatCount,
  onlySheet,
  readTables,
  REPORT_NOTES,
  sheetsWithResults,
  tableSummary,
  USER_ERRORS,
} from '../core';
import { CliError, parseArgs, UsageError, USAGE } from './args';
import { printCheck, printIndicators } from './print';
import { readWorkbookFile, WorkbookReadError } from './read';
import { commandInputs, refuseOverInputs } from './inputs';
import { defaultOutput, writeReport, writesLetter } from './report';
import { readTargets } from './targets';
import { runTongHop } from './tong-hop';
import { forTerminal, guardStdio, stdio, stdoutFailed, type Io, type Output } from './stdio';

export type { Io };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  if (io === stdio) guardStdio();
  // The one place output is made safe: every line below is written through it (cli/stdio.ts).
  const code = await mainUnguarded(argv, forTerminal(io));
  return io === stdio && stdoutFailed() ? 2 : code;
}

async function mainUnguarded(argv: string[], io: Output): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err([e.message, ...USAGE.split('\n')]);
      return 2;
    }
    if (e instanceof WorkbookReadError) {
      io.err(e.message);
      return 2;
    }
    // Never a stack trace for the clerk; BAO_CAO_DEBUG=1 shows it to a developer.
    if (process.env.BAO_CAO_DEBUG) io.err(String((e as Error)?.stack ?? e).split('\n'));
    io.err('Lỗi không mong đợi khi xử lý tệp; hãy gửi tệp này cho bộ phận hỗ trợ.');
    return 2;
  }
}

async function run(argv: string[], io: Output): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.out(USAGE.split('\n'));
    return 0;
  }
  if (args.command === 'tong-hop') return runTongHop(args, io);
  const file = args.file!;
  // report: its output is none of its inputs (workbook, --mau, --chi-tieu), refused before a 200 MB file is read.
  const inputs = args.command === 'report' ? await commandInputs(args) : [];
  if (args.command === 'report') await refuseOverInputs(args.out ?? defaultOutput(file), inputs);
  const targets = args.targetsFile ? await readTargets(args.targetsFile) : undefined;
  const read = await readWorkbookFile(file);
  const wb = args.sheet ? onlySheet(read, args.sheet) : read;
  if (!wb)
    throw new CliError(
      USER_ERRORS.noSheet(
        args.sheet!,
        read.sheets.map((s) => s.name),
      ),
    );
  const sheetNames = wb.sheets.map((s) => s.name);
  const tables = readTables(wb);
  // Past the tables stage only the report needs the grid (its settings sheet): for the other commands it is
  // let go before the checks run, as it is the largest thing in memory (a 60 MB CSV's cells).
  if (args.command !== 'report') wb.sheets = [];
  const notes = read.notes ?? [];
  const result: CheckResult = { tables, ...checkTables(tables, sheetNames, { notes }) };
  const name = basename(file);
  // What the reader repaired is a finding of `check`; the other commands list no findings, so it is said here.
  if (args.command !== 'check') for (const n of notes) io.err(`Lưu ý: ${n.message}`);
  // A công văn is the office's own text: it needs no table.
  if (result.tables.length === 0 && !(args.command === 'report' && (await writesLetter(wb, args.kind)))) {
    if (args.command === 'check') for (const n of notes) io.err(`Lưu ý: ${n.message}`);
    io.err(USER_ERRORS.noTable(name));
    return 2;
  }
  if (args.command === 'check') {
    if (args.json) {
      io.json(
        JSON.stringify({
          tables: result.tables.map(tableSummary),
          findings: result.findings.map((f) => ({
            severity: f.severity,
            sheet: f.sheet,
            cell: f.cell,
            rule: f.rule,
            message: f.message,
            actual: f.actual,
            expected: f.expected,
            ...(f.candidates ? { candidates: f.candidates } : {}),
          })),
          summary: result.summary,
        }) + '\n',
      );
    } else io.out(printCheck(name, result));
    return result.summary.errors > 0 ? 1 : 0;
  }
  if (args.command === 'report') {
    const r = await writeReport(wb, result, file, {
      ...(args.out ? { out: args.out } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
      ...(targets ? { targets } : {}),
      ...(args.acceptErrors ? { acceptErrors: true } : {}),
      inputs,
    });
    io.out(`Đã tạo báo cáo (mẫu ${r.kind}): ${r.path}`);
    const sheets = sheetsWithResults(result.tables);
    if (sheets.length > 1) io.err(`Lưu ý: ${REPORT_NOTES.severalSheets(sheets, 'thêm --trang "Tên trang"')}`);
    for (const t of r.fromTitles) io.err(`Lưu ý: ${REPORT_NOTES.fromTitle(t.label, t.value, t.cell)}`);
    if (r.missing.length) io.err(`Lưu ý: ${REPORT_NOTES.missing(r.missing)}`);
    if (result.summary.errors > 0) {
      // The clerk decides: the report is written, marked as a draft until the figures add up or are accepted.
      io.err(
        r.draft
          ? `Lưu ý: bảng số liệu còn ${formatCount(result.summary.errors)} lỗi (chạy "bao-cao check ${name}" để xem); báo cáo mang dấu «DỰ THẢO — số liệu chưa khớp». Sửa số liệu, hoặc thêm --chap-nhan-loi nếu chấp nhận số liệu như hiện có.`
          : `Lưu ý: bảng số liệu còn ${formatCount(result.summary.errors)} lỗi; số liệu đã được chấp nhận (--chap-nhan-loi), báo cáo không mang dấu dự thảo.`,
      );
    }
    return 0;
  }
  const indicators = computeIndicators(result.tables, targets ? { targets } : {});
  const scorecard = computeScorecard(result.tables, indicators);
  if (args.json) io.json(JSON.stringify({ indicators, scorecard }) + '\n');
  else io.out(printIndicators(name, indicators, scorecard));
  return 0;
}
