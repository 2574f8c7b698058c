#!/usr/bin/env node
// Entry point for `npx bao-cao`: the command line is built into dist/ by `npm ci` (prepare) or `npm run build`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('Chưa dựng chương trình: hãy chạy "npm run build" (hoặc "npm ci") trước.\n');
  process.exit(2);
}
require(built)
  .main(process.argv.slice(2))
  .then(
    // A failure to write stdout may already have set exit 2 (cli/stdio.ts): keep the larger code.
    (code) => {
      process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
    },
    () => {
      process.stderr.write('Lỗi không mong đợi khi chạy bao-cao.\n');
      process.exitCode = 2;
    },
  );
