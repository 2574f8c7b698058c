/** Runs the command line as users do: the built bundle behind bin/bao-cao.cjs, in a child process. */
import { execFileSync, spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './reference';

export const BIN = join(REPO_ROOT, 'bin', 'bao-cao.cjs');
export const T = (name: string) => join(REPO_ROOT, 'templates', name);

/** Builds dist/cli.cjs (atomically: several test files may build at once). For a beforeAll. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT });
}

export function runCli(args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_ROOT, ...opts });
  return { code: r.status, signal: r.signal, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

/** Runs the command line without blocking, so several cases can run at once. */
export function runCliAsync(
  args: string[],
  opts: { timeoutMs?: number } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    // A command that hangs (e.g. a folder that cannot be created) must fail the test, not the run.
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, out, err });
    });
  });
}
