// Bundles the command line into dist/cli.cjs so `npx bao-cao` starts fast (no TypeScript at run time).
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The workbook libraries stay in node_modules: they are large and already CommonJS.
  external: ['exceljs', 'papaparse', 'htmlparser2', '@e965/xlsx'],
  sourcemap: false,
  logLevel: 'warning',
});
