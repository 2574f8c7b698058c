/**
 * The forms the product knows, as data: what each column means (matched on header text, never on
 * position), and the identities, bounds and rates that hold between those columns.
 * Sources: DESIGN.md §3.1, reference/domain-spec.md §2 (Biểu 06 / TT 01/2020 and the older shape).
 */
import type { ConceptId } from './concepts';
import type { RateId } from './rates';

export type FormId = 'tthc' | 'so-hoa' | 'pakn' | 'cntt' | 'chi-tieu' | 'diem';

/**
 * What a column holds: counts (whole, ≥ 0, they add up), rates, a "Kết quả" that is either, points (decimals up to a
 * maximum: the Bộ chỉ số), comparisons between periods ("So sánh (%)", "Tăng/giảm": signed, never a count), words.
 */
export type ColumnKind = 'count' | 'rate' | 'value' | 'points' | 'comparison' | 'label' | 'ordinal' | 'note';

/** A column of figures (the others are words). */
export const isFigureKind = (k: ColumnKind | undefined): boolean => k === 'count' || k === 'rate' || k === 'value' || k === 'points' || k === 'comparison';

/** A group of columns in the TTHC table; used to place a flat "Quá hạn" header under its group. */
export type ConceptGroup = 'nhan' | 'da' | 'dang';

export interface Concept {
  id: ConceptId;
  /** Vietnamese name, as the reports write it; used in messages. */
  label: string;
  kind: ColumnKind;
  group?: ConceptGroup;
  /** The rate this count column becomes when its cells hold percentages ("DVC trực tuyến: 88,05%"). */
  asRate?: string;
  /**
   * A stock, not a flow: over several periods it does not add up. "first": the first period's (carried over
   * from before); "last": the last period's (still pending at the end); "none": neither (a total received is
   * the first period's carried-over plus every period's new dossiers). DESIGN §3.3.
   */
  stock?: 'first' | 'last' | 'none';
  /** A count that is these counts together, when the table has it in place of them (early and on time in one column). */
  combines?: readonly ConceptId[];
  /** Points: the most this figure can hold (QĐ 766 groups, domain-spec §3.1 [likely]). */
  max?: number;
  /** Points: the maximum when the table has no column of this other concept (the online group with payment inside). */
  maxWithout?: { concept: ConceptId; max: number };
  /** Several columns may carry it (comparisons): none is a duplicate of another. */
  many?: true;
  /**
   * Error localisation's weight (checks/localise.ts): the cost of supposing this figure wrong, 10 when not given.
   * Where several ways of the same size mend a table, the cheapest is kept.
   */
  weight?: number;
}

/**
 * The dossiers received are counted by the one-stop software at the door; the split into resolved and pending is
 * where dossiers go missing, those waiting for supplements or returned and withdrawn being counted apart (DESIGN
 * §3.3b, domain-spec §7.2.1: tổng số ≈ đã xử lý + đang xử lý + bổ sung + trả lại). When received ≠ resolved + pending
 * and either side could be mended alike, the slip is sought on the resolved and pending side.
 */
const RECEIVED_WEIGHT = 11;

/**
 * One way of recognising a column. Phrases are matched as whole words on folded text
 * (case-, accent- and Unicode-form-insensitive). A rule applies when:
 * - some phrase of `leaf` occurs in the column's lowest header text (when given), and
 * - some phrase of `path` occurs in the column's whole header path (when given), and
 * - some phrase of `andPath` occurs in the path too (when given: a second condition on the path), and
 * - no phrase of `notPath` occurs in the path, and
 * - for `after`, the nearest grouped column to its left belongs to that group (flat headers).
 * Rules are tried in order; the first that applies wins.
 */
export interface ColumnRule {
  concept: ConceptId;
  leaf?: string[];
  path?: string[];
  andPath?: string[];
  notPath?: string[];
  after?: ConceptGroup;
  /** Only for a column with no heading above its leaf (a lone "Tổng số" is the table's total; under a heading, not). */
  topLevel?: true;
}

/** total = Σ parts (all of `parts` must be mapped; `optionalParts` join when mapped). */
export interface IdentityDef {
  rule: string;
  total: ConceptId;
  parts: ConceptId[];
  optionalParts?: ConceptId[];
  /** Applies only when none of these columns is mapped (the other shape of the form). */
  unless?: ConceptId[];
  severity?: 'error' | 'warning';
}

/** small ≤ big. */
export interface BoundDef {
  rule: string;
  small: ConceptId;
  big: ConceptId;
}

/** A printed rate column and the definitions in use that recompute it from counts. */
/** A printed rate column and the definitions in use (./rates.ts) that may recompute it, the usual one first. */
export interface RateDef {
  concept: ConceptId;
  definitions: RateId[];
}

