/** The web build's SheetJS (replacing readers/sheetjs-lib.ts): sheetjs.js, loaded the first time a file needs it. */
import type { SheetjsLib } from '../readers/sheetjs-lib';
import { loadScriptFile } from './scripts';

export type { SheetjsLib };

export async function loadSheetjs(): Promise<SheetjsLib> {
  await loadScriptFile('sheetjs');
  const lib = (globalThis as unknown as { __baoCaoSheetjs?: SheetjsLib }).__baoCaoSheetjs;
  if (!lib) throw new Error('sheetjs.js did not set its library');
  return lib;
}
