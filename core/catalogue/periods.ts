/**
 * The periods a report covers, as data: what each is called in a sentence, and which days it spans under each rule
 * (domain-spec §7.1.3 and §8.2). Periodic reports under NĐ 09/2019/NĐ-CP and the Bộ Nội vụ CCHC regime cut on the
 * 15th: a month runs from the 15th of the month before to the 14th, quý I from 15/12 to 14/3, a year from 15/12 to
 * 14/12 [V]. The national portal's Bộ chỉ số scores and the vendors' exports use calendar months [V-weak]. Which rule
 * a report kind follows is in core/catalogue/report-kinds.ts; an office's own dates (its settings) always win.
 */

/** A period named by its words: a month, a quarter, the first 6 or 9 months of a year, a year. */
export type PeriodType = 'thang' | 'quy' | '6-thang' | '9-thang' | 'nam';

/** How a period's days are counted: from the 15th to the 14th (periodic reports), or calendar months. */
export type DayRule = 'dinh-ky' | 'lich';

export interface PeriodTypeInfo {
  id: PeriodType;
  /** How many months it spans. */
  months: number;
  /** The word after "trong" and "Trong": "trong quý", "Trong 6 tháng đầu năm". */
  loai: string;
  /** "quý" for a blank "quý … năm …": the words of the period before its figures are known. */
  blank: string;
}

export const PERIOD_TYPES: readonly PeriodTypeInfo[] = [
  { id: 'thang', months: 1, loai: 'tháng', blank: 'tháng … năm …' },
  { id: 'quy', months: 3, loai: 'quý', blank: 'quý … năm …' },
  { id: '6-thang', months: 6, loai: '6 tháng đầu năm', blank: '6 tháng đầu năm …' },
  { id: '9-thang', months: 9, loai: '9 tháng đầu năm', blank: '9 tháng đầu năm …' },
  { id: 'nam', months: 12, loai: 'năm', blank: 'năm …' },
];

export const DAY_RULES: Record<DayRule, string> = {
  'dinh-ky': 'từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ (chế độ báo cáo định kỳ, Nghị định số 09/2019/NĐ-CP)',
  lich: 'theo tháng dương lịch, từ ngày đầu đến ngày cuối tháng (như Cổng Dịch vụ công quốc gia tính Bộ chỉ số)',
};

export const periodType = (id: PeriodType): PeriodTypeInfo => PERIOD_TYPES.find((p) => p.id === id)!;

export const ROMAN = ['I', 'II', 'III', 'IV'] as const;