export interface FormDef {
  id: FormId;
  label: string;
  /** What one count is, for messages ("hồ sơ", "PAKN"). */
  unit: string;
  concepts: Concept[];
  rules: ColumnRule[];
  identities: IdentityDef[];
  bounds: BoundDef[];
  rates: RateDef[];
  /** Header words that mean the table is of another form (keeps a PAKN table from reading as TTHC). */
  notHeader?: string[];
  /** Header words one of which must appear in the table's header for this form to apply. */
  needsHeader?: string[];
}

const LABEL_WORDS = [
  'linh vuc',
  'cap',
  'don vi',
  'co quan',
  'noi dung',
  'chi tieu',
  'kenh tiep nhan',
  'ten',
  'thang',
  'ky bao cao',
  'thoi gian',
  'thoi ky',
  'giai doan',
  'dia ban',
  'xa',
  'phuong',
  'huyen',
  'bo phan',
  'nam',
  'muc do',
];
const COMMON_CONCEPTS: Concept[] = [
  { id: 'stt', label: 'STT', kind: 'ordinal' },
  { id: 'ten', label: 'Tên dòng', kind: 'label' },
  { id: 'ghi-chu', label: 'Ghi chú', kind: 'note' },
];
const COMMON_RULES: ColumnRule[] = [
  { concept: 'stt', leaf: ['stt', 'tt', 'so tt', 'so thu tu'] },
  { concept: 'ghi-chu', leaf: ['ghi chu'] },
];
/** Columns comparing with another period ("So sánh (%)", "Tăng/giảm", "Cùng kỳ năm trước"): never counts of this one. */
const COMPARISON = ['so sanh', 'tang giam', 'tang hoac giam', 'cung ky', 'so voi ky truoc', 'so voi thang truoc', 'so voi cung ky', 'chenh lech'];
const LATE = ['qua han', 'tre han', 'tre hen', 'qua hen', 'qua thoi han', 'tre thoi han', 'cham han', 'cham hen'];
const EARLY = ['truoc han', 'som han', 'truoc hen', 'som hen', 'truoc thoi han'];
const ON_TIME = ['dung han', 'dung hen', 'dung thoi han'];
/**
 * One column for early and on time together ("Trước hạn và đúng hạn", "Trả trước và đúng hạn", "Đúng và trước hạn",
 * "Đúng hạn (kể cả trước hạn)"; seen in Lâm Đồng, Vĩnh Phúc, Bến Tre, Bình Dương reports): not early alone.
 */
const EARLY_AND_ON_TIME = [
  'truoc va dung han',
  'truoc han va dung han',
  'truoc han dung han',
  'dung va truoc han',
  'dung han va truoc han',
  'som va dung han',
  'som han va dung han',
  'dung han va som han',
  'dung va som han',
  'ke ca truoc han',
  'ke ca som han',
  'truoc va dung hen',
  'dung va truoc hen',
  'truoc hen va dung hen',
];
/** Group headers of the resolved and the pending dossiers, as forms, offices and vendors word them. */
const RESOLVED = ['da giai quyet', 'giai quyet xong', 'da xu ly', 'da co ket qua', 'da tra ket qua'];
const PENDING = ['dang giai quyet', 'dang xu ly', 'chua xu ly', 'chua giai quyet'];
/** The count under a group header that also has its rate ("Trước hạn › Tổng | %"). */
const SUB_COUNT = ['tong', 'tong so', 'so luong', 'sl', 'so ho so'];
const LABEL_RULE: ColumnRule = { concept: 'ten', leaf: LABEL_WORDS };

/** Over resolved (the usual), over received, over the dossiers whose deadline has come. */
const overBases = (what: 'truoc-dung-han' | 'truoc-han' | 'dung-han' | 'qua-han'): RateId[] => [
  `${what}/da-giai-quyet`,
  `${what}/tiep-nhan`,
  `${what}/den-han`,
];

