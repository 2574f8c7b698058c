/**
 * Every rate the product computes or checks, catalogued once: what it divides by what, and how it is worded
 * beside a figure. The forms' printed-rate checks, the indicators and the Bộ chỉ số 766 estimate refer to these
 * by id (DESIGN §3.3: a rate has more than one definition in use, and each is stated).
 */
import type { ConceptId } from './concepts';

export interface RateFormula {
  numerator: readonly ConceptId[];
  /** Subtracted from the numerator ("tổng PAKN − PAKN chậm trễ"). */
  minus?: readonly ConceptId[];
  denominator: readonly ConceptId[];
  /** How the definition is written beside the figure. */
  wording: string;
}

const over = (numerator: ConceptId[], what: string): Record<'resolved' | 'received' | 'due', RateFormula> => ({
  resolved: { numerator, denominator: ['da-giai-quyet'], wording: `${what} / đã giải quyết` },
  received: { numerator, denominator: ['tiep-nhan'], wording: `${what} / tổng số tiếp nhận` },
  due: { numerator, denominator: ['da-giai-quyet', 'dang-qua-han'], wording: `${what} / (đã giải quyết + đang giải quyết quá hạn)` },
});

const EARLY_ON_TIME = over(['truoc-han', 'dung-han'], '(trước hạn + đúng hạn)');
const EARLY = over(['truoc-han'], 'trước hạn');
const ON_TIME = over(['dung-han'], 'trả đúng hạn');
const LATE = over(['qua-han'], 'quá hạn');

export const RATES = {
  'truoc-dung-han/da-giai-quyet': EARLY_ON_TIME.resolved,
  'truoc-dung-han/tiep-nhan': EARLY_ON_TIME.received,
  'truoc-dung-han/den-han': EARLY_ON_TIME.due,
  'truoc-han/da-giai-quyet': EARLY.resolved,
  'truoc-han/tiep-nhan': EARLY.received,
  'truoc-han/den-han': EARLY.due,
  'dung-han/da-giai-quyet': ON_TIME.resolved,
  'dung-han/tiep-nhan': ON_TIME.received,
  'dung-han/den-han': ON_TIME.due,
  'qua-han/da-giai-quyet': LATE.resolved,
  'qua-han/tiep-nhan': LATE.received,
  'qua-han/den-han': LATE.due,
  'truc-tuyen/moi-tiep-nhan': { numerator: ['truc-tuyen'], denominator: ['moi-tiep-nhan'], wording: 'trực tuyến / mới tiếp nhận trong kỳ' },
  'truc-tuyen/moi-tiep-nhan-ba-kenh': {
    numerator: ['truc-tuyen'],
    denominator: ['truc-tuyen', 'truc-tiep', 'buu-chinh'],
    wording: 'trực tuyến / (trực tuyến + trực tiếp + bưu chính)',
  },
  'truc-tuyen/moi-tiep-nhan-cac-phan': {
    numerator: ['truc-tuyen'],
    denominator: ['truc-tuyen', 'truc-tiep'],
    wording: 'trực tuyến / (trực tuyến + trực tiếp, bưu chính)',
  },
  'truc-tuyen/tiep-nhan': { numerator: ['truc-tuyen'], denominator: ['tiep-nhan'], wording: 'trực tuyến / tổng số tiếp nhận' },
  'toan-trinh/moi-tiep-nhan': { numerator: ['toan-trinh'], denominator: ['moi-tiep-nhan'], wording: 'trực tuyến toàn trình / mới tiếp nhận trong kỳ' },
  'toan-trinh/tiep-nhan': { numerator: ['toan-trinh'], denominator: ['tiep-nhan'], wording: 'trực tuyến toàn trình / tổng số tiếp nhận' },
  'so-hoa/da-giai-quyet': { numerator: ['so-hoa-ket-qua'], denominator: ['da-giai-quyet'], wording: 'số hóa kết quả / đã giải quyết' },
  'da-so-hoa/can-so-hoa': { numerator: ['da-so-hoa'], denominator: ['can-so-hoa'], wording: 'đã số hóa / cần số hóa' },
  'pakn-dung-han/pakn-tong': { numerator: ['pakn-dung-han'], denominator: ['pakn-tong'], wording: 'PAKN xử lý đúng hạn / tổng PAKN' },
  'pakn-khong-tre/pakn-tong': {
    numerator: ['pakn-tong'],
    minus: ['pakn-cham-tre'],
    denominator: ['pakn-tong'],
    wording: '(tổng PAKN − PAKN chậm trễ) / tổng PAKN',
  },
  // QĐ 766 criterion 2.1 counts dossiers still within their deadline as on time (domain-spec §3.2).
  'dung-han-va-trong-han/tiep-nhan': {
    numerator: ['truoc-han', 'dung-han', 'trong-han'],
    denominator: ['tiep-nhan'],
    wording: '(trước hạn + đúng hạn + đang giải quyết trong hạn) / tổng số tiếp nhận',
  },
} as const satisfies Record<string, RateFormula>;

export type RateId = keyof typeof RATES;
