/**
 * Where SheetJS comes from: in Node, its package, imported on first use. The web build replaces this module with
 * web/sheetjs-lib.ts, which loads the library as a script of its own (a page opened from disk cannot import modules).
 */
import type * as XLSX from '@e965/xlsx';

export interface SheetjsLib {
  xlsx: typeof XLSX;
  cptable: unknown;
}

export async function loadSheetjs(): Promise<SheetjsLib> {
  const [xlsx, cptable] = await Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel')]);
  return { xlsx, cptable };
}
