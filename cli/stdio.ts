/**
 * The process's stdout and stderr, guarded. When the reader of a pipe goes away
 * (`bao-cao check x.xlsx | head -1`), writing stops quietly: no message, no stack trace, and the
 * exit code stays what the command found. Any other failure to write the results (`> kq.txt` on a
 * full disk) is one Vietnamese line on stderr and exit 2.
 */
import { errnoCode, stdoutWriteMessage } from './output-errors';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

let failed = false;
/** Whether stdout failed for a reason other than a closed pipe: then the run ends with exit 2. */
export function stdoutFailed(): boolean {
  return failed;
}

let installed = false;
const closed = new Set<NodeJS.WriteStream>();

function write(stream: NodeJS.WriteStream, s: string): void {
  if (closed.has(stream) || stream.destroyed) return;
  try {
    stream.write(s);
  } catch (e) {
    onError(stream, e);
  }
}

function onError(stream: NodeJS.WriteStream, e: unknown): void {
  if (closed.has(stream)) return;
  closed.add(stream);
  const code = errnoCode(e);
  if (code === 'EPIPE' || stream === process.stderr) return; // nobody is listening any more
  failed = true;
  process.exitCode = 2;
  write(process.stderr, stdoutWriteMessage(code) + '\n');
}

/** Handles 'error' on stdout and stderr once per process. */
export function guardStdio(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (e) => onError(stream, e));
}

export const stdio: Io = {
  out: (s) => write(process.stdout, s),
  err: (s) => write(process.stderr, s),
};
