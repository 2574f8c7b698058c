// Bundles the command line into dist/cli.cjs so `npx bao-cao` starts fast (no TypeScript at run time).
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // papaparse stays in node_modules (already CommonJS); fflate, the .xlsx reader's inflater, is small and
  // bundled. exceljs is no run-time dependency any more (only scripts/ and bench/ use it).
  external: ['papaparse'],
  sourcemap: false,
  logLevel: 'warning',
});
