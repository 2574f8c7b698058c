/**
 * `bao-cao`: drives the core on .xlsx/.csv files. Reads the file, never writes it.
 * Exit codes (a contract): 0 no error finding; 1 some finding has severity error (check);
 * 2 the file cannot be read, holds no known table, the command line is wrong, or the output cannot be
 * written. Every foreseeable problem is one Vietnamese line; the catch-all below is for bugs only.
 */
import { basename } from 'node:path';
import { tableSummary, USER_ERRORS } from '../core';
import { checkJob, findingJson, indicatorsJob, JobError, type FrontEndHow } from '../core/jobs';
import { type Args, CliError, parseArgs, UsageError, USAGE } from './args';
import { printCheck, printIndicators } from './print';
import { readWorkbookFile, WorkbookReadError } from './read';
import { commandInputs, refuseOverInputs } from './inputs';
import { defaultOutput, writeReport } from './report';
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
    if (e instanceof WorkbookReadError || e instanceof JobError) {
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
  const name = basename(file);
  if (args.command === 'report') return runReport(args, file, name, io);
  const targets = args.targetsFile ? await readTargets(args.targetsFile) : undefined;
  // --trang: that sheet alone (and the settings sheet) is read.
  const check = checkJob({ workbook: await readWorkbookFile(file), ...(args.sheet ? { sheet: args.sheet } : {}), letGo: true });
  if (check.tables.length === 0) {
    for (const n of check.notes) io.err(`Lưu ý: ${n.message}`);
    io.err(USER_ERRORS.noTable(name));
    return 2;
  }
  if (args.command === 'check') {
    if (args.json) {
      io.json(
        JSON.stringify({
          tables: check.tables.map(tableSummary),
          findings: check.findings.map(findingJson),
          summary: check.summary,
        }) + '\n',
      );
    } else io.out(printCheck(name, check));
    return check.summary.errors > 0 ? 1 : 0;
  }
  // What the reader repaired is a finding of `check`; the other commands list no findings, so it is said here.
  for (const n of check.notes) io.err(`Lưu ý: ${n.message}`);
  const { indicators, scorecard } = indicatorsJob({ check, ...(targets ? { targets } : {}) });
  if (args.json) io.json(JSON.stringify({ indicators, scorecard }) + '\n');
  else io.out(printIndicators(name, indicators, scorecard));
  return 0;
}

/** How the command line does what a report's notes ask. */
const CLI_HOW = (name: string): FrontEndHow => ({
  otherSheet: 'thêm --trang "Tên trang"',
  seeErrors: `chạy "bao-cao check ${name}" để xem`,
  accept: 'thêm --chap-nhan-loi',
});

async function runReport(args: Args, file: string, name: string, io: Output): Promise<number> {
  // Its output is none of its inputs (workbook, --mau, --chi-tieu): refused before a 200 MB file is read.
  const inputs = await commandInputs(args);
  const out = args.out ?? defaultOutput(file);
  await refuseOverInputs(out, inputs);
  const targets = args.targetsFile ? await readTargets(args.targetsFile) : undefined;
  // The grids go once tables and titles are read: a report needs neither again (a 60 MB CSV's cells).
  const check = checkJob({ workbook: await readWorkbookFile(file), letGo: true });
  // No table for the kind asked: what the reader repaired is said before the refusal.
  const said = () => {
    for (const n of check.notes) io.err(`Lưu ý: ${n.message}`);
  };
  const r = await writeReport(check, out, inputs, {
    onNoTable: said,
    name,
    how: CLI_HOW(name),
    choices: {
      ...(args.kind ? { kind: args.kind } : {}),
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(targets ? { targets } : {}),
      ...(args.acceptErrors ? { accepted: true } : {}),
    },
  });
  io.out(`Đã tạo báo cáo (mẫu ${r.kind}): ${r.path}`);
  for (const n of r.notes) io.err(`Lưu ý: ${n.message}`);
  return 0;
}
