/**
 * The figures a report template speaks of, taken from the checked tables and already written the
 * Vietnamese way (DESIGN.md §3.4). Each count comes twice: `x` as written before a noun ("05 hồ sơ"
 * when the office pads) and `xSo` bare ("trễ hạn 0"). A figure the sheet does not have is absent, so
 * the template's `{{#x}}…{{/x}}` leaves its sentence out.
 */
import { LEVEL_ALONE } from '../catalogue/vocabulary';
import { TableContext } from '../tables/context';
import type { Table } from '../tables/table';
import type { Indicator } from '../indicators/compute';
import { formatCount } from '../numbers';
import { foldKey, hasPhrase } from '../text/fold';
import { portalScore } from '../indicators/portal-score';
import type { ReportSettings } from './settings';
import { FLAG, list, obj, TEXT, type ViewSchema } from './view-schema';

type Counts = Record<string, string | boolean | undefined>;

/** Sheet concept → template name. */
const NAMES: Record<string, string> = {
  'tiep-nhan': 'tiepNhan',
  'ky-truoc': 'kyTruoc',
  'moi-tiep-nhan': 'moi',
  'truc-tuyen': 'trucTuyen',
  'truc-tiep': 'trucTiep',
  'da-giai-quyet': 'daGiaiQuyet',
  'truoc-han': 'truocHan',
  'dung-han': 'dungHan',
  // One column for both ("Đúng và trước hạn"): written as both, never as early alone.
  'truoc-dung-han': 'truocDungHan',
  'qua-han': 'quaHan',
  'dang-giai-quyet': 'dangGiaiQuyet',
  'trong-han': 'trongHan',
  'dang-qua-han': 'dangQuaHan',
  'so-hoa-ket-qua': 'soHoaKetQua',
  'so-hoa-thanh-phan': 'soHoaThanhPhan',
  'can-so-hoa': 'canSoHoa',
  'da-so-hoa': 'daSoHoa',
  'con-lai': 'conLai',
  'pakn-tong': 'tong',
  'pakn-moi': 'moi',
  'pakn-ky-truoc': 'kyTruoc',
  'pakn-quy-dinh': 'quyDinh',
  'pakn-hanh-vi': 'hanhVi',
  'pakn-da-xu-ly': 'daXuLy',
  'pakn-dang-xu-ly': 'dangXuLy',
  'pakn-dung-han': 'dungHan',
  'pakn-cham-tre': 'chamTre',
};

/** The level as a sentence names it: "Huyện" → "cấp huyện", "Cấp xã, thị trấn" → "cấp xã, thị trấn". */
export function levelName(label: string): string {
  const t = label.trim().replace(/:$/, '');
  const k = foldKey(t);
  if (k.startsWith('cap ')) return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
  if (LEVEL_ALONE.test(k)) {
    return 'cấp ' + t.toLocaleLowerCase('vi');
  }
  return t;
}

export interface RowFigures extends Counts {
  ten: string;
  tenCap: string;
  /** Some part of the resolved dossiers is known (early, on time, both, late): "(trong đó …)" has something to say. */
  coChiTiet?: boolean;
  /** Early or on-time dossiers are known: late ones follow them ("…, trễ hạn 5"), else open the list ("trong đó trễ hạn 5"). */
  coTruocDung?: boolean;
  /** Last of its list: templates write separators with {{^cuoi}}; {{/cuoi}}. */
  cuoi?: boolean;
}

// "co…" says the figure is above zero, for "không có hồ sơ trễ hạn".
const flagName = (name: string) => 'co' + name.charAt(0).toUpperCase() + name.slice(1);

function rowFiguresOf(ctx: TableContext, row: number, label: string, pad: boolean): RowFigures {
  const out: RowFigures = { ten: label, tenCap: levelName(label) };
  for (const [concept, name] of Object.entries(NAMES)) {
    const f = ctx.figure(row, concept);
    if (f?.state !== 'value') continue;
    out[name] = formatCount(f.n, { pad });
    out[name + 'So'] = formatCount(f.n);
    out[flagName(name)] = f.n > 0;
  }
  out.coTruocDung = out.truocHan !== undefined || out.dungHan !== undefined || out.truocDungHan !== undefined;
  out.coChiTiet = out.coTruocDung || out.quaHan !== undefined;
  return out;
}

