/**
 * The commands of `bao-cao` once the command line is parsed: read the file, call a job (core/jobs), print or write
 * what it gives. Every problem the clerk can fix is one Vietnamese line and exit 2, said here: the build makes this
 * its own file (dist/commands.cjs), so its error classes are its own copies and are told apart here, not in main.ts.
 */
import { basename } from 'node:path';
import { tableSummary, USER_ERRORS } from '../core';
import { checkJob, findingJson, indicatorsJob, JobError, type FrontEndHow } from '../core/jobs';
import { type Args, CliError, UsageError, USAGE } from './args';
import { printCheck, printIndicators } from './print';
import { readWorkbookFile, WorkbookReadError } from './read';
import { commandInputs, refuseOverInputs } from './inputs';
import { defaultOutput, writeReport } from './report';
import { readTargets } from './targets';
import { runTongHop } from './tong-hop';
import type { Output } from './stdio';

/** Runs a parsed command (never `help`); a foreseeable failure is said on stderr and gives exit 2. */
export async function runCommand(args: Args, io: Output): Promise<number> {
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof WorkbookReadError || e instanceof JobError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err([e.message, ...USAGE.split('\n')]);
      return 2;
    }
    throw e;
  }
}

async function run(args: Args, io: Output): Promise<number> {
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
