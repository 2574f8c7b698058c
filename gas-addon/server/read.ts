/**
 * Reads the sheets' data ranges in one batch per sheet: values, shown text, merges (the core's rules).
 *
 * Apps Script stops a call at 6 minutes (https://developers.google.com/apps-script/guides/services/quotas, "Script
 * runtime"). A call reads sheets in order until READ_BUDGET_MS have passed, then hands back where it stopped
 * (`next`); the sidebar calls again from there, showing how many sheets are read. An ordinary workbook is one call.
 */
import { gridFromHost, parseAreas } from '../../core/grid/host-values';
import type { SheetGrid } from '../../core/grid/types';
import type { WorkbookPart } from '../contract';
import { guarded } from './errors';

/** Time a call may spend before handing back: a large sheet after it must still fit in the 6 minutes. */
export const READ_BUDGET_MS = 150_000;

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetGrid {
  const range = sheet.getDataRange();
  return gridFromHost({
    name: sheet.getName(),
    values: range.getValues(),
    text: range.getDisplayValues(),
    merges: range.getMergedRanges().flatMap((m) => parseAreas(m.getA1Notation())),
  });
}

export function baoCaoReadWorkbook(from = 0): WorkbookPart {
  return guarded(() => {
    const started = Date.now();
    const all = SpreadsheetApp.getActive().getSheets();
    const sheets: SheetGrid[] = [];
    let i = Math.max(0, Math.floor(Number(from) || 0));
    // At least one sheet a call, so that every call moves on.
    while (i < all.length && (sheets.length === 0 || Date.now() - started < READ_BUDGET_MS)) sheets.push(readSheet(all[i++]!));
    return i < all.length ? { sheets, total: all.length, next: i } : { sheets, total: all.length };
  });
  // One sheet alone longer than Google's 6 minutes ends the call, past any catch here: the sidebar words it (pane/hosts/gas.ts).
}
