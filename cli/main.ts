/**
 * `bao-cao`: drives the core on .xlsx/.csv files. Reads the file, never writes it.
 * Exit codes (a contract): 0 no error finding; 1 some finding has severity error (check);
 * 2 the file cannot be read, holds no known table, the command line is wrong, or the output cannot be
 * written. Every foreseeable problem is one Vietnamese line; the catch-all below is for bugs only.
 * The commands themselves (cli/commands.ts, dist/commands.cjs) load only when one runs: `--help` and a wrong command
 * line answer without compiling the readers and the core.
 */
import { CliError, parseArgs, UsageError, USAGE } from './args';
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
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.out(USAGE.split('\n'));
      return 0;
    }
    const { runCommand } = await import('./commands');
    return await runCommand(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err([e.message, ...USAGE.split('\n')]);
      return 2;
    }
    // Never a stack trace for the clerk; BAO_CAO_DEBUG=1 shows it to a developer.
    if (process.env.BAO_CAO_DEBUG) io.err(String((e as Error)?.stack ?? e).split('\n'));
    io.err('Lỗi không mong đợi khi xử lý tệp; hãy gửi tệp này cho bộ phận hỗ trợ.');
    return 2;
  }
}
