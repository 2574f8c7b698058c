/**
 * The province report of a roll-up: the `tong-hop` template fed a `tongHop` view (totals, comparison, units missing
 * or in error, the bands), and an appendix with one row per unit and the total row.
 */
import { RATES } from '../catalogue/rates';
import { bandsOf, RANK_BY, ROLLUP_CONCEPTS, STATUS_LABELS } from '../catalogue/rollup';
import { formatCount } from '../numbers';
import { appendixSubtitle, composeReport, DOTS, LANDSCAPE_WIDTH_MM, parseTemplate } from '../report';
import type { Appendix, ReportDocument, ReportTable } from '../report/model';
import { withDefaults, type ReportSettings } from '../report/settings';
import { FLAG, list, obj, TEXT, type ViewSchema } from '../report/view-schema';
import { monthList, TOTAL_SCOPE, type Rollup, type RollupUnit } from './rollup';

const NAMES: Record<string, string> = {
  'tiep-nhan': 'tiepNhan',
  'ky-truoc': 'kyTruoc',
  'moi-tiep-nhan': 'moi',
  'truc-tuyen': 'trucTuyen',
  'da-giai-quyet': 'daGiaiQuyet',
  'truoc-han': 'truocHan',
  'dung-han': 'dungHan',
  'qua-han': 'quaHan',
  'dang-giai-quyet': 'dangGiaiQuyet',
  'ty-le-dung-han': 'tyLeDungHan',
  'ty-le-qua-han': 'tyLeQuaHan',
  'ty-le-truc-tuyen': 'tyLeTrucTuyen',
};

/**
 * A unit's name as the province's document writes it: a unit named only by its file ("bao-cao-tai-tu-cong-dvc") is a
 * dotted blank to fill by hand, never a file name (the roll-up's finding `khong-ten` says which file).
 */
function namesIn(r: Rollup): (unit: string) => string {
  const blank = new Set(r.units.filter((u) => u.unnamed).map((u) => u.unit));
  return (unit) => (blank.has(unit) ? DOTS : unit);
}

/** A list for "{{#x}}{{ten}}{{^cuoi}}, {{/cuoi}}{{/x}}". */
function names<T extends object>(items: T[]): (T & { cuoi: boolean })[] {
  return items.map((x, i) => ({ ...x, cuoi: i === items.length - 1 }));
}

const unitList = (item: Record<string, ViewSchema>) => list(obj({ ...item, cuoi: FLAG }));

/** Every name `rollupView` can give (core/report/view-schema.ts), whatever the units: what a template is checked against. */
export const ROLLUP_VIEW_SCHEMA: ViewSchema = obj({
  ...Object.fromEntries(Object.values(NAMES).map((n) => [n, TEXT])),
  ss: obj(Object.fromEntries(Object.values(NAMES).map((n) => [n, TEXT]))),
  coSoSanh: FLAG,
  /** "trên 11 đơn vị có báo cáo cả hai kỳ (không tính: …)": said when the two periods' units differ. */
  ssPhamVi: TEXT,
  /** Over how many units a rate of the total is ("11/12"), by the rate's name: only when not over all. */
  donViTinh: obj(Object.fromEntries(Object.values(NAMES).map((n) => [n, TEXT]))),
  soDonVi: TEXT,
  soDanhSach: TEXT,
  thieu: unitList({ ten: TEXT }),
  loi: unitList({ ten: TEXT }),
  trung: unitList({ ten: TEXT }),
  khongDocDuoc: unitList({ ten: TEXT }),
  ngoaiDanhSach: unitList({ ten: TEXT }),
  coVanDe: FLAG,
  nhom: list(obj({ ten: TEXT, dieuKien: TEXT, donVi: unitList({ ten: TEXT, tyLe: TEXT }) })),
  coXepHang: FLAG,
  /** What the ranking is by ("tổng điểm Bộ chỉ số trên Cổng Dịch vụ công quốc gia", "tỷ lệ giải quyết …"). */
  xepHangTheo: TEXT,
  theoDiem: FLAG,
  datNguong: TEXT,
  nguong: TEXT,
  dauBang: unitList({ hang: TEXT, ten: TEXT, tyLe: TEXT }),
  luyKe: unitList({ ten: TEXT, thang: TEXT, thieuThang: TEXT }),
  thang: TEXT,
});