const TTHC: FormDef = {
  id: 'tthc',
  label: 'Tình hình, kết quả giải quyết TTHC',
  unit: 'hồ sơ',
  notHeader: ['pakn', 'phan anh', 'kien nghi', 'van ban di', 'can so hoa'],
  concepts: [
    ...COMMON_CONCEPTS,
    { id: 'tiep-nhan', label: 'Tổng số hồ sơ tiếp nhận', kind: 'count', group: 'nhan', stock: 'none', weight: RECEIVED_WEIGHT },
    { id: 'ky-truoc', label: 'Số từ kỳ trước chuyển qua', kind: 'count', group: 'nhan', stock: 'first', weight: RECEIVED_WEIGHT },
    { id: 'moi-tiep-nhan', label: 'Số mới tiếp nhận trong kỳ', kind: 'count', group: 'nhan', weight: RECEIVED_WEIGHT },
    { id: 'truc-tuyen', label: 'Số tiếp nhận trực tuyến', kind: 'count', group: 'nhan', asRate: 'ty-le-truc-tuyen', weight: RECEIVED_WEIGHT },
    // "Online" is two things (DESIGN §3.3): submitted online, of which some are handled fully online (toàn trình).
    { id: 'toan-trinh', label: 'Số tiếp nhận trực tuyến toàn trình', kind: 'count', group: 'nhan', weight: RECEIVED_WEIGHT },
    { id: 'mot-phan', label: 'Số tiếp nhận trực tuyến một phần', kind: 'count', group: 'nhan', weight: RECEIVED_WEIGHT },
    { id: 'truc-tiep', label: 'Số tiếp nhận trực tiếp', kind: 'count', group: 'nhan', weight: RECEIVED_WEIGHT },
    // Counted apart by some offices ("Tiếp nhận qua bưu chính" beside "Tiếp nhận trực tiếp"): a third channel.
    { id: 'buu-chinh', label: 'Số tiếp nhận qua dịch vụ bưu chính công ích', kind: 'count', group: 'nhan', weight: RECEIVED_WEIGHT },
    { id: 'da-giai-quyet', label: 'Số hồ sơ đã giải quyết', kind: 'count', group: 'da' },
    { id: 'truoc-han', label: 'Số giải quyết trước hạn', kind: 'count', group: 'da' },
    { id: 'truoc-dung-han', label: 'Số giải quyết trước hạn và đúng hạn', kind: 'count', group: 'da', combines: ['truoc-han', 'dung-han'] },
    { id: 'dung-han', label: 'Số giải quyết đúng hạn', kind: 'count', group: 'da', asRate: 'ty-le-dung-han' },
    { id: 'qua-han', label: 'Số giải quyết quá hạn', kind: 'count', group: 'da' },
    { id: 'dang-giai-quyet', label: 'Số hồ sơ đang giải quyết', kind: 'count', group: 'dang', stock: 'last' },
    { id: 'trong-han', label: 'Số đang giải quyết trong hạn', kind: 'count', group: 'dang', stock: 'last' },
    { id: 'dang-qua-han', label: 'Số đang giải quyết quá hạn', kind: 'count', group: 'dang', stock: 'last' },
    { id: 'so-hoa-ket-qua', label: 'Số hồ sơ số hóa kết quả giải quyết', kind: 'count', asRate: 'ty-le-so-hoa' },
    { id: 'so-hoa-thanh-phan', label: 'Số hồ sơ số hóa thành phần hồ sơ', kind: 'count' },
    // The one-stop software's exports count these apart from resolved and pending (DESIGN §3.3b).
    { id: 'bo-sung', label: 'Số hồ sơ chờ bổ sung', kind: 'count' },
    { id: 'tra-lai', label: 'Số hồ sơ trả lại, rút hồ sơ', kind: 'count' },
    { id: 'ty-le-dung-han', label: 'Tỷ lệ giải quyết trước hạn và đúng hạn', kind: 'rate' },
    { id: 'ty-le-truoc-han', label: 'Tỷ lệ giải quyết trước hạn', kind: 'rate' },
    { id: 'ty-le-dung-han-rieng', label: 'Tỷ lệ giải quyết đúng hạn', kind: 'rate' },
    { id: 'ty-le-qua-han', label: 'Tỷ lệ giải quyết quá hạn', kind: 'rate' },
    { id: 'ty-le-so-hoa', label: 'Tỷ lệ số hóa kết quả giải quyết', kind: 'rate' },
    { id: 'ty-le-truc-tuyen', label: 'Tỷ lệ hồ sơ trực tuyến', kind: 'rate' },
    { id: 'ty-le-thanh-toan', label: 'Tỷ lệ thanh toán trực tuyến', kind: 'rate' },
    { id: 'so-sanh', label: 'So sánh với kỳ khác', kind: 'comparison', many: true },
  ],
  rules: [
    ...COMMON_RULES,
    // Comparisons between periods first: "Tỷ lệ so với cùng kỳ" is not a rate of this period.
    { concept: 'so-sanh', path: COMPARISON },
    // Rates first: "Tỷ lệ DVC trực tuyến" must not read as the online count.
    { concept: 'ty-le-so-hoa', leaf: ['ty le'], path: ['so hoa'] },
    { concept: 'ty-le-thanh-toan', leaf: ['ty le'], path: ['thanh toan'] },
    { concept: 'ty-le-truc-tuyen', leaf: ['ty le'], path: ['truc tuyen'] },
    { concept: 'ty-le-qua-han', leaf: ['ty le'], path: LATE },
    // "Tỷ lệ trước hạn, đúng hạn" is both; "Tỷ lệ trước hạn" early only; "Tỷ lệ đúng hạn" on time only.
    { concept: 'ty-le-dung-han', leaf: ['ty le'], path: EARLY_AND_ON_TIME },
    { concept: 'ty-le-dung-han', leaf: ['ty le'], path: EARLY, andPath: ON_TIME },
    { concept: 'ty-le-truoc-han', leaf: ['ty le'], path: EARLY },
    { concept: 'ty-le-dung-han-rieng', leaf: ['ty le'], path: ON_TIME },
    { concept: 'truoc-dung-han', leaf: SUB_COUNT, path: EARLY_AND_ON_TIME },
    { concept: 'truoc-han', leaf: SUB_COUNT, path: EARLY },
    { concept: 'dung-han', leaf: SUB_COUNT, path: ON_TIME },
    { concept: 'dang-qua-han', leaf: SUB_COUNT, path: LATE, andPath: PENDING },
    { concept: 'qua-han', leaf: SUB_COUNT, path: LATE },
    { concept: 'bo-sung', leaf: ['bo sung', 'cho bo sung'] },
    { concept: 'tra-lai', leaf: ['tra lai', 'rut ho so', 'rut hs', 'xin rut'] },
    { concept: 'so-hoa-thanh-phan', leaf: ['thanh phan'], path: ['so hoa'] },
    { concept: 'so-hoa-ket-qua', leaf: ['so hoa'] },
    LABEL_RULE,
    // Group totals: "Tổng số" under its group header (Biểu 06 and the older appendix).
    { concept: 'da-giai-quyet', leaf: ['tong so', 'tong', 'cong'], path: RESOLVED },
    { concept: 'dang-giai-quyet', leaf: ['tong so', 'tong', 'cong'], path: PENDING },
    { concept: 'tiep-nhan', leaf: ['tong so', 'tong', 'cong'], path: ['nhan giai quyet', 'tiep nhan', 'ho so nhan'] },
    { concept: 'ky-truoc', leaf: ['ky truoc', 'ton ky truoc', 'chuyen sang', 'ton dong'] },
    // "Trực tiếp, bưu chính" in one column is the direct channel; "bưu chính" alone is the postal one.
    { concept: 'truc-tiep', leaf: ['truc tiep'] },
    { concept: 'buu-chinh', leaf: ['buu chinh', 'bcci'] },
    { concept: 'toan-trinh', leaf: ['toan trinh'] },
    { concept: 'mot-phan', leaf: ['mot phan'] },
    { concept: 'truc-tuyen', leaf: ['truc tuyen', 'qua mang'] },
    { concept: 'moi-tiep-nhan', leaf: ['moi tiep nhan', 'trong ky', 'tiep nhan moi', 'moi nhan'] },
    { concept: 'truoc-dung-han', leaf: EARLY_AND_ON_TIME },
    { concept: 'truoc-han', leaf: EARLY },
    { concept: 'dung-han', leaf: ON_TIME },
    { concept: 'trong-han', leaf: ['trong han', 'chua den han', 'chua toi han', 'chua toi hen', 'chua den hen'] },
    { concept: 'qua-han', leaf: LATE, path: RESOLVED },
    { concept: 'dang-qua-han', leaf: LATE, path: PENDING },
    { concept: 'dang-qua-han', leaf: ['qua han', 'qua hen', 'qua thoi han'], after: 'dang' },
    { concept: 'qua-han', leaf: LATE },
    // Bare group headers on a flat, one-row header ("Tiếp nhận", "Đã giải quyết", "Đang giải quyết").
    { concept: 'da-giai-quyet', leaf: RESOLVED },
    { concept: 'dang-giai-quyet', leaf: PENDING },
    { concept: 'tiep-nhan', leaf: ['tiep nhan', 'nhan giai quyet', 'tong so ho so'] },
    // A lone "Tổng số" left over on a flat header is the dossiers handled in the period (under a heading, the heading's).
    { concept: 'tiep-nhan', leaf: ['tong so', 'tong cong', 'tong'], topLevel: true },
  ],
  identities: [
    { rule: 'tong-tiep-nhan', total: 'tiep-nhan', parts: ['ky-truoc', 'moi-tiep-nhan'] },
    {
      rule: 'tong-tiep-nhan',
      total: 'tiep-nhan',
      parts: ['truc-tuyen', 'truc-tiep', 'ky-truoc'],
      optionalParts: ['buu-chinh'],
      unless: ['moi-tiep-nhan'],
    },
    { rule: 'tong-moi-tiep-nhan', total: 'moi-tiep-nhan', parts: ['truc-tuyen', 'truc-tiep'], optionalParts: ['buu-chinh'] },
    // No "kỳ trước" column: the channels should add up to what was received, unless the total also holds dossiers
    // carried over, which the table does not show. A warning, not an error.
    {
      rule: 'tong-tiep-nhan',
      total: 'tiep-nhan',
      parts: ['truc-tuyen', 'truc-tiep'],
      optionalParts: ['buu-chinh'],
      unless: ['moi-tiep-nhan', 'ky-truoc'],
      severity: 'warning',
    },
    { rule: 'tong-truc-tuyen', total: 'truc-tuyen', parts: ['toan-trinh', 'mot-phan'] },
    { rule: 'tong-da-giai-quyet', total: 'da-giai-quyet', parts: ['dung-han', 'qua-han'], optionalParts: ['truoc-han'] },
    { rule: 'tong-da-giai-quyet', total: 'da-giai-quyet', parts: ['truoc-dung-han', 'qua-han'], unless: ['dung-han'] },
    { rule: 'tong-truoc-dung-han', total: 'truoc-dung-han', parts: ['truoc-han', 'dung-han'] },
    { rule: 'tong-dang-giai-quyet', total: 'dang-giai-quyet', parts: ['trong-han', 'dang-qua-han'] },
    // Where the export counts them apart: tiếp nhận = đã giải quyết + đang giải quyết + bổ sung + trả lại.
    { rule: 'can-doi-tiep-nhan', total: 'tiep-nhan', parts: ['da-giai-quyet', 'dang-giai-quyet'], optionalParts: ['bo-sung', 'tra-lai'] },
  ],
  bounds: [
    { rule: 'truc-tuyen-vuot-moi', small: 'truc-tuyen', big: 'moi-tiep-nhan' },
    { rule: 'so-hoa-vuot-da-giai-quyet', small: 'so-hoa-ket-qua', big: 'da-giai-quyet' },
  ],
  rates: [
    // Each printed rate passes when it agrees with one definition in use: over resolved (the usual one, first),
    // over received, or over the dossiers whose deadline has come (resolved + pending overdue).
    { concept: 'ty-le-dung-han', definitions: overBases('truoc-dung-han') },
    { concept: 'ty-le-truoc-han', definitions: overBases('truoc-han') },
    // "Tỷ lệ đúng hạn" alone: on time only where the table also prints early apart (the portal's), but most offices
    // mean "not late", early included (QĐ 766's "trước hạn, đúng hạn"): either agrees.
    { concept: 'ty-le-dung-han-rieng', definitions: [...overBases('dung-han'), ...overBases('truoc-dung-han')] },
    { concept: 'ty-le-qua-han', definitions: overBases('qua-han') },
    { concept: 'ty-le-so-hoa', definitions: ['so-hoa/da-giai-quyet'] },
    {
      concept: 'ty-le-truc-tuyen',
      definitions: ['truc-tuyen/moi-tiep-nhan', 'truc-tuyen/tiep-nhan'],
    },
  ],
};

