/**
 * What a template may say about the legal texts and the period: the documents in force on the period's last day
 * (core/catalogue/legal-docs.ts, with the office's own from its settings) and the period written the official way.
 */
import {
  datedCitation,
  fullCitation,
  inForce,
  isoDate,
  LEGAL_DOCS,
  LEGAL_ROLES,
  parseLegalDocLine,
  recipientOn,
  shortCitation,
  shortDate,
  withOfficeDocs,
  type LegalDoc,
} from '../catalogue/legal-docs';
import type { ReportSettings } from './settings';
import { type PeriodType, periodType, ROMAN } from '../catalogue/periods';
import { monthWord, type NamedPeriod, namesDays, periodDays, periodName, periodOfDays, periodWord, type ReportPeriod } from './period';
import { FLAG, list, obj, TEXT, type ViewSchema } from './view-schema';

export interface CitationView {
  /** Whether a document of this role is in force. */
  co: boolean;
  /** "Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP". */
  ngan: string;
  /** The full citations, "; " between them: the footnote. */
  day: string;
  /** "Công điện số 644/CĐ-TTg ngày 13/7/2023 của Thủ tướng Chính phủ", " và " between them. */
  nganNgay: string;
  /** Each document: its short, dated and full citation. */
  ds: { ngan: string; nganNgay: string; day: string; cuoi: boolean }[];
}

export interface PeriodView {
  /** Whether both days are known. */
  co: boolean;
  /** "tháng 3 năm 2024", "quý I năm 2024", "6 tháng đầu năm 2025", "năm 2020"; "quý … năm …" while unknown. */
  ten: string;
  /** "tháng 11/2023", "quý I/2024", "năm 2020": the short form of a sentence's "Trong …". */
  ngan: string;
  /** The word after "trong": "tháng", "quý", "6 tháng đầu năm", "năm", "kỳ". */
  loai: string;
  /** A month: the monthly reports' sentences that name it by its number ("Trong tháng 03, …"). */
  laThang: boolean;
  /** "15/02/2024". */
  tu: string;
  den: string;
  /** "từ ngày 15/02/2024 đến ngày 12/3/2024". */
  text: string;
  /** The day before the period, "14/02/2024": what "tính đến ngày …" of a stock refers to. */
  truoc: string;
}

const camel = (k: string) => k.replace(/-(\p{L})/gu, (_m, c: string) => c.toUpperCase());
const joinVi = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);

/** The office's documents from its settings; lines it cannot read are returned with the reason. */
export function officeDocs(settings: ReportSettings): { docs: LegalDoc[]; problems: string[] } {
  const docs: LegalDoc[] = [];
  const problems: string[] = [];
  for (const line of settings.vanBanPhapLy) {
    const d = parseLegalDocLine(line);
    if (typeof d === 'string') problems.push(`Văn bản pháp lý "${line}": ${d}.`);
    else docs.push(d);
  }
  return { docs, problems };
}

/**
 * The citations a template may use, by role in camelCase (`vb.motCua`), for the day the period ends. A province's own
 * documents only for a unit of that province (a ward elsewhere never cites Đồng Tháp's requests); an amendment after
 * the text it amends ("Nghị định số 118/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 309/2026/NĐ-CP").
 */
export function citationView(settings: ReportSettings, day: string | undefined): Record<string, CitationView> {
  const province = provinceOf(settings)?.replace(/^tỉnh /, '');
  const ours = (d: LegalDoc) => d.province === undefined || d.confidence === 'office' || (province !== undefined && key(d.province) === key(province));
  const catalogue = withOfficeDocs(LEGAL_DOCS, officeDocs(settings).docs).filter(ours);
  const out: Record<string, CitationView> = {};
  for (const { id } of LEGAL_ROLES) {
    const docs = day ? inForce(catalogue, id, day) : [];
    const amended = (d: LegalDoc) => d.amends !== undefined && docs.some((x) => x.number === d.amends);
    const cited = docs.filter((d) => !amended(d));
    // Each cited text with its amendments after it, in the form given for the text and the dated form for them.
    const withAmendments = (d: LegalDoc, form: (x: LegalDoc) => string) => {
      const by = docs.filter((x) => x.amends === d.number);
      return by.length ? `${form(d)}, được sửa đổi, bổ sung bởi ${joinVi(by.map(datedCitation))}` : form(d);
    };
    out[camel(id)] = {
      co: cited.length > 0,
      ngan: joinVi(cited.map((d) => withAmendments(d, shortCitation))),
      day: cited.map((d) => withAmendments(d, fullCitation)).join('; '),
      nganNgay: joinVi(cited.map((d) => withAmendments(d, datedCitation))),
      ds: cited.map((d, i) => ({
        ngan: withAmendments(d, shortCitation),
        nganNgay: withAmendments(d, datedCitation),
        day: withAmendments(d, fullCitation),
        cuoi: i === cited.length - 1,
      })),
    };
  }
  return out;
}

const key = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * The period as the reports print it. `kindPeriod` is the period the report kind is about: its words while the days
 * are unknown ("quý … năm …"), and the name of days that fall within one such period without making it whole (an
 * annual report whose figures run from 01/01 to 26/10 is still "năm 2020").
 */