/** Each level's rates beside its counts ("261 hồ sơ, đạt 74,79%"), by indicator id. */
const RATE_NAMES: Record<string, string> = {
  'ty-le-dung-han': 'tyLeDungHan',
  'ty-le-truc-tuyen': 'tyLeTrucTuyen',
  'ty-le-so-hoa': 'tyLeSoHoa',
  'ty-le-qua-han': 'tyLeQuaHan',
};

/** The figures of `capCo`, each a list of the levels that have it. */
const CAP_CO_NAMES = ['daGiaiQuyet', 'soHoaKetQua', 'tiepNhan'] as const;

export interface LevelRate {
  ten: string;
  tenCap: string;
  tyLe: string;
  dinhNghia: string;
  cuoi?: boolean;
}

export interface ReportFigures {
  /** The TTHC table by level: one entry per level row (and its total row). */
  tthcCap: RowFigures[];
  /** The TTHC table by field: its total (row or sum), for a sentence on the whole. */
  tthcTong?: RowFigures;
  soHoaCap: RowFigures[];
  soHoaConHieuLuc?: RowFigures;
  pakn?: RowFigures & { kenh?: string };
  tyLe: {
    dungHan: LevelRate[];
    trucTuyen: LevelRate[];
    /** Handled fully online (toàn trình): a second "online" rate, never merged with the first (DESIGN §3.3). */
    toanTrinh: LevelRate[];
    soHoa: LevelRate[];
    soHoaConHieuLuc?: LevelRate;
    thanhToan?: LevelRate & { mucTieu?: string };
  };
  /** Counts from a "Chỉ tiêu" list that a template may name (chứng thực điện tử …). */
  khac: Record<string, string>;
  /** No level resolved a dossier late nor holds one overdue. */
  khongTreHan: boolean;
  /**
   * The levels that have a figure, by the figure's template name (`capCo.daGiaiQuyet`), each list with its own
   * `cuoi`: a sentence naming the levels one after another lists only those it has a number for.
   */
  capCo: Record<string, RowFigures[]>;
  /** The Bộ chỉ số as the portal scored the unit (a table of points in the sheet), quoted as it is. */
  boChiSo?: PortalScore;
}

/** The portal's score of the unit: its total out of 100, each group's points, its rank when the table gives one. */
export interface PortalScore {
  tong: string;
  nhom: { ten: string; diem: string; toiDa: string; cuoi?: boolean }[];
  xepHang?: string;
}

/** A rate; a table's total row is no level to name ("Tổng cộng đạt 63,23%"): its rate is the unit's own, unnamed. */
function rateOf(i: Indicator, ofTotal = false): LevelRate {
  return { ten: i.record ? i.scope : '', tenCap: ofTotal ? '' : levelName(i.scope), tyLe: i.text, dinhNghia: i.definition };
}

/** Beyond this many levels a table is a list (of units, of fields): one sentence on its total and the appendix. */
export const MAX_LEVELS = 12;

/** Whether the report speaks of each of the table's rows in sentences of their own (a table by level). */
export function sentencesByLevel(t: Table): boolean {
  return t.byLevel && t.records.filter((r) => r.role !== 'section' && r.role !== 'total').length <= MAX_LEVELS;
}

