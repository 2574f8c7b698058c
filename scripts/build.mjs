// Bundles the command line into dist/ so `npx bao-cao` starts fast (no TypeScript at run time): dist/cli.cjs parses the
// command line and answers --help; dist/commands.cjs, the readers, the core and the commands, which cli.cjs requires
// when a command runs; dist/docx.cjs, the .docx writer, which commands.cjs requires only when a report is written (the
// docx library is half the code). Minified: Node compiles less text at start.
// Each file is written beside and renamed into place, so a test building it while another runs it never sees half a file.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** cli/main.ts's import of the commands becomes a require of dist/commands.cjs, beside cli.cjs. */
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands$/ }, (args) =>
      args.importer.endsWith(join('cli', 'main.ts')) ? { path: './commands.cjs', external: true } : undefined,
    );
  },
};

/** cli/docx-writer.ts's import of the writer becomes a require of dist/docx.cjs, beside commands.cjs. */
const docxApart = {
  name: 'docx-apart',
  setup(b) {
    b.onResolve({ filter: /\/core\/report\/docx$/ }, (args) =>
      args.importer.endsWith(join('cli', 'docx-writer.ts')) ? { path: './docx.cjs', external: true } : undefined,
    );
  },
};

/**
 * fflate's build for Node loads worker_threads when it is loaded (6 ms of every command), for the asynchronous calls
 * the readers never make; its browser build is the same code without that, and makes a worker only when asked.
 */
const fflateWithoutWorkers = {
  name: 'fflate-without-workers',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, () => ({ path: join(root, 'node_modules/fflate/esm/browser.js') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // papaparse, htmlparser2 and SheetJS stay in node_modules (already CommonJS), required only when a file of theirs
  // is read (readers/index.ts imports their readers on demand); fflate, the .xlsx reader's inflater, is bundled.
  // exceljs is no run-time dependency (only scripts/ and bench/ use it).
  external: ['papaparse', 'htmlparser2', '@e965/xlsx'],
  minify: true,
  // No keepNames: it wraps every inner function in a defineProperty call each time it is made (115 ms of a 200.000-row
  // check); nothing reads a function's or class's name.
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  write: false,
};

const results = await Promise.all([
  build({ ...common, entryPoints: [join(root, 'cli/main.ts')], outfile: join(root, 'dist/cli.cjs'), plugins: [commandsApart] }),
  build({ ...common, entryPoints: [join(root, 'cli/commands.ts')], outfile: join(root, 'dist/commands.cjs'), plugins: [docxApart, fflateWithoutWorkers] }),
  build({ ...common, entryPoints: [join(root, 'core/report/docx.ts')], outfile: join(root, 'dist/docx.cjs'), plugins: [fflateWithoutWorkers] }),
]);
for (const f of results.flatMap((r) => r.outputFiles)) {
  mkdirSync(dirname(f.path), { recursive: true });
  const tmp = `${f.path}.${process.pid}.tmp`;
  writeFileSync(tmp, f.contents);
  renameSync(tmp, f.path);
}