export function periodView(settings: ReportSettings, kindPeriod: PeriodType = 'thang', named?: NamedPeriod): PeriodView {
  const from = isoDate(settings.kyTu);
  const to = isoDate(settings.kyDen);
  if (!from || !to) {
    const info = periodType(named?.type ?? kindPeriod);
    const ten = named ? periodName(named) : info.blank;
    return { co: false, ten, ngan: ten, loai: info.loai, laThang: (named?.type ?? kindPeriod) === 'thang', tu: '', den: '', text: '', truoc: '' };
  }
  const before = new Date(`${from}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  const tu = shortDate(from);
  const den = shortDate(to);
  // The days as a title named them ("QUÝ I/2020" over 01/12/2019–29/02/2020), else as they fall.
  const p = named && namesDays(named, from, to) ? { ...named, from, to } : namedWithin(periodOfDays(from, to), kindPeriod);
  const ngan = p.type === 'thang' ? `tháng ${monthWord(p.index!)}/${p.year}` : p.type === 'quy' ? `quý ${ROMAN[p.index! - 1]}/${p.year}` : periodName(p);
  return {
    co: true,
    ten: periodName(p),
    ngan,
    loai: periodWord(p.type),
    laThang: p.type === 'thang',
    tu,
    den,
    text: `từ ngày ${tu} đến ngày ${den}`,
    truoc: shortDate(before.toISOString().slice(0, 10)),
  };
}

/** Days that make no whole period, named by the kind's period when they lie within one (from its 15th cut-off on). */
function namedWithin(p: ReportPeriod, kindPeriod: PeriodType): ReportPeriod {
  if (p.type !== 'khoang' || !p.from || !p.to) return p;
  const [y, m] = p.to.split('-').map(Number) as [number, number];
  const named: NamedPeriod = {
    type: kindPeriod,
    year: y,
    ...(kindPeriod === 'thang' ? { index: m } : kindPeriod === 'quy' ? { index: Math.ceil(m / 3) } : {}),
  };
  const cutOff = periodDays(named, 'dinh-ky');
  const calendar = periodDays(named, 'lich');
  return p.from >= cutOff.from && p.to <= calendar.to ? { ...named, from: p.from, to: p.to } : p;
}

/** The day whose texts are in force for the report: the period's end, else the report's date. */
export function citationDay(settings: ReportSettings): string | undefined {
  return isoDate(settings.kyDen) ?? isoDate(settings.ngay);
}

/**
 * "tỉnh Đồng Tháp" from "UBND TỈNH ĐỒNG THÁP": the cơ quan chủ quản or the issuing body, else a recipient ("Ủy ban nhân
 * dân tỉnh Đồng Tháp" in Kính gửi or Nơi nhận), when one names it.
 */
export function provinceOf(settings: ReportSettings): string | undefined {
  for (const s of [settings.coQuanChuQuan, settings.coQuanBanHanh, ...settings.kinhGui, ...settings.noiNhan]) {
    const m = /(?:^|\s)TỈNH\s+([^;,.()]+?)\s*[;,.]?$/iu.exec(s.normalize('NFC').trim());
    if (m) return `tỉnh ${m[1]!.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_x, sp: string, ch: string) => sp + ch.toLocaleUpperCase('vi'))}`;
  }
  return undefined;
}

/** The recipients a template may name by default (`nhan.baoCaoThang`), in force on the day; '' when none is known. */
export function recipientView(settings: ReportSettings, day: string | undefined): Record<string, string> {
  const r = day ? recipientOn('bao-cao-thang', day) : undefined;
  if (!r) return { baoCaoThang: '' };
  const province = provinceOf(settings);
  return { baoCaoThang: province && r.name.endsWith(' tỉnh') ? `${r.name.slice(0, -5)} ${province}` : r.name };
}

const CITATION_KEYS: { [K in keyof CitationView]-?: ViewSchema } = {
  co: FLAG,
  ngan: TEXT,
  day: TEXT,
  nganNgay: TEXT,
  ds: list(obj({ ngan: TEXT, nganNgay: TEXT, day: TEXT, cuoi: FLAG })),
};

/** What `citationView` gives a template (`vb`): a citation for each role of the catalogue. */
export const CITATIONS_SCHEMA: ViewSchema = obj(Object.fromEntries(LEGAL_ROLES.map(({ id }) => [camel(id), obj(CITATION_KEYS)])));

const PERIOD_KEYS: { [K in keyof PeriodView]-?: ViewSchema } = {
  co: FLAG,
  ten: TEXT,
  ngan: TEXT,
  loai: TEXT,
  laThang: FLAG,
  tu: TEXT,
  den: TEXT,
  text: TEXT,
  truoc: TEXT,
};
/** What `periodView` gives a template (`ky`). */
export const PERIOD_SCHEMA: ViewSchema = obj(PERIOD_KEYS);

/** What `recipientView` gives a template (`nhan`). */
export const RECIPIENTS_SCHEMA: ViewSchema = obj({ baoCaoThang: TEXT });