export function collectFigures(tables: Table[], indicators: Indicator[], settings: ReportSettings): ReportFigures {
  const pad = settings.soCoHaiChuSo;
  const figs: ReportFigures = {
    tthcCap: [],
    soHoaCap: [],
    tyLe: { dungHan: [], trucTuyen: [], toanTrinh: [], soHoa: [] },
    khac: {},
    khongTreHan: false,
    capCo: {},
  };
  // Which table row each row's figures are: indicators join them by that (sheet, table, line), never by label.
  const rowOf = new Map<RowFigures, string>();
  const key = (sheet: string, table: string, line: number) => `${sheet}\u0000${table}\u0000${line}`;
  for (const t of tables) {
    const ctx = new TableContext(t);
    const rowFigures = (c: TableContext, line: number, label: string, p: boolean) => {
      const f = rowFiguresOf(c, line, label, p);
      rowOf.set(f, key(t.sheet, t.address, line));
      return f;
    };
    const dataRows = t.records.filter((r) => r.role !== 'section');
    if (t.form === 'tthc') {
      if (sentencesByLevel(t) && figs.tthcCap.length === 0) {
        // The levels' rows: a total row is not a level ("TTHC Tổng số:" is not a sentence).
        const levels = dataRows.filter((r) => r.role !== 'total');
        figs.tthcCap = (levels.length ? levels : dataRows).map((r) => rowFigures(ctx, r.line, r.label, pad));
      } else if (!sentencesByLevel(t) && !figs.tthcTong) {
        const total = t.records.find((r) => r.role === 'total');
        if (total) figs.tthcTong = rowFigures(ctx, total.line, total.label, pad);
      }
    } else if (t.form === 'so-hoa') {
      if (ctx.cols.has('can-so-hoa')) {
        const r = dataRows[0];
        if (r && !figs.soHoaConHieuLuc) figs.soHoaConHieuLuc = rowFigures(ctx, r.line, r.label, pad);
      } else if (figs.soHoaCap.length === 0 && ctx.cols.has('da-giai-quyet')) {
        figs.soHoaCap = dataRows.map((r) => rowFigures(ctx, r.line, r.label, pad));
      }
    } else if (t.form === 'pakn' && !figs.pakn) {
      const r = t.records.find((x) => x.role === 'total') ?? dataRows[0];
      if (r) {
        const pf: RowFigures & { kenh?: string } = rowFigures(ctx, r.line, r.label, pad);
        if (hasPhrase(foldKey(r.label), '1022')) pf.kenh = r.label;
        figs.pakn = pf;
      }
    } else if (t.form === 'diem' && !figs.boChiSo) {
      const score = portalScoreView(t, settings);
      if (score) figs.boChiSo = score;
    } else if (t.form === 'chi-tieu') {
      const valueCol = ctx.cols.get('ket-qua');
      if (valueCol === undefined) continue;
      for (const r of dataRows) {
        const read = ctx.read(r.line, valueCol);
        if (read.state !== 'value' || read.percent) continue;
        const k = foldKey(r.label);
        if (hasPhrase(k, 'chung thuc')) figs.khac.chungThucDienTu = formatCount(read.n, { pad });
      }
    }
  }
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const i of indicators) {
    if (!i.record) continue;
    const k = key(i.sheet, i.table, i.record.line);
    indicatorsOf.set(k, [...(indicatorsOf.get(k) ?? []), i]);
  }
  for (const list of [figs.tthcCap, figs.soHoaCap, figs.tthcTong ? [figs.tthcTong] : []]) {
    for (const f of list) {
      for (const i of indicatorsOf.get(rowOf.get(f)!) ?? []) {
        const name = RATE_NAMES[i.id];
        if (!name || f[name] !== undefined || i.value === null) continue;
        f[name] = i.text;
        f[name + 'DinhNghia'] = i.definition;
      }
    }
  }
  figs.khongTreHan = figs.tthcCap.length > 0 && figs.tthcCap.every((f) => f.coQuaHan !== true && f.coDangQuaHan !== true);
  // A table by level speaks of its levels one by one: its total row is not one of them ("Tổng số đạt 88,63%"). A table
  // of more levels than a sentence holds (a list of units) gives its total's rate only: the rest is the appendix's.
  const tableKey = (t: { sheet: string; address?: string; table?: string }) => `${t.sheet}\u0000${t.address ?? t.table}`;
  const byLevel = new Set(tables.filter((t) => t.byLevel).map(tableKey));
  const levelsSpoken = new Set(tables.filter(sentencesByLevel).map(tableKey));
  const isTotal = (x: Indicator) => x.record?.role === 'total';
  // A total row, or the whole table summed: the unit's own rate, named by no level ("Toàn bảng" is no words for a report).
  const rate = (x: Indicator) => rateOf(x, isTotal(x) || !x.record);
  for (const i of indicators) {
    if (i.value === null) continue;
    const tk = tableKey(i);
    if (byLevel.has(tk) && (levelsSpoken.has(tk) ? isTotal(i) : !isTotal(i))) continue;
    if (i.id === 'ty-le-dung-han') figs.tyLe.dungHan.push(rate(i));
    else if (i.id === 'ty-le-truc-tuyen') figs.tyLe.trucTuyen.push(rate(i));
    else if (i.id === 'ty-le-toan-trinh') figs.tyLe.toanTrinh.push(rate(i));
    else if (i.id === 'ty-le-so-hoa' && !figs.tyLe.soHoa.some((x) => x.ten === i.scope)) figs.tyLe.soHoa.push(rate(i));
    else if (i.id === 'ty-le-so-hoa-con-hieu-luc') figs.tyLe.soHoaConHieuLuc ??= rate(i);
    else if (i.id === 'ty-le-thanh-toan-truc-tuyen' && !figs.tyLe.thanhToan) {
      figs.tyLe.thanhToan = { ...rate(i), ...(i.target !== null ? { mucTieu: `${String(i.target).replace('.', ',')}%` } : {}) };
    }
  }
  for (const name of CAP_CO_NAMES) {
    figs.capCo[name] = figs.tthcCap.filter((f) => f[name] !== undefined).map((f) => ({ ...f, cuoi: false }));
  }
  for (const list of [
    figs.tthcCap,
    figs.soHoaCap,
    figs.tyLe.dungHan,
    figs.tyLe.trucTuyen,
    figs.tyLe.toanTrinh,
    figs.tyLe.soHoa,
    ...Object.values(figs.capCo),
  ]) {
    const last = list[list.length - 1];
    if (last) last.cuoi = true;
  }
  return figs;
}

