// The baseline of `bao-cao check`: exceljs reads the same file, in a process of its own, and nothing else.
// Usage: node bench/bare-read.cjs <file.xlsx>
'use strict';
const ExcelJS = require('exceljs');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/bare-read.cjs <file.xlsx>\n');
  process.exit(2);
}
new ExcelJS.Workbook().xlsx.readFile(file).then(
  () => {},
  (e) => {
    process.stderr.write(`${e?.message ? e.message : e}\n`);
    process.exitCode = 1;
  },
);
