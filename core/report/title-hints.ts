/**
 * What a sheet's own title says about the report when the workbook has no settings sheet: "UBND XÃ PHÚ HỰU" over
 * the table is the issuing body, and "Từ ngày 15/09/2025 đến ngày 14/10/2025" (as the one-stop software prints its
 * exports) the period; a title that names the period without its days ("THÁNG 10/2025") gives the period, whose days
 * then follow the report kind's rule (15th to 14th, or the calendar month: domain-spec §8.2). Only title rows are read: at the
 * top of a sheet, with at most two cells written and no figure (a table's row naming a unit is not a title).
 */
import { periodType } from '../catalogue/periods';
import type { TitleText } from '../tables/titles';
import { foldKey } from '../text/fold';
import { daysOfText, type NamedPeriod, namedPeriodOfText, periodDays } from './period';

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

export interface PeriodHint {
  /** The days a title states, dd/mm/yyyy. */
  kyTu: string;
  kyDen: string;
  cell: string;
}

/** The days the titles state ("Từ ngày 15/09/2025 đến ngày 14/10/2025"); none when no title does, or two differ. */
export function periodFromTitles(titles: readonly TitleText[]): PeriodHint | undefined {
  const stated = titles.flatMap(({ text, cell }) => {
    const d = daysOfText(text);
    return d ? [{ value: { kyTu: dmy(d.from), kyDen: dmy(d.to) }, cell }] : [];
  });
  const days = agreed(stated, (x, y) => x.kyTu === y.kyTu && x.kyDen === y.kyDen);
  return days && { ...days.value, cell: days.cell };
}

/**
 * The period the titles name ("THÁNG 7 NĂM 2025", "QUÝ I/2024"), the narrowest when they nest ("NĂM 2024" over
 * "Tháng 3 năm 2024"); none when no title names one, or two name periods that do not nest.
 */
export function namedPeriodFromTitles(titles: readonly TitleText[]): { named: NamedPeriod; cell: string } | undefined {
  const named = titles.flatMap(({ text, cell }) => {
    const n = namedPeriodOfText(text);
    return n ? [{ value: n, cell }] : [];
  });
  if (named.length === 0) return undefined;
  const narrowest = named.reduce((a, b) => (monthsOf(b.value) < monthsOf(a.value) ? b : a));
  return named.every((n) => contains(n.value, narrowest.value)) ? { named: narrowest.value, cell: narrowest.cell } : undefined;
}

const dmy = (isoDay: string) => isoDay.split('-').reverse().join('/');
const monthsOf = (p: NamedPeriod) => periodType(p.type).months;

/** Whether the calendar months of `outer` hold those of `inner` (a year holds its months, a quarter its three). */
function contains(outer: NamedPeriod, inner: NamedPeriod): boolean {
  if (outer.year !== inner.year) return false;
  const months = (p: NamedPeriod) => {
    const d = periodDays(p, 'lich');
    return [Number(d.from.slice(5, 7)), Number(d.to.slice(5, 7))] as const;
  };
  const [o0, o1] = months(outer);
  const [i0, i1] = months(inner);
  return o0 <= i0 && i1 <= o1;
}

/** "UBND xã Phú Hựu" → "ỦY BAN NHÂN DÂN XÃ PHÚ HỰU"; undefined when the text names no body. */
export function agencyOf(text: string): string | undefined {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!AGENCY.test(foldKey(t))) return undefined;
  // The words after "UBND" / "Ủy ban nhân dân" as written, in capitals.
  const rest = t.replace(/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '');
  return `ỦY BAN NHÂN DÂN ${rest.toLocaleUpperCase('vi')}`;
}