/**
 * The `tongHop` view of the template (its names: ROLLUP_VIEW_SCHEMA). `onTimeTarget`: the office's target for the
 * on-time rate (percent), the band units are sorted against when they are ranked by it.
 */
export function rollupView(r: Rollup, onTimeTarget?: number | null): Record<string, unknown> {
  const nameOf = namesIn(r);
  const v: Record<string, unknown> = {};
  for (const [c, n] of Object.entries(r.total.counts)) if (n !== undefined && NAMES[c]) v[NAMES[c]!] = formatCount(n);
  for (const i of r.indicators) if (i.scope === TOTAL_SCOPE && i.value !== null && NAMES[i.id]) v[NAMES[i.id]!] = i.text;
  const ss: Record<string, string> = {};
  for (const c of r.comparison) if (NAMES[c.id]) ss[NAMES[c.id]!] = c.text;
  const donViTinh: Record<string, string> = {};
  for (const [id, p] of Object.entries(r.partialRates)) if (NAMES[id]) donViTinh[NAMES[id]!] = `${formatCount(p.units)}/${formatCount(p.of)}`;
  const scope = r.findings.find((f) => f.rule === 'so-sanh-cung-don-vi');
  const by = (s: RollupUnit['status']) => names(r.units.filter((u) => u.status === s).map((u) => ({ ten: nameOf(u.unit) })));
  const bands = bandsOf(r.rankBy, onTimeTarget);
  const nhom = bands
    .map((b) => ({
      ten: b.label,
      dieuKien: b.range,
      donVi: names(r.ranking.filter((x) => x.value >= b.from && x.value < b.below).map((x) => ({ ten: nameOf(x.unit), tyLe: x.text }))),
    }))
    .filter((b) => b.donVi.length > 0);
  const top = bands.reduce((m, b) => Math.max(m, b.below), 0);
  const luyKe = r.units
    .filter((u) => u.counted && u.source?.includes('; '))
    .map((u) => ({ ten: nameOf(u.unit), thang: monthList(u.months), thieuThang: monthList(u.missingMonths) }));
  return {
    ...v,
    ss,
    coSoSanh: r.comparison.length > 0,
    ...(scope ? { ssPhamVi: scope.message } : {}),
    donViTinh,
    soDonVi: formatCount(r.total.units),
    soDanhSach: formatCount(r.units.length),
    thieu: by('thieu'),
    loi: by('loi'),
    trung: names([...new Set(r.units.filter((u) => u.status === 'trung').map((u) => nameOf(u.unit)))].map((ten) => ({ ten }))),
    khongDocDuoc: by('khong-doc-duoc'),
    ngoaiDanhSach: by('ngoai-danh-sach'),
    coVanDe: r.units.some((u) => u.status !== 'ok'),
    nhom,
    coXepHang: r.ranking.length > 0,
    xepHangTheo: RANK_BY.words[r.rankBy],
    theoDiem: r.rankBy === 'diem-766',
    ...(top > 0
      ? {
          datNguong: formatCount(r.ranking.filter((x) => x.value >= top).length),
          nguong: r.rankBy === 'diem-766' ? `${top} điểm` : `${String(top).replace('.', ',')}%`,
        }
      : {}),
    dauBang: names(r.ranking.slice(0, 3).map((x) => ({ hang: String(x.rank), ten: nameOf(x.unit), tyLe: x.text }))),
    luyKe: names(luyKe),
    thang: monthList(r.months),
  };
}

const HEADER_NAMES: Record<string, string> = {
  'tiep-nhan': 'Tổng số',
  'ky-truoc': 'Kỳ trước chuyển qua',
  'moi-tiep-nhan': 'Mới tiếp nhận',
  'truc-tuyen': 'Trực tuyến',
  'da-giai-quyet': 'Tổng số',
  'truoc-han': 'Trước hạn',
  'dung-han': 'Đúng hạn',
  'qua-han': 'Quá hạn',
  'dang-giai-quyet': 'Đang giải quyết',
};

