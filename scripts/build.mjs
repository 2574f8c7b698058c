// Bundles the command line into dist/cli.cjs so `npx bao-cao` starts fast (no TypeScript at run time).
// The bundle is written beside and renamed into place, so a test file building it while another
// runs it never sees half a file.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const outfile = 'dist/cli.cjs';
const result = await build({
  entryPoints: ['cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // papaparse, htmlparser2 and SheetJS stay in node_modules (large, already CommonJS); fflate, the .xlsx
  // reader's inflater, is small and bundled. exceljs is no run-time dependency (only scripts/ and bench/ use it).
  external: ['papaparse', 'htmlparser2', '@e965/xlsx'],
  sourcemap: false,
  logLevel: 'warning',
  write: false,
});
for (const f of result.outputFiles) {
  mkdirSync(dirname(f.path), { recursive: true });
  const tmp = `${f.path}.${process.pid}.tmp`;
  writeFileSync(tmp, f.contents);
  renameSync(tmp, f.path);
}
