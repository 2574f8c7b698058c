/**
 * What a sheet's own title says about the report when the workbook has no settings sheet: "UBND XÃ PHÚ HỰU" over
 * the table is the issuing body. Only the body is taken: a title's "THÁNG 10/2025" does not say which days the
 * period covers (15th to 14th, or the calendar month: domain-spec §7.1.3), so the period is left to the clerk.
 */
import { a1 } from '../grid/a1';
import type { Workbook } from '../grid/types';
import { isSettingsSheet } from '../tables/settings-sheet';
import { foldKey } from '../text/fold';

/** Rows at the top of a sheet read for a title. */
const TITLE_ROWS = 8;

/** "UBND xã Phú Hựu", "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ", "UBND phường 1": the body, then its level and its name. */
const AGENCY = /^(?:ubnd|uy ban nhan dan) (xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh) \S/;

export interface TitleHint {
  /** "ỦY BAN NHÂN DÂN XÃ PHÚ HỰU", as the header prints it. */
  coQuanBanHanh: string;
  /** Where it was read: "Số liệu!A1". */
  cell: string;
}

/** The issuing body named at the top of the workbook's sheets; none when no sheet names one, or two name different ones. */
export function agencyFromTitles(wb: Workbook): TitleHint | undefined {
  let found: TitleHint | undefined;
  for (const sheet of wb.sheets) {
    if (isSettingsSheet(sheet.name)) continue;
    const rows = sheet.values.slice(0, TITLE_ROWS);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string' || v.length > 120) continue;
        const name = agencyOf(v);
        if (!name) continue;
        if (found && found.coQuanBanHanh !== name) return undefined;
        found ??= { coQuanBanHanh: name, cell: `${sheet.name}!${a1((sheet.originRow ?? 0) + r, (sheet.originCol ?? 0) + c)}` };
      }
    }
  }
  return found;
}

/** "UBND xã Phú Hựu" → "ỦY BAN NHÂN DÂN XÃ PHÚ HỰU"; undefined when the text names no body. */
export function agencyOf(text: string): string | undefined {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!AGENCY.test(foldKey(t))) return undefined;
  // The words after "UBND" / "Ủy ban nhân dân" as written, in capitals.
  const rest = t.replace(/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '');
  return `ỦY BAN NHÂN DÂN ${rest.toLocaleUpperCase('vi')}`;
}
