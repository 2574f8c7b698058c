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
  // The workbook libraries stay in node_modules: they are large and already CommonJS.
  external: ['exceljs', 'papaparse', 'htmlparser2', '@e965/xlsx'],
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