const SO_HOA: FormDef = {
  id: 'so-hoa',
  label: 'Số hóa hồ sơ, kết quả giải quyết TTHC',
  unit: 'hồ sơ',
  needsHeader: ['so hoa'],
  notHeader: ['pakn', 'phan anh', 'van ban di'],
  concepts: [
    ...COMMON_CONCEPTS,
    { id: 'tiep-nhan', label: 'Số hồ sơ tiếp nhận', kind: 'count' },
    { id: 'da-giai-quyet', label: 'Số hồ sơ giải quyết xong, trả kết quả', kind: 'count' },
    { id: 'so-hoa-ket-qua', label: 'Số hồ sơ số hóa kết quả giải quyết', kind: 'count', asRate: 'ty-le-so-hoa' },
    { id: 'chua-so-hoa-ket-qua', label: 'Số hồ sơ chưa số hóa kết quả', kind: 'count' },
    { id: 'so-hoa-thanh-phan', label: 'Số hồ sơ số hóa thành phần hồ sơ', kind: 'count' },
    { id: 'can-so-hoa', label: 'Tổng số kết quả cần số hóa', kind: 'count' },
    { id: 'da-so-hoa', label: 'Số kết quả đã số hóa', kind: 'count' },
    { id: 'con-lai', label: 'Số kết quả tiếp tục số hóa', kind: 'count' },
    { id: 'ty-le-so-hoa', label: 'Tỷ lệ số hóa', kind: 'rate' },
  ],
  rules: [
    ...COMMON_RULES,
    { concept: 'ty-le-so-hoa', leaf: ['ty le'] },
    { concept: 'can-so-hoa', leaf: ['can so hoa', 'phai so hoa'] },
    { concept: 'con-lai', leaf: ['tiep tuc so hoa', 'con lai', 'chua so hoa'], notPath: ['ket qua giai quyet', 'so hoa ket qua'] },
    { concept: 'chua-so-hoa-ket-qua', leaf: ['chua so hoa'], path: ['ket qua'] },
    { concept: 'so-hoa-ket-qua', leaf: ['da so hoa'], path: ['so hoa ket qua', 'ket qua giai quyet'] },
    { concept: 'da-so-hoa', leaf: ['da so hoa'] },
    { concept: 'so-hoa-thanh-phan', leaf: ['thanh phan'] },
    { concept: 'so-hoa-ket-qua', leaf: ['so hoa ket qua', 'so hoa'] },
    { concept: 'da-giai-quyet', leaf: ['giai quyet xong', 'da giai quyet', 'tra ket qua'] },
    { concept: 'tiep-nhan', leaf: ['tiep nhan'] },
    LABEL_RULE,
  ],
  identities: [
    { rule: 'tong-can-so-hoa', total: 'can-so-hoa', parts: ['da-so-hoa', 'con-lai'] },
    { rule: 'tong-so-hoa-ket-qua', total: 'da-giai-quyet', parts: ['so-hoa-ket-qua', 'chua-so-hoa-ket-qua'] },
  ],
  bounds: [
    { rule: 'so-hoa-vuot-da-giai-quyet', small: 'so-hoa-ket-qua', big: 'da-giai-quyet' },
    { rule: 'so-hoa-vuot-can-so-hoa', small: 'da-so-hoa', big: 'can-so-hoa' },
    { rule: 'so-hoa-thanh-phan-vuot-tiep-nhan', small: 'so-hoa-thanh-phan', big: 'tiep-nhan' },
  ],
  rates: [
    {
      concept: 'ty-le-so-hoa',
      definitions: ['so-hoa/da-giai-quyet', 'da-so-hoa/can-so-hoa'],
    },
  ],
};

