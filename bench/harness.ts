/**
 * What every benchmark module shares: the module contract, the context run.ts hands each module,
 * timing and statistics helpers, and number formatting for the result table.
 *
 * A module is a file `bench/<name>.bench.ts` whose default export is a `BenchModule`. run.ts finds
 * the modules by file name, runs them in file-name order and prints all their rows in one table.
 * A module measures and reports; it never fails the run because a target is missed (`met: false`).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** One line of the result table. */
export interface BenchRow {
  measurement: string;
  value: string;
  /** The issue's target, e.g. "≥ 10×"; empty for informative rows. */
  target?: string;
  /** Whether the target is met; undefined for informative rows. */
  met?: boolean;
}

/** How the generated workbook is written besides its figures (see WriteOptions in workbooks.ts). */
export interface TthcVariant {
  formulas?: boolean;
  stored?: boolean;
  /** Typing slips planted in data cells after the totals are summed (error localisation's benchmark). */
  typos?: number;
}

export interface BenchContext {
  /** Absolute path of the repository root. */
  root: string;
  /** A temporary directory for generated files, removed when the run ends. */
  tmpDir: string;
  /** A progress line on stderr (the table goes to stdout). */
  log(message: string): void;
  /**
   * The generated TTHC workbook with `rows` data rows (see workbooks.ts), written on first use and
   * shared between modules; `variant` adds formulas and/or stores the zip parts uncompressed.
   */
  tthcWorkbook(rows: number, variant?: TthcVariant): Promise<string>;
}

/** One group of rows under its own heading; a section that throws is reported and the others still run. */
export interface BenchSection {
  title: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** The default export of a `bench/<name>.bench.ts` file. */
export interface BenchModule {
  /** What the module measures, e.g. "Kiểm tra số liệu (check)"; also matched by `npm run bench -- <filter>`. */
  title: string;
  sections: BenchSection[];
}

// ---------------------------------------------------------------------------------------------
// Timing

export function now(): number {
  return performance.now();
}

/** Wall-clock milliseconds of one call. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export function timeSync(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface ProcessRun {
  ms: number;
  code: number | null;
  /** Only with `captureStdout`; otherwise stdout goes to /dev/null. */
  stdout: string;
  /** The first few KB, for the report when the exit code is unexpected. */
  stderr: string;
}

/**
 * Runs a command as a child process and times it from spawn to exit (Node start-up included).
 * stdout is discarded unless `captureStdout` (the timed runs discard it, like `> /dev/null`).
 */
export function timeProcess(cmd: string, args: readonly string[], cwd: string, captureStdout = false): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (s: string) => {
      stdout += s;
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      if (stderr.length < 4000) stderr += s;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code, stdout, stderr }));
  });
}

// ---------------------------------------------------------------------------------------------
// Formatting (Vietnamese number style, as the issue writes its targets: 100.000 rows, 1,3×)

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number with `decimals` decimals, decimal comma and dot thousands: 12.345,6. */
export function fmtNum(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) return String(x);
  const s = Math.abs(x).toFixed(decimals);
  const [i, f] = s.split('.');
  return `${x < 0 ? '-' : ''}${group(i!)}${f ? `,${f}` : ''}`;
}

/** A duration: milliseconds below ten seconds ("834 ms", "12,3 ms"), seconds above ("12,35 s"). */
export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${fmtNum(ms / 1000, 2)} s`;
  if (ms >= 100) return `${fmtNum(ms, 0)} ms`;
  if (ms >= 10) return `${fmtNum(ms, 1)} ms`;
  return `${fmtNum(ms, 2)} ms`;
}

export function fmtRatio(x: number): string {
  return `${fmtNum(x, x >= 100 ? 0 : x >= 10 ? 1 : 2)}×`;
}

export function fmtRows(n: number): string {
  return `${fmtNum(n)} rows`;
}

/** The list of runs, for the table ("1.234 / 1.250 / 1.301 ms"). */
export function fmtRuns(xs: readonly number[]): string {
  return xs.map((x) => fmtNum(x, x >= 100 ? 0 : 1)).join(' / ') + ' ms';
}

/** A size in kilobytes as the bench prints it (MB).*/
export function fmtKb(kb: number): string {
  return `${fmtNum(kb / 1024, 0)} MB`;
}
