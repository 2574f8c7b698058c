/**
 * The indicators (chỉ tiêu) as data: what each one divides by what, stated beside the figure so the
 * reader knows which of the definitions in use it is (DESIGN.md §3.3; domain-spec §2.4, §3).
 */

export interface Formula {
  numerator: string[];
  /** Subtracted from the numerator ("tổng PAKN − PAKN chậm trễ"). */
  minus?: string[];
  denominator: string[];
  /** How the product writes the definition beside the figure. */
  definition: string;
}

export interface IndicatorDef {
  id: string;
  label: string;
  better: 'higher' | 'lower';
  /** Tried in order; the first whose columns the table has is used. */
  formulas: Formula[];
  /** A column printing the rate itself, used when the counts are not in the sheet. */
  printed?: string;
  /** The printed column means another indicator in a table holding these columns. */
  printedUnless?: string[];
  /** Words that name this indicator in a "Chỉ tiêu | Kết quả | Mục tiêu" list. */
  listWords?: string[];
  listNotWords?: string[];
}

export type OnlineRateBase = 'moi-tiep-nhan' | 'tiep-nhan';

export function indicatorDefs(onlineBase: OnlineRateBase = 'moi-tiep-nhan'): IndicatorDef[] {
  const overNew: Formula = { numerator: ['truc-tuyen'], denominator: ['moi-tiep-nhan'], definition: 'trực tuyến / mới tiếp nhận trong kỳ' };
  const overNewParts: Formula = {
    numerator: ['truc-tuyen'],
    denominator: ['truc-tuyen', 'truc-tiep'],
    definition: 'trực tuyến / (trực tuyến + trực tiếp, bưu chính)',
  };
  const overAll: Formula = { numerator: ['truc-tuyen'], denominator: ['tiep-nhan'], definition: 'trực tuyến / tổng số tiếp nhận' };
  return [
    {
      id: 'ty-le-dung-han',
      label: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
      better: 'higher',
      formulas: [
        { numerator: ['truoc-han', 'dung-han'], denominator: ['da-giai-quyet'], definition: '(trước hạn + đúng hạn) / đã giải quyết' },
        { numerator: ['dung-han'], denominator: ['da-giai-quyet'], definition: 'trả đúng hạn / đã giải quyết' },
      ],
      printed: 'ty-le-dung-han',
      listWords: ['dung han', 'truoc han'],
    },
    {
      id: 'ty-le-qua-han',
      label: 'Tỷ lệ hồ sơ giải quyết quá hạn',
      better: 'lower',
      formulas: [{ numerator: ['qua-han'], denominator: ['da-giai-quyet'], definition: 'quá hạn / đã giải quyết' }],
      listWords: ['qua han', 'tre han'],
    },
    {
      id: 'ty-le-truc-tuyen',
      label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
      better: 'higher',
      formulas: onlineBase === 'tiep-nhan' ? [overAll] : [overNew, overNewParts, overAll],
      printed: 'ty-le-truc-tuyen',
      listWords: ['truc tuyen'],
      listNotWords: ['thanh toan'],
    },
    {
      id: 'ty-le-so-hoa',
      label: 'Tỷ lệ số hóa kết quả giải quyết TTHC',
      better: 'higher',
      formulas: [{ numerator: ['so-hoa-ket-qua'], denominator: ['da-giai-quyet'], definition: 'số hóa kết quả / đã giải quyết' }],
      printed: 'ty-le-so-hoa',
      printedUnless: ['can-so-hoa'],
      listWords: ['so hoa'],
      listNotWords: ['con hieu luc'],
    },
    {
      id: 'ty-le-so-hoa-con-hieu-luc',
      label: 'Tỷ lệ số hóa kết quả còn hiệu lực',
      better: 'higher',
      formulas: [{ numerator: ['da-so-hoa'], denominator: ['can-so-hoa'], definition: 'đã số hóa / cần số hóa' }],
      listWords: ['con hieu luc'],
    },
    {
      id: 'ty-le-thanh-toan-truc-tuyen',
      label: 'Tỷ lệ thanh toán trực tuyến',
      better: 'higher',
      formulas: [],
      printed: 'ty-le-thanh-toan',
      listWords: ['thanh toan'],
    },
    {
      id: 'ty-le-pakn-dung-han',
      label: 'Tỷ lệ PAKN xử lý đúng hạn',
      better: 'higher',
      formulas: [
        { numerator: ['pakn-dung-han'], denominator: ['pakn-tong'], definition: 'PAKN xử lý đúng hạn / tổng PAKN' },
        { numerator: ['pakn-tong'], minus: ['pakn-cham-tre'], denominator: ['pakn-tong'], definition: '(tổng PAKN − PAKN chậm trễ) / tổng PAKN' },
      ],
      listWords: ['pakn', 'phan anh'],
    },
  ];
}