/** One row per unit (its counts, on-time rate, rank and status), then the total of the counted units. */
export function rollupTable(r: Rollup): ReportTable {
  const nameOf = namesIn(r);
  const header = [
    [
      { text: 'STT', rowSpan: 2 },
      { text: 'Đơn vị', rowSpan: 2 },
      { text: 'Hồ sơ tiếp nhận', colSpan: 4 },
      { text: 'Đã giải quyết', colSpan: 4 },
      { text: HEADER_NAMES['dang-giai-quyet']!, rowSpan: 2 },
      { text: 'Tỷ lệ đúng hạn', rowSpan: 2 },
      { text: 'Xếp hạng', rowSpan: 2 },
      { text: 'Ghi chú', rowSpan: 2 },
    ],
    ROLLUP_CONCEPTS.filter((c) => c !== 'dang-giai-quyet').map((c) => ({ text: HEADER_NAMES[c]! })),
  ];
  const numbering = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'];
  const rank = new Map(r.ranking.map((x) => [x.unit, x]));
  const rate = (scope: string) => r.indicators.find((i) => i.scope === scope && i.id === 'ty-le-dung-han')?.text ?? '';
  const counts = (c: Partial<Record<string, number>>) => ROLLUP_CONCEPTS.map((k) => (c[k] === undefined ? '' : formatCount(c[k]!)));
  const align: ('left' | 'center' | 'right')[] = ['center', 'left', ...ROLLUP_CONCEPTS.map(() => 'right' as const), 'right', 'center', 'left'];
  const rows: ReportTable['rows'] = r.units.map((u, i) => ({
    cells: [
      String(i + 1),
      nameOf(u.unit),
      ...(u.counted ? counts(u.counts) : ROLLUP_CONCEPTS.map(() => '')),
      u.counted ? rate(u.unit) : '',
      (u.counted ? rank.get(u.unit)?.rank.toString() : undefined) ?? '',
      u.status === 'ok' ? '' : STATUS_LABELS[u.status]!,
    ],
    align,
  }));
  rows.push({ cells: ['', 'Tổng cộng', ...counts(r.total.counts), rate(TOTAL_SCOPE), '', ''], bold: true, align });
  const fixed = [12, 40, ...ROLLUP_CONCEPTS.map(() => 0), 17, 12, 27];
  const rest = LANDSCAPE_WIDTH_MM - fixed.reduce((a, b) => a + b, 0);
  const widths = fixed.map((w) => (w > 0 ? w : Math.floor((rest / ROLLUP_CONCEPTS.length) * 10) / 10));
  return { header, numbering, rows, widths };
}

export interface RollupReportInput {
  rollup: Rollup;
  templateText: string;
  /** The template's file name, for its errors. */
  templateName?: string;
  /** Header, signer…: blank by default, for the clerk (the first input's settings are a commune's, not the province's). */
  settings?: Partial<ReportSettings>;
}

export function buildRollupReport({ rollup, templateText, templateName, settings: partial }: RollupReportInput): ReportDocument {
  const nameOf = namesIn(rollup);
  const settings = withDefaults({ ...(rollup.period ?? {}), ...(partial ?? {}) });
  const template = parseTemplate(templateText, templateName);
  const notes = [`Tỷ lệ đúng hạn = ${RATES['truoc-dung-han/da-giai-quyet'].wording} × 100%; tổng cộng tính lại từ các số đã cộng, không lấy trung bình.`];
  const left = rollup.units.filter((u) => !u.counted);
  const leftOut = [...new Set(left.map((u) => `${nameOf(u.unit)} (${STATUS_LABELS[u.status]!.toLocaleLowerCase('vi')})`))];
  if (leftOut.length) notes.push(`Không tính vào tổng cộng: ${leftOut.join(', ')}.`);
  const appendix: Appendix = {
    label: 'Phụ lục',
    title: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA CÁC ĐƠN VỊ',
    subtitle: appendixSubtitle(settings),
    table: rollupTable(rollup),
    landscape: true,
    notes,
  };
  return composeReport({
    tables: [],
    indicators: [],
    settings,
    template,
    view: { tongHop: rollupView(rollup, settings.mucTieu['ty-le-dung-han']) },
    viewSchema: { tongHop: ROLLUP_VIEW_SCHEMA },
    appendices: [appendix],
  });
}
