/** Tạo báo cáo: from a checked workbook to the report document and its .docx bytes. */
import { isSettingsSheet } from '../tables/settings-sheet';
import type { Table } from '../tables/table';
import { computeIndicators, type IndicatorSettings } from '../indicators/compute';
import type { Workbook } from '../grid/types';
import { composeReport } from './compose';
import { guessKind, isReportKind, type ReportKindId } from './kinds';
import type { ReportDocument } from './model';
import type { Finding } from '../catalogue/findings';
import { readSettingsSheet, withDefaults, type ReportSettings } from './settings';
import { parseTemplate } from './template';
import { agencyFromTitles, namedPeriodFromTitles, periodFromTitles } from './title-hints';
import { isoDate } from '../catalogue/legal-docs';
import type { PeriodType } from '../catalogue/periods';
import { type NamedPeriod, periodOfDays, type ReportPeriod } from './period';
import { readTitles, type TitleText } from '../tables/titles';
import { SETTING_FIELDS, type SettingField } from '../catalogue/settings-fields';

// The .docx writer (./docx) is not re-exported here: the pane loads it apart, on first use (pane/docx.ts), and a
// barrel export would pull the docx library into the pane's bundle. Import it from 'core/report/docx'.
export { reportText } from './text';
export { REPORT_KINDS, REPORT_KIND_IDS, guessKind, isReportKind, templateFileOf, type ReportKindId } from './kinds';
export { readSettingsSheet, withDefaults, DEFAULT_SETTINGS, SETTING_FIELDS, type ReportSettings, type SettingField } from './settings';
export { checkTemplateNames, MAX_SECTION_DEPTH, parseTemplate, TemplateError, type ReportTemplate } from './template';
export { DOTS, REPORT_VIEW_SCHEMA, appendixSubtitle, composeReport, type ComposeInput } from './compose';
export { LANDSCAPE_WIDTH_MM } from './appendix';
export type { ViewSchema } from './view-schema';
export type { ReportDocument } from './model';
export { draftMark } from './compose';
export { reportFileName } from './file-name';
export { madeUnder, parseReportsMade, recordMade, REPORTS_MADE_MAX, versionName, type ReportMade, type SameNameChoice } from './reports-made';
export { agencyFromTitles, agencyOf, namedPeriodFromTitles, periodFromTitles, type PeriodHint, type TitleHint } from './title-hints';
export { LEGAL_DOCS, LEGAL_ROLES, type LegalDoc, type LegalRole } from '../catalogue/legal-docs';
export { namesDays, periodDays, periodName, periodOfDays, type NamedPeriod, type ReportPeriod } from './period';
export { reportKindInfo } from '../catalogue/report-kinds';

/** A setting read from a sheet's title, for the note that says so. */
export interface FromTitle {
  /** Which setting: the issuing body, or the period (kyTu and kyDen together). */
  field: 'coQuanBanHanh' | 'ky';
  /** The field's name, as the pane and the settings sheet call it ("Cơ quan ban hành"). */
  label: string;
  value: string;
  /** "Số liệu!A1". */
  cell: string;
  /** What was assumed beyond the title's words: the rule its days were counted by. */
  assumption?: string;
}

/**
 * A period a title names ("THÁNG 7 NĂM 2025", "QUÝ I/2020"): the report's words for the days it covers, and, when no
 * days are stated, the days counted by the kind's rule (the report job).
 */
export interface NamedFromTitle {
  period: NamedPeriod;
  cell: string;
}

/**
 * The workbook's own settings sheet, with defaults; labels it does not know are returned for a warning. What it
 * leaves empty, a sheet's title may give (core/report/title-hints.ts): the issuing body ("UBND XÃ PHÚ HỰU") and a
 * period stated with both its days; each is listed in `fromTitles`, to be said.
 */
