/** Reads every sheet's data range in one batch per sheet: values, shown text, merges (the core's rules). */
import { gridFromHost, parseAreas } from '../../core/grid/host-values';
import type { SheetGrid } from '../../core/grid/types';
import { guarded } from './errors';

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetGrid {
  const range = sheet.getDataRange();
  return gridFromHost({
    name: sheet.getName(),
    values: range.getValues(),
    text: range.getDisplayValues(),
    merges: range.getMergedRanges().flatMap((m) => parseAreas(m.getA1Notation())),
  });
}

export function baoCaoReadWorkbook(): { sheets: SheetGrid[] } {
  return guarded(() => ({ sheets: SpreadsheetApp.getActive().getSheets().map(readSheet) }));
}
