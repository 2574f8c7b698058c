/**
 * The indicators (chỉ tiêu) as data: what each one divides by what, stated beside the figure so the
 * reader knows which of the definitions in use it is (DESIGN.md §3.3; domain-spec §2.4, §3).
 */
import type { ConceptId } from './concepts';
import type { RateFormula, RateId } from './rates';

/** A rate of ./rates.ts: what it divides by what, and its wording. */
export type Formula = RateFormula;

export interface IndicatorDef {
  id: string;
  label: string;
  /** The name in a narrow list (the pane's Chỉ tiêu table), the rest of `label` understood. */
  short: string;
  better: 'higher' | 'lower';
  /** Tried in order (ids in ./rates.ts); the first whose columns the table has is used. */
  formulas: RateId[];
  /** A column printing the rate itself, used when the counts are not in the sheet. */
  printed?: ConceptId;
  /** The printed column means another indicator in a table holding these columns. */
  printedUnless?: ConceptId[];
  /** Words that name this indicator in a "Chỉ tiêu | Kết quả | Mục tiêu" list. */
  listWords?: string[];
  listNotWords?: string[];
}

export type OnlineRateBase = 'moi-tiep-nhan' | 'tiep-nhan';

export function indicatorDefs(onlineBase: OnlineRateBase = 'moi-tiep-nhan'): IndicatorDef[] {
  return [
    {
      id: 'ty-le-dung-han',
      label: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
      short: 'Đúng hạn',
      better: 'higher',
      // Without a "trước hạn" column, "đúng hạn" already holds the early ones (the older form).
      formulas: ['truoc-dung-han/da-giai-quyet', 'dung-han/da-giai-quyet'],
      printed: 'ty-le-dung-han',
      listWords: ['dung han', 'truoc han'],
    },
    {
      id: 'ty-le-qua-han',
      label: 'Tỷ lệ hồ sơ giải quyết quá hạn',
      short: 'Quá hạn',
      better: 'lower',
      formulas: ['qua-han/da-giai-quyet'],
      listWords: ['qua han', 'tre han'],
    },
    {
      id: 'ty-le-truc-tuyen',
      label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
      short: 'Tiếp nhận trực tuyến',
      better: 'higher',
      formulas:
        onlineBase === 'tiep-nhan'
          ? ['truc-tuyen/tiep-nhan']
          : ['truc-tuyen/moi-tiep-nhan', 'truc-tuyen/moi-tiep-nhan-ba-kenh', 'truc-tuyen/moi-tiep-nhan-cac-phan', 'truc-tuyen/tiep-nhan'],
      printed: 'ty-le-truc-tuyen',
      listWords: ['truc tuyen'],
      listNotWords: ['thanh toan'],
    },
    {
      id: 'ty-le-toan-trinh',
      label: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
      short: 'Trực tuyến toàn trình',
      better: 'higher',
      formulas: onlineBase === 'tiep-nhan' ? ['toan-trinh/tiep-nhan'] : ['toan-trinh/moi-tiep-nhan', 'toan-trinh/tiep-nhan'],
      listWords: ['toan trinh'],
    },
    {
      id: 'ty-le-so-hoa',
      label: 'Tỷ lệ số hóa kết quả giải quyết TTHC',
      short: 'Số hóa kết quả',
      better: 'higher',
      formulas: ['so-hoa/da-giai-quyet'],
      printed: 'ty-le-so-hoa',
      printedUnless: ['can-so-hoa'],
      listWords: ['so hoa'],
      listNotWords: ['con hieu luc'],
    },
    {
      id: 'ty-le-so-hoa-con-hieu-luc',
      label: 'Tỷ lệ số hóa kết quả còn hiệu lực',
      short: 'Số hóa còn hiệu lực',
      better: 'higher',
      formulas: ['da-so-hoa/can-so-hoa'],
      listWords: ['con hieu luc'],
    },
    {
      id: 'ty-le-thanh-toan-truc-tuyen',
      label: 'Tỷ lệ thanh toán trực tuyến',
      short: 'Thanh toán trực tuyến',
      better: 'higher',
      formulas: [],
      printed: 'ty-le-thanh-toan',
      listWords: ['thanh toan'],
    },
    {
      id: 'ty-le-pakn-dung-han',
      label: 'Tỷ lệ PAKN xử lý đúng hạn',
      short: 'PAKN đúng hạn',
      better: 'higher',
      formulas: ['pakn-dung-han/pakn-tong', 'pakn-khong-tre/pakn-tong'],
      listWords: ['pakn', 'phan anh'],
    },
  ];
}
