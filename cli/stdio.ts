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

/**
 * What a command writes to. `out` and `err` take text for people, as lines (a string is one line): each made safe for
 * a terminal and ended by the line feed the command line writes. `json` takes the --json document.
 */
export interface Output {
  out: (lines: string | readonly string[]) => void;
  err: (lines: string | readonly string[]) => void;
  json: (s: string) => void;
}

// C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates: a sheet name or a cell's text
// holding them could retitle the terminal, clear it, colour it, or show a line reversed.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Only these may appear raw in JSON text (JSON.stringify escapes C0 itself); they sit only inside its strings.
const UNSAFE_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');

/**
 * One line of text for a terminal. A line break or tab typed in a cell (Alt+Enter in a header, "Cấp xã,↵thị trấn")
 * is layout: a space, so the text reads as the clerk meant it and cannot start a line of its own. Every other unsafe
 * character becomes its escape, "\x1B" or "\u202E", visible and inert: rather than "\uFFFD", it says which
 * character the cell holds, so the clerk can find it, and it cannot start a sequence itself.
 */
export function safeText(s: string): string {
  return s.replace(/\r\n|[\n\t]/g, ' ').replace(UNSAFE, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

const asLines = (lines: string | readonly string[]) => (typeof lines === 'string' ? [lines] : lines).map((l) => safeText(l) + '\n').join('');

/**
 * Every human-readable line of the command line goes through here: the line feeds between lines are the only ones
 * written. The --json document is written as it is, save that the characters JSON.stringify leaves raw are written
 * as JSON escapes: the same JSON once parsed.
 */
export function forTerminal(io: Io): Output {
  return {
    out: (lines) => io.out(asLines(lines)),
    err: (lines) => io.err(asLines(lines)),
    json: (s) => io.out(s.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4).toLowerCase()}`)), // lower-case hex, as JSON.stringify writes its own
  };
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