const PAKN: FormDef = {
  id: 'pakn',
  label: 'Tiếp nhận, xử lý phản ánh, kiến nghị',
  unit: 'PAKN',
  needsHeader: ['pakn', 'phan anh', 'kien nghi'],
  concepts: [
    ...COMMON_CONCEPTS,
    { id: 'pakn-tong', label: 'Tổng số PAKN tiếp nhận', kind: 'count', stock: 'none' },
    { id: 'pakn-moi', label: 'Số PAKN tiếp nhận mới trong kỳ', kind: 'count' },
    { id: 'pakn-ky-truoc', label: 'Số PAKN từ kỳ trước chuyển qua', kind: 'count', stock: 'first' },
    { id: 'pakn-quy-dinh', label: 'Số PAKN về quy định hành chính', kind: 'count' },
    { id: 'pakn-hanh-vi', label: 'Số PAKN về hành vi hành chính', kind: 'count' },
    { id: 'pakn-da-xu-ly', label: 'Số PAKN đã xử lý', kind: 'count' },
    { id: 'pakn-dang-xu-ly', label: 'Số PAKN đang xử lý', kind: 'count', stock: 'last' },
    // What the portal's criterion 5.2 counts beside those handled on time (domain-spec §8.3).
    { id: 'pakn-dang-trong-han', label: 'Số PAKN đang xử lý trong hạn', kind: 'count', stock: 'last' },
    { id: 'pakn-dung-han', label: 'Số PAKN xử lý đúng hạn', kind: 'count' },
    { id: 'pakn-cham-tre', label: 'Số PAKN xử lý chậm trễ', kind: 'count' },
  ],
  rules: [
    ...COMMON_RULES,
    LABEL_RULE,
    { concept: 'pakn-ky-truoc', leaf: ['ky truoc'] },
    { concept: 'pakn-moi', leaf: ['moi', 'trong ky'] },
    { concept: 'pakn-quy-dinh', leaf: ['quy dinh', 'thu tuc hanh chinh', 'tthc', 'co che chinh sach'] },
    { concept: 'pakn-hanh-vi', leaf: ['hanh vi'] },
    { concept: 'pakn-dang-trong-han', leaf: ['trong han', 'chua den han', 'con han'], path: ['dang xu ly', 'chua xu ly', 'dang giai quyet'] },
    // "Đang xử lý › Tổng số", "Đã xử lý › Tổng số": the group's total, not the PAKN received.
    { concept: 'pakn-dang-xu-ly', leaf: ['tong so', 'tong', 'cong'], path: ['dang xu ly', 'chua xu ly', 'dang giai quyet'] },
    { concept: 'pakn-da-xu-ly', leaf: ['tong so', 'tong', 'cong'], path: ['da xu ly', 'da giai quyet', 'da tra loi'] },
    { concept: 'pakn-dang-trong-han', leaf: ['dang xu ly trong han', 'dang xu ly chua den han'] },
    { concept: 'pakn-dang-xu-ly', leaf: ['dang xu ly', 'chua xu ly', 'dang giai quyet'] },
    { concept: 'pakn-dung-han', leaf: ['dung han', 'truoc han'] },
    { concept: 'pakn-cham-tre', leaf: ['cham tre', 'qua han', 'tre han'] },
    { concept: 'pakn-da-xu-ly', leaf: ['da xu ly', 'da giai quyet', 'da tra loi'] },
    { concept: 'pakn-tong', leaf: ['tong so', 'tong', 'tiep nhan', 'so phan anh', 'so pakn'] },
  ],
  identities: [
    { rule: 'tong-pakn', total: 'pakn-tong', parts: ['pakn-moi', 'pakn-ky-truoc'] },
    { rule: 'can-doi-pakn', total: 'pakn-tong', parts: ['pakn-da-xu-ly', 'pakn-dang-xu-ly'] },
    { rule: 'phan-loai-pakn', total: 'pakn-tong', parts: ['pakn-quy-dinh', 'pakn-hanh-vi'], severity: 'warning' },
  ],
  bounds: [
    { rule: 'pakn-phan-loai-vuot-tong', small: 'pakn-quy-dinh', big: 'pakn-tong' },
    { rule: 'pakn-cham-tre-vuot-tong', small: 'pakn-cham-tre', big: 'pakn-tong' },
    { rule: 'pakn-dung-han-vuot-da-xu-ly', small: 'pakn-dung-han', big: 'pakn-da-xu-ly' },
    { rule: 'pakn-trong-han-vuot-dang-xu-ly', small: 'pakn-dang-trong-han', big: 'pakn-dang-xu-ly' },
  ],
  rates: [],
};

