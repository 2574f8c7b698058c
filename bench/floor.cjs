// The physical floor of `check` (bench/web.bench.ts): read the .xlsx, unzip its first sheet part with fflate, and
// pass once over its bytes (counting the cells' "<c " openings), in a fresh Node process like the CLI.
'use strict';
const fs = require('node:fs');
const { unzipSync } = require('fflate');
const bytes = fs.readFileSync(process.argv[2]);
const parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' || f.name === 'xl/sharedStrings.xml' });
let cells = 0;
for (const b of Object.values(parts)) for (let i = 0; i + 2 < b.length; i++) if (b[i] === 0x3c && b[i + 1] === 0x63 && b[i + 2] === 0x20) cells++;
process.stdout.write(`${cells}\n`);
