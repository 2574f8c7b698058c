/** sheetjs.js: SheetJS and its code pages as a script of their own (web/sheetjs-lib.ts loads it); sets __baoCaoSheetjs. */
import * as xlsx from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel';

(globalThis as unknown as { __baoCaoSheetjs: unknown }).__baoCaoSheetjs = { xlsx, cptable };
