/**
 * The report's file name, from its kind, period and unit: "Bao-cao-CCHC-thang-03-2024-UBND-huyen-Lap-Vo.docx".
 * ASCII only, so that it survives every mail client and file system an office uses.
 */
import type { ReportSettings } from './settings';

/** What the period is called in the name, by report kind. */
const PERIOD_WORD: Record<string, 'thang' | 'nam' | 'ky'> = {
  'thang-644': 'thang',
  'thang-644-ngan': 'thang',
  'bo-chi-so': 'thang',
  'cchc-nam': 'nam',
};

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** "Ủy ban nhân dân huyện Lấp Vò" → "UBND-huyen-Lap-Vo". */
export function unitSlug(name: string): string {
  return ascii(name.replace(/^(Ủy|Uỷ) ban nhân dân\b/iu, 'UBND'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `draft`: the report carries the draft mark, and its name says so ("…-DU-THAO.docx"), never the final's name. */
export function reportFileName(kind: string, settings: ReportSettings, draft = false): string {
  const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(settings.kyDen || settings.ngay);
  const word = PERIOD_WORD[kind];
  const period = !m
    ? ''
    : word === 'nam'
      ? `nam-${m[3]}`
      : word === 'thang'
        ? `thang-${m[2]!.padStart(2, '0')}-${m[3]}`
        : `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const head = kind === 'cong-van' ? 'Cong-van' : 'Bao-cao-CCHC';
  return `${[head, period, unitSlug(settings.tenDonVi || settings.coQuanBanHanh), draft ? 'DU-THAO' : ''].filter(Boolean).join('-')}.docx`;
}