const CNTT: FormDef = {
  id: 'cntt',
  label: 'Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến (Phụ lục VIb)',
  unit: '',
  needsHeader: ['van ban', 'muc do 3', 'muc do 4', 'dich vu cong truc tuyen'],
  concepts: [
    ...COMMON_CONCEPTS,
    { id: 'vb-di', label: 'Tổng số văn bản đi', kind: 'count' },
    { id: 'vb-giay', label: 'Số văn bản giấy', kind: 'count' },
    { id: 'vb-dien-tu', label: 'Số văn bản điện tử', kind: 'count' },
    { id: 'm3-tthc', label: 'Số TTHC đã cung cấp mức độ 3', kind: 'count' },
    { id: 'm3-ho-so', label: 'Tổng số hồ sơ đã tiếp nhận mức độ 3', kind: 'count' },
    { id: 'm3-tai-noi', label: 'Hồ sơ mức độ 3 tiếp nhận tại nơi giải quyết', kind: 'count' },
    { id: 'm3-qua-mang', label: 'Hồ sơ mức độ 3 tiếp nhận qua mạng hoặc bưu chính', kind: 'count' },
    { id: 'm4-tthc', label: 'Số TTHC đã cung cấp mức độ 4', kind: 'count' },
    { id: 'm4-ho-so', label: 'Tổng số hồ sơ đã tiếp nhận mức độ 4', kind: 'count' },
    { id: 'm4-tai-noi', label: 'Hồ sơ mức độ 4 tiếp nhận tại nơi giải quyết', kind: 'count' },
    { id: 'm4-qua-mang', label: 'Hồ sơ mức độ 4 tiếp nhận qua mạng hoặc bưu chính', kind: 'count' },
  ],
  rules: [
    ...COMMON_RULES,
    { concept: 'vb-giay', leaf: ['van ban giay', 'giay'], path: ['van ban'] },
    { concept: 'vb-dien-tu', leaf: ['van ban dien tu', 'dien tu'], path: ['van ban'] },
    { concept: 'vb-di', leaf: ['van ban di', 'tong so'], path: ['van ban'] },
    { concept: 'm3-tai-noi', leaf: ['tai noi', 'truc tiep'], path: ['muc do 3'] },
    { concept: 'm3-qua-mang', leaf: ['qua mang', 'buu chinh', 'truc tuyen'], path: ['muc do 3'] },
    { concept: 'm3-tthc', leaf: ['tthc', 'thu tuc'], path: ['muc do 3'] },
    { concept: 'm3-ho-so', leaf: ['tong so', 'ho so'], path: ['muc do 3'] },
    { concept: 'm4-tai-noi', leaf: ['tai noi', 'truc tiep'], path: ['muc do 4'] },
    { concept: 'm4-qua-mang', leaf: ['qua mang', 'buu chinh', 'truc tuyen'], path: ['muc do 4'] },
    { concept: 'm4-tthc', leaf: ['tthc', 'thu tuc'], path: ['muc do 4'] },
    { concept: 'm4-ho-so', leaf: ['tong so', 'ho so'], path: ['muc do 4'] },
    LABEL_RULE,
  ],
  identities: [
    { rule: 'tong-van-ban-di', total: 'vb-di', parts: ['vb-giay', 'vb-dien-tu'] },
    { rule: 'tong-ho-so-muc-do-3', total: 'm3-ho-so', parts: ['m3-tai-noi', 'm3-qua-mang'] },
    { rule: 'tong-ho-so-muc-do-4', total: 'm4-ho-so', parts: ['m4-tai-noi', 'm4-qua-mang'] },
  ],
  bounds: [],
  rates: [],
};

