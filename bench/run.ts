/**
 * `npm run bench` (build, then `tsx bench/run.ts`): runs every `bench/*.bench.ts` module in file-name
 * order and prints one table of all their measurements on stdout; progress goes to stderr.
 *
 *   npm run bench                 all modules
 *   npm run bench -- check        only the modules whose file name or title contains "check"
 *   BENCH_KEEP=1 npm run bench    keep the generated workbooks (the directory is printed)
 *
 * Exit code 0 whenever every measurement could be taken, targets met or not (a benchmark measures;
 * it is not a test): missed targets are listed under the table. Exit code 1 only when a module or
 * section could not run at all.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmtMs, fmtNum, now, type BenchContext, type BenchModule, type BenchRow, type TthcVariant } from './harness';
import { writeTthcWorkbook } from './workbooks';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const started = now();

function log(message: string): void {
  process.stderr.write(`[bench ${fmtNum((now() - started) / 1000, 1)} s] ${message}\n`);
}

function isBenchModule(x: unknown): x is BenchModule {
  const m = x as BenchModule | null;
  return !!m && typeof m.title === 'string' && Array.isArray(m.sections) && m.sections.every((s) => typeof s.run === 'function');
}

// ---------------------------------------------------------------------------------------------
// Context shared by the modules

function makeContext(tmpDir: string): BenchContext {
  const workbooks = new Map<string, Promise<string>>();
  return {
    root,
    tmpDir,
    log,
    tthcWorkbook(rows: number, variant: TthcVariant = {}): Promise<string> {
      const key = `tthc-${rows}${variant.formulas ? '-formulas' : ''}${variant.stored ? '-stored' : ''}${variant.typos ? `-typos${variant.typos}` : ''}`;
      let p = workbooks.get(key);
      if (!p) {
        p = (async () => {
          const file = path.join(tmpDir, `${key}.xlsx`);
          const n = fmtNum(rows);
          log(`generating ${n}-row workbook (streaming writer)…`);
          const t0 = now();
          await writeTthcWorkbook(file, rows, { ...variant, onProgress: (done) => log(`  ${fmtNum(done)} / ${n} rows written`) });
          const mb = statSync(file).size / (1024 * 1024);
          log(`  ${path.basename(file)}: ${fmtNum(mb, 1)} MB in ${fmtMs(now() - t0)}`);
          return file;
        })();
        workbooks.set(key, p);
      }
      return p;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Table

type Line = { heading: string } | BenchRow;

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function metText(met: boolean | undefined): string {
  return met === undefined ? '' : met ? 'yes' : 'NO';
}

function printTable(lines: Line[]): void {
  const head = { measurement: 'measurement', value: 'value', target: 'target', met: 'met' };
  const rows = lines.filter((l): l is BenchRow => !('heading' in l));
  const w = {
    measurement: Math.max(width(head.measurement), ...rows.map((r) => width(r.measurement))),
    value: Math.max(width(head.value), ...rows.map((r) => width(r.value))),
    target: Math.max(width(head.target), ...rows.map((r) => width(r.target ?? ''))),
    met: Math.max(width(head.met), 3),
  };
  const line = (a: string, b: string, c: string, d: string) =>
    `${pad(a, w.measurement)} | ${pad(b, w.value)} | ${pad(c, w.target)} | ${pad(d, w.met)}`.trimEnd();
  const rule = `${'-'.repeat(w.measurement)}-+-${'-'.repeat(w.value)}-+-${'-'.repeat(w.target)}-+-${'-'.repeat(w.met)}`;
  const out: string[] = [line(head.measurement, head.value, head.target, head.met), rule];
  for (const l of lines) {
    if ('heading' in l) out.push(l.heading);
    else out.push(line(l.measurement, l.value, l.target ?? '', metText(l.met)));
  }
  process.stdout.write(out.join('\n') + '\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const filters = process.argv.slice(2).map((a) => a.toLowerCase());
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();

  const modules: { file: string; mod: BenchModule }[] = [];
  for (const file of files) {
    const imported = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { default?: unknown };
    if (!isBenchModule(imported.default)) throw new Error(`bench/${file} has no BenchModule as its default export`);
    const mod = imported.default;
    if (filters.length && !filters.some((f) => file.toLowerCase().includes(f) || mod.title.toLowerCase().includes(f))) continue;
    modules.push({ file, mod });
  }
  if (modules.length === 0) {
    process.stderr.write(`No benchmark matches ${filters.join(' ')} (modules: ${files.join(', ')}).\n`);
    return 1;
  }

  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'bao-cao-bench-'));
  const ctx = makeContext(tmpDir);
  const lines: Line[] = [];
  const missed: BenchRow[] = [];
  const failed: string[] = [];
  let targets = 0;
  try {
    for (const { file, mod } of modules) {
      log(`${file}: ${mod.title}`);
      for (const section of mod.sections) {
        const heading = `${mod.title} › ${section.title}`;
        lines.push({ heading });
        log(section.title);
        let rows: BenchRow[];
        try {
          rows = await section.run(ctx);
        } catch (e) {
          const msg = e instanceof Error ? e.message : String(e);
          failed.push(`${heading}: ${msg}`);
          lines.push({ measurement: '  could not be measured', value: msg.split('\n')[0]!.slice(0, 120), target: '', met: false });
          continue;
        }
        for (const r of rows) {
          lines.push(r);
          if (r.met !== undefined) targets++;
          if (r.met === false) missed.push(r);
        }
      }
    }
  } finally {
    if (process.env.BENCH_KEEP) log(`generated workbooks kept in ${tmpDir}`);
    else rmSync(tmpDir, { recursive: true, force: true });
  }

  const cpus = os.cpus();
  process.stdout.write(
    `\nBáo cáo CCHC benchmarks: node ${process.version}, ${os.platform()} ${os.arch()}, ` +
      `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${fmtNum(os.totalmem() / 1024 ** 3, 0)} GB RAM\n\n`,
  );
  printTable(lines);
  process.stdout.write('\n');
  if (missed.length === 0 && failed.length === 0) {
    process.stdout.write(`All ${targets} targets met. Total time ${fmtMs(now() - started)}.\n`);
  } else {
    process.stdout.write(`${targets - missed.length} of ${targets} targets met. Total time ${fmtMs(now() - started)}.\n`);
    for (const r of missed) {
      process.stdout.write(`MISSED: ${r.measurement.trim()}: ${r.value}${r.target ? ` (target ${r.target})` : ''}\n`);
    }
    for (const f of failed) process.stdout.write(`FAILED TO RUN: ${f}\n`);
  }
  return failed.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