export function settingsFromWorkbook(
  wb: Workbook,
  /** The title rows, when the tables stage read them already (CheckJobResult.titles): the grid need not be kept. */
  titles: readonly TitleText[] = readTitles(wb),
): { settings: ReportSettings; unknown: string[]; fromTitles: FromTitle[]; named?: NamedFromTitle } {
  const sheet = wb.sheets.find((s) => isSettingsSheet(s.name));
  const read: { settings: Partial<ReportSettings>; unknown: string[] } = sheet ? readSettingsSheet(sheet) : { settings: {}, unknown: [] };
  const own = { ...read.settings };
  const fromTitles: FromTitle[] = [];
  const label = (key: string) => SETTING_FIELDS.find((f) => f.key === key)!.label;
  const agency = own.coQuanBanHanh?.trim() ? undefined : agencyFromTitles(titles);
  if (agency) {
    own.coQuanBanHanh = agency.coQuanBanHanh;
    fromTitles.push({ field: 'coQuanBanHanh', label: label('coQuanBanHanh'), value: agency.coQuanBanHanh, cell: agency.cell });
  }
  const period = own.kyTu?.trim() || own.kyDen?.trim() ? undefined : periodFromTitles(titles);
  if (period) {
    own.kyTu = period.kyTu;
    own.kyDen = period.kyDen;
    fromTitles.push({ field: 'ky', label: 'Kỳ báo cáo', value: `${period.kyTu} – ${period.kyDen}`, cell: period.cell });
  }
  const n = namedPeriodFromTitles(titles);
  const named: NamedFromTitle | undefined = n && { period: n.named, cell: n.cell };
  return { settings: withDefaults(own), unknown: read.unknown, fromTitles, ...(named ? { named } : {}) };
}

/** The period the settings' dates make, when both are real days. */
export function periodOfSettings(settings: Pick<ReportSettings, 'kyTu' | 'kyDen'>): ReportPeriod | undefined {
  const from = isoDate(settings.kyTu);
  const to = isoDate(settings.kyDen);
  return from && to ? periodOfDays(from, to) : undefined;
}

/** The fields left empty that leave dots in the report for the văn thư (a công văn has no period). */
export function missingSettings(settings: ReportSettings, letter: boolean): SettingField[] {
  return SETTING_FIELDS.filter((f) => {
    if (!f.needed || (letter && f.needed === 'period')) return false;
    const v = settings[f.key as keyof ReportSettings];
    return typeof v === 'string' ? v.trim() === '' : Array.isArray(v) ? v.length === 0 : false;
  });
}

/** The report kind to write: the one asked for, else the settings', else the one the period and the tables suggest. */
export function chooseKind(asked: string | undefined, settings: ReportSettings, tables: Table[], period?: NamedPeriod | ReportPeriod): ReportKindId | string {
  if (asked) return asked;
  if (settings.mauBaoCao && isReportKind(settings.mauBaoCao)) return settings.mauBaoCao;
  return guessKind(tables, period);
}

export interface BuildReportInput {
  tables: Table[];
  settings: ReportSettings;
  templateText: string;
  /** The template's file name, for its errors. */
  templateName?: string;
  indicatorSettings?: IndicatorSettings;
  /** The checks' findings: with errors among them, the report carries the draft mark… */
  findings?: Finding[];
  /** …unless the user accepted the figures as they are. */
  accepted?: boolean;
  /** The period the report kind is about, for its words while the days are unknown. */
  periodType?: PeriodType;
  /** The period a title names, for the words of the days it covers. */
  namedPeriod?: NamedPeriod;
}

export function buildReport(input: BuildReportInput): ReportDocument {
  const indicators = computeIndicators(input.tables, input.indicatorSettings);
  return composeReport({
    tables: input.tables,
    indicators,
    settings: input.settings,
    template: parseTemplate(input.templateText, input.templateName),
    ...(input.findings ? { findings: input.findings } : {}),
    ...(input.accepted !== undefined ? { accepted: input.accepted } : {}),
    ...(input.periodType ? { periodType: input.periodType } : {}),
    ...(input.namedPeriod ? { namedPeriod: input.namedPeriod } : {}),
  });
}

/** Whether a template writes a công văn, which needs no table (its body is the office's own text). */
export function isLetterTemplate(templateText: string, templateName?: string): boolean {
  return parseTemplate(templateText, templateName).meta.loai === 'cong-van';
}
