/**
 * The period a report covers, read from what the office wrote: its own dates (the settings), else a title that states
 * the days ("Từ ngày 15/09/2025 đến ngày 14/10/2025"), else one that names the period ("THÁNG 7 NĂM 2025", "QUÝ
 * I/2024", "6 tháng đầu năm 2025", "Năm 2020"), whose days then follow the report kind's rule (core/catalogue/periods.ts),
 * said as an assumption. Every sentence names the period as what it is: "quý I năm 2024", "Trong quý", "Năm 2020".
 */
import { type DayRule, PERIOD_TYPES, type PeriodType, periodType, ROMAN } from '../catalogue/periods';
import { foldKey } from '../text/fold';

/** A period by its words: the type, its year and, for a month or a quarter, which one. */
export interface NamedPeriod {
  type: PeriodType;
  year: number;
  /** thang: the month, 1–12; quy: the quarter, 1–4. */
  index?: number;
}

/** The period of a report: named when its days make a month, a quarter, …; else a span of days ('khoang'). */
export interface ReportPeriod {
  type: PeriodType | 'khoang';
  year: number;
  index?: number;
  /** ISO days, when known. */
  from?: string;
  to?: string;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last month of a named period. */
function lastMonth(p: NamedPeriod): number {
  if (p.type === 'thang') return p.index ?? 12;
  if (p.type === 'quy') return (p.index ?? 4) * 3;
  return periodType(p.type).months;
}

/** The days of a named period under a rule: "tháng 7 năm 2025" is 15/6–14/7 (dinh-ky) or 01/7–31/7 (lich). */
export function periodDays(p: NamedPeriod, rule: DayRule): { from: string; to: string } {
  const end = lastMonth(p);
  const first = end - periodType(p.type).months + 1;
  if (rule === 'lich') return { from: iso(p.year, first, 1), to: iso(p.year, end, lastDay(p.year, end)) };
  const before = first === 1 ? { y: p.year - 1, m: 12 } : { y: p.year, m: first - 1 };
  return { from: iso(before.y, before.m, 15), to: iso(p.year, end, 14) };
}

/**
 * What a span of days is: a month when it runs from mid-month to mid-month (15/02–12/3/2024 is tháng 3) or over one
 * calendar month, a quarter, the first 6 or 9 months, a year when it spans those; else a span ('khoang').
 */
export function periodOfDays(from: string, to: string): ReportPeriod {
  const [sy, sm, sd] = from.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = to.split('-').map(Number) as [number, number, number];
  const span: ReportPeriod = { type: 'khoang', year: ey, from, to };
  if (to < from) return span;
  const calendar = sd <= 5 && ed >= 25;
  const midMonth = sd >= 10 && sd <= 20 && ed >= 8 && ed <= 20;
  if (!calendar && !midMonth) return span;
  // The first month the period is named by: a period starting mid-month is named by the months that follow.
  const firstAbs = sy * 12 + (sm - 1) + (midMonth ? 1 : 0);
  const n = ey * 12 + (em - 1) - firstAbs + 1;
  const firstYear = Math.floor(firstAbs / 12);
  if (n === 1) return { type: 'thang', year: ey, index: em, from, to };
  if (firstYear !== ey) return span;
  if (n === 3 && em % 3 === 0) return { type: 'quy', year: ey, index: em / 3, from, to };
  if (n === 6 && em === 6) return { type: '6-thang', year: ey, from, to };
  if (n === 9 && em === 9) return { type: '9-thang', year: ey, from, to };
  if (n === 12 && em === 12) return { type: 'nam', year: ey, from, to };
  return span;
}

/**
 * Whether a named period is what stated days are called: they end within it (from its 15th cut-off to its last
 * calendar day) and start at most a month before it. Lâm Đồng's "quý I/2020" ran 01/12/2019–29/02/2020.
 */
export function namesDays(named: NamedPeriod, from: string, to: string): boolean {
  const cutOff = periodDays(named, 'dinh-ky');
  const calendar = periodDays(named, 'lich');
  const monthBefore = new Date(`${cutOff.from}T00:00:00Z`);
  monthBefore.setUTCDate(monthBefore.getUTCDate() - 31);
  return to >= cutOff.from && to <= calendar.to && from >= monthBefore.toISOString().slice(0, 10) && from <= to;
}

const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const YEAR = '((?:19|20)\\d{2})';
// On folded text ("QUÝ I/2024" is "quy i 2024", "THÁNG 07-2025" is "thang 07 2025").
const MONTH_WORDS = new RegExp(`(?:^| )thang (\\d{1,2}) (?:nam )?${YEAR}(?: |$)`);
const QUARTER_WORDS = new RegExp(`(?:^| )quy (iv|i{1,3}|[1-4]) (?:nam )?${YEAR}(?: |$)`);
const SIX_WORDS = new RegExp(`(?:^| )(?:6|sau) thang (?:dau )?(?:nam )?${YEAR}(?: |$)`);
const NINE_WORDS = new RegExp(`(?:^| )(?:9|chin) thang (?:dau )?(?:nam )?${YEAR}(?: |$)`);
const YEAR_WORDS = new RegExp(`(?:^| )nam ${YEAR}(?: |$)`);

/** "Từ ngày 15/09/2025 đến ngày 14/10/2025", "(từ 15/9/2025 - 14/10/2025)": the days, on NFC text. */
const RANGE = /từ\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;

/** The days a text states ("từ ngày … đến ngày …"), real days, the first not after the last. */
export function daysOfText(text: string): { from: string; to: string } | undefined {
  const m = RANGE.exec(text.normalize('NFC'));
  if (!m) return undefined;
  const day = (d: string, mo: string, y: string) => {
    const dd = Number(d);
    const mm = Number(mo);
    const yy = Number(y);
    return mm >= 1 && mm <= 12 && dd >= 1 && dd <= lastDay(yy, mm) ? iso(yy, mm, dd) : undefined;
  };
  const from = day(m[1]!, m[2]!, m[3]!);
  const to = day(m[4]!, m[5]!, m[6]!);
  return from && to && from <= to ? { from, to } : undefined;
}

/** The period a text names by its words; the narrowest when it names several ("Quý I năm 2024" is no year). */
export function namedPeriodOfText(text: string): NamedPeriod | undefined {
  const k = foldKey(text);
  let m = MONTH_WORDS.exec(k);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { type: 'thang', year: Number(m[2]), index: month } : undefined;
  }
  m = QUARTER_WORDS.exec(k);
  if (m) return { type: 'quy', year: Number(m[2]), index: QUARTER[m[1]!]! };
  m = SIX_WORDS.exec(k);
  if (m) return { type: '6-thang', year: Number(m[1]) };
  m = NINE_WORDS.exec(k);
  if (m) return { type: '9-thang', year: Number(m[1]) };
  m = YEAR_WORDS.exec(k);
  if (m) return { type: 'nam', year: Number(m[1]) };
  return undefined;
}

const shortDay = (isoDay: string) => {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
};

/** The month as dates and titles write it: 01 and 02 with their zero (NĐ 30, Phụ lục I §II.4). */
export const monthWord = (m: number) => (m <= 2 ? String(m).padStart(2, '0') : String(m));

/** "tháng 7 năm 2025", "quý I năm 2024", "6 tháng đầu năm 2025", "năm 2020", "từ ngày 15/02/2024 đến ngày 12/3/2024". */
export function periodName(p: ReportPeriod): string {
  switch (p.type) {
    case 'thang':
      return `tháng ${monthWord(p.index!)} năm ${p.year}`;
    case 'quy':
      return `quý ${ROMAN[p.index! - 1]} năm ${p.year}`;
    case 'khoang':
      return p.from && p.to ? `từ ngày ${shortDay(p.from)} đến ngày ${shortDay(p.to)}` : `năm ${p.year}`;
    default:
      return `${periodType(p.type).loai} ${p.year}`;
  }
}

/** The word after "trong": "tháng", "quý", "6 tháng đầu năm", "năm", "kỳ". */
export function periodWord(type: ReportPeriod['type']): string {
  return type === 'khoang' ? 'kỳ' : periodType(type).loai;
}

export { PERIOD_TYPES };
