/**
 * A sheet's title rows, read in the tables stage with the tables (so later stages never go back to the grid): the
 * rows at the top of a sheet with at most two cells written and no figure — "UBND XÃ PHÚ HỰU", "Từ ngày 15/09/2025
 * đến ngày 14/10/2025". What they say (the issuing body, the period) is the report's reading (core/report/title-hints.ts).
 */
import { a1 } from '../grid/a1';
import type { Workbook } from '../grid/types';
import { isSettingsSheet } from './settings-sheet';

/** Rows at the top of a sheet read for a title. */
const TITLE_ROWS = 8;

export interface TitleText {
  text: string;
  /** The sheet it heads. */
  sheet: string;
  /** "Số liệu!A1". */
  cell: string;
}

/** The title rows' texts of every sheet but the settings sheet, with their cells. */
export function readTitles(wb: Workbook): TitleText[] {
  const out: TitleText[] = [];
  for (const sheet of wb.sheets) {
    if (isSettingsSheet(sheet.name)) continue;
    sheet.values.slice(0, TITLE_ROWS).forEach((row, r) => {
      const filled = row.map((v, c) => [v, c] as const).filter(([v]) => v !== null && v !== undefined && String(v).trim() !== '');
      if (filled.length === 0 || filled.length > 2 || filled.some(([v]) => typeof v !== 'string')) return;
      for (const [v, c] of filled) {
        if ((v as string).length <= 200)
          out.push({ text: v as string, sheet: sheet.name, cell: `${sheet.name}!${a1((sheet.originRow ?? 0) + r, (sheet.originCol ?? 0) + c)}` });
      }
    });
  }
  return out;
}
