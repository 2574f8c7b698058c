/**
 * What a sheet's own title says about the report when the workbook has no settings sheet: "UBND XÃ PHÚ HỰU" over
 * the table is the issuing body, and "Từ ngày 15/09/2025 đến ngày 14/10/2025" (as the one-stop software prints its
 * exports) the period. A bare "THÁNG 10/2025" is not read as a period: it does not say which days it covers (15th to
 * 14th, or the calendar month: domain-spec §7.1.3), so that is left to the clerk. Only title rows are read: at the
 * top of a sheet, with at most two cells written and no figure (a table's row naming a unit is not a title).
 */
import { isoDate } from '../catalogue/legal-docs';
import type { TitleText } from '../tables/titles';
import { foldKey } from '../text/fold';

/** "UBND xã Phú Hựu", "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ", "UBND phường 1": the body, then its level and its name. */
const AGENCY = /^(?:ubnd|uy ban nhan dan) (xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh) \S/;

/** A body under a UBND: a department, office or centre names itself first ("SỞ TƯ PHÁP", "Phòng Văn hóa - Xã hội"). */
const DEPARTMENT = /^(?:sở|phòng|ban|văn phòng|trung tâm|chi cục|cục|bộ phận)\s+\S/iu;

export interface TitleHint {
  /** "ỦY BAN NHÂN DÂN XÃ PHÚ HỰU", as the header prints it. */
  coQuanBanHanh: string;
  /** Where it was read: "Số liệu!A1". */
  cell: string;
}

/** One value the titles agree on, with the cell it was first read from; none when they disagree. */
function agreed<T>(found: { value: T; cell: string }[], same: (a: T, b: T) => boolean): { value: T; cell: string } | undefined {
  if (found.length === 0 || found.some((f) => !same(f.value, found[0]!.value))) return undefined;
  return found[0];
}

/** The issuing body named at the top of the workbook's sheets; none when no sheet names one, or two name different ones. */
export function agencyFromTitles(titles: readonly TitleText[]): TitleHint | undefined {
  // "UBND TỈNH ĐỒNG THÁP" over "SỞ TƯ PHÁP": the UBND is the body above the issuer, not the issuer; not guessed.
  // With its diacritics: "Sở" is a department, "Số liệu …" a title.
  if (titles.some(({ text }) => DEPARTMENT.test(text.normalize('NFC').trim()))) return undefined;
  const found = titles.flatMap(({ text, cell }) => {
    const value = agencyOf(text);
    return value ? [{ value, cell }] : [];
  });
  const a = agreed(found, (x, y) => x === y);
  return a && { coQuanBanHanh: a.value, cell: a.cell };
}

/** "Từ ngày 15/09/2025 đến ngày 14/10/2025", "(từ 15/9/2025 - 14/10/2025)": an explicit period, as dd/mm/yyyy. */
const RANGE = /từ\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;

export interface PeriodHint {
  kyTu: string;
  kyDen: string;
  cell: string;
}

/** The period a title states with both its days; none when no title does, or two state different ones. */
export function periodFromTitles(titles: readonly TitleText[]): PeriodHint | undefined {
  const found = titles.flatMap(({ text, cell }) => {
    const m = RANGE.exec(text.normalize('NFC'));
    if (!m) return [];
    const date = (d: string, mo: string, y: string) => `${d.padStart(2, '0')}/${mo.padStart(2, '0')}/${y}`;
    const value = { kyTu: date(m[1]!, m[2]!, m[3]!), kyDen: date(m[4]!, m[5]!, m[6]!) };
    // Real days, the first not after the last.
    const from = isoDate(value.kyTu);
    const to = isoDate(value.kyDen);
    return from && to && from <= to ? [{ value, cell }] : [];
  });
  const p = agreed(found, (x, y) => x.kyTu === y.kyTu && x.kyDen === y.kyDen);
  return p && { ...p.value, cell: p.cell };
}

/** "UBND xã Phú Hựu" → "ỦY BAN NHÂN DÂN XÃ PHÚ HỰU"; undefined when the text names no body. */
export function agencyOf(text: string): string | undefined {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!AGENCY.test(foldKey(t))) return undefined;
  // The words after "UBND" / "Ủy ban nhân dân" as written, in capitals.
  const rest = t.replace(/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '');
  return `ỦY BAN NHÂN DÂN ${rest.toLocaleUpperCase('vi')}`;
}