const points = (n: number) => formatCount(Math.round(n * 100) / 100);

/** The portal's score of the unit (core/indicators/portal-score.ts), written as the report quotes it. */
function portalScoreView(t: Table, settings: ReportSettings): PortalScore | undefined {
  const s = portalScore([t], [settings.tenDonVi, settings.coQuanBanHanh]);
  if (!s) return undefined;
  return {
    tong: points(s.total),
    nhom: s.groups.map((g, i) => ({ ten: g.label, diem: points(g.points), toiDa: g.max === undefined ? '' : points(g.max), cuoi: i === s.groups.length - 1 })),
    ...(s.rank ? { xepHang: s.rank } : {}),
  };
}

/** Every name a row of figures may have (a figure the row lacks is absent, not unknown): `rowFigures`, its rates. */
const ROW_KEYS: Record<string, ViewSchema> = {
  ten: TEXT,
  tenCap: TEXT,
  cuoi: FLAG,
  coChiTiet: FLAG,
  coTruocDung: FLAG,
  ...Object.fromEntries(
    Object.values(NAMES).flatMap((n) => [
      [n, TEXT],
      [n + 'So', TEXT],
      [flagName(n), FLAG],
    ]),
  ),
  ...Object.fromEntries(
    Object.values(RATE_NAMES).flatMap((n) => [
      [n, TEXT],
      [n + 'DinhNghia', TEXT],
    ]),
  ),
};
const ROW_SCHEMA = obj(ROW_KEYS);

const RATE_KEYS: { [K in keyof LevelRate]-?: ViewSchema } = { ten: TEXT, tenCap: TEXT, tyLe: TEXT, dinhNghia: TEXT, cuoi: FLAG };
const RATE_SCHEMA = obj(RATE_KEYS);

const RATES_KEYS: { [K in keyof ReportFigures['tyLe']]-?: ViewSchema } = {
  dungHan: list(RATE_SCHEMA),
  trucTuyen: list(RATE_SCHEMA),
  toanTrinh: list(RATE_SCHEMA),
  soHoa: list(RATE_SCHEMA),
  soHoaConHieuLuc: RATE_SCHEMA,
  thanhToan: obj({ ...RATE_KEYS, mucTieu: TEXT }),
};

/** What `collectFigures` can give a template; typed so that a figure added to ReportFigures must be added here. */
export const FIGURES_SCHEMA: { [K in keyof ReportFigures]-?: ViewSchema } = {
  tthcCap: list(ROW_SCHEMA),
  tthcTong: ROW_SCHEMA,
  soHoaCap: list(ROW_SCHEMA),
  soHoaConHieuLuc: ROW_SCHEMA,
  pakn: obj({ ...ROW_KEYS, kenh: TEXT }),
  tyLe: obj(RATES_KEYS),
  khac: obj({ chungThucDienTu: TEXT }), // the counts `collectFigures` reads from a "Chỉ tiêu" list
  khongTreHan: FLAG,
  capCo: obj(Object.fromEntries(CAP_CO_NAMES.map((n) => [n, list(ROW_SCHEMA)]))),
  boChiSo: obj({ tong: TEXT, xepHang: TEXT, nhom: list(obj({ ten: TEXT, diem: TEXT, toiDa: TEXT, cuoi: FLAG })) }),
};