/** A list of indicators with their results and targets ("Chỉ tiêu | Kết quả | Mục tiêu"). */
const CHI_TIEU: FormDef = {
  id: 'chi-tieu',
  label: 'Danh sách chỉ tiêu',
  unit: '',
  needsHeader: ['chi tieu', 'ket qua', 'muc tieu'],
  concepts: [...COMMON_CONCEPTS, { id: 'ket-qua', label: 'Kết quả', kind: 'value' }, { id: 'muc-tieu', label: 'Mục tiêu', kind: 'value' }],
  rules: [
    ...COMMON_RULES,
    { concept: 'muc-tieu', leaf: ['muc tieu', 'chi tieu giao', 'ke hoach', 'theo quy dinh'] },
    { concept: 'ket-qua', leaf: ['ket qua', 'thuc hien', 'gia tri', 'dat', 'ty le'] },
    { concept: 'ten', leaf: ['chi tieu', 'noi dung', 'ten chi tieu'] },
  ],
  identities: [],
  bounds: [],
  rates: [],
};

/**
 * The Bộ chỉ số 766 as the portal and the provinces print it: a unit's points per group and its total out of 100
 * (units as rows), or one unit's groups as rows ("Nhóm chỉ số | Điểm | Tối đa"); also a CCHC index's "Điểm đánh giá".
 * Points are decimals with "," or "." ("16,64", "13.2", "97,685"), never thousands. Group maxima: domain-spec §3.1,
 * §8.3 [likely]; the 2025 five-group print merges online services and payment (22 points).
 */
const DIEM: FormDef = {
  id: 'diem',
  label: 'Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp',
  unit: 'điểm',
  needsHeader: ['diem', 'bo chi so'],
  concepts: [
    ...COMMON_CONCEPTS,
    { id: 'diem-cong-khai', label: 'Công khai, minh bạch', kind: 'points', max: 18 },
    { id: 'diem-tien-do', label: 'Tiến độ, kết quả giải quyết', kind: 'points', max: 20 },
    { id: 'diem-thanh-toan', label: 'Thanh toán trực tuyến', kind: 'points', max: 10 },
    { id: 'diem-truc-tuyen', label: 'Dịch vụ công trực tuyến', kind: 'points', max: 12, maxWithout: { concept: 'diem-thanh-toan', max: 22 } },
    { id: 'diem-so-hoa', label: 'Số hóa hồ sơ', kind: 'points', max: 22 },
    { id: 'diem-hai-long', label: 'Mức độ hài lòng', kind: 'points', max: 18 },
    { id: 'diem-tong', label: 'Tổng điểm', kind: 'points', max: 100 },
    { id: 'diem', label: 'Điểm', kind: 'points' },
    { id: 'diem-toi-da', label: 'Điểm tối đa', kind: 'points' },
    { id: 'xep-hang', label: 'Xếp hạng', kind: 'ordinal' },
    { id: 'xep-loai', label: 'Xếp loại', kind: 'note' },
    { id: 'so-sanh', label: 'So sánh với kỳ khác', kind: 'comparison', many: true },
  ],
  rules: [
    ...COMMON_RULES,
    { concept: 'so-sanh', path: COMPARISON },
    { concept: 'xep-hang', leaf: ['xep hang', 'thu hang', 'vi thu', 'hang'] },
    { concept: 'xep-loai', leaf: ['xep loai', 'loai'] },
    { concept: 'diem-toi-da', leaf: ['toi da', 'diem toi da', 'diem chuan', 'thang diem'] },
    { concept: 'diem-tong', leaf: ['tong diem', 'tong', 'tong so', 'diem tong', 'tong cong'] },
    { concept: 'diem-cong-khai', leaf: ['cong khai'] },
    { concept: 'diem-tien-do', leaf: ['tien do'] },
    { concept: 'diem-thanh-toan', leaf: ['thanh toan'] },
    { concept: 'diem-truc-tuyen', leaf: ['truc tuyen'] },
    { concept: 'diem-so-hoa', leaf: ['so hoa'] },
    { concept: 'diem-hai-long', leaf: ['hai long'] },
    {
      concept: 'ten',
      leaf: ['don vi', 'ten don vi', 'co quan', 'nhom chi so', 'chi so', 'tieu chi', 'nhom tieu chi', 'noi dung', 'dia phuong', 'xa', 'phuong'],
    },
    { concept: 'diem', leaf: ['diem', 'diem danh gia', 'diem dat', 'ket qua', 'so diem'] },
  ],
  identities: [],
  bounds: [],
  rates: [],
};

/** In order of preference when two forms explain a header equally well. */
export const FORMS: readonly FormDef[] = [DIEM, SO_HOA, PAKN, CNTT, CHI_TIEU, TTHC];

/** The groups whose points make up a unit's total. */
export const POINT_GROUPS = ['diem-cong-khai', 'diem-tien-do', 'diem-truc-tuyen', 'diem-thanh-toan', 'diem-so-hoa', 'diem-hai-long'] as const;

export function formById(id: FormId): FormDef {
  const f = FORMS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown form ${id}`);
  return f;
}

export function conceptOf(form: FormDef, id: string): Concept | undefined {
  return form.concepts.find((c) => c.id === id);
}
