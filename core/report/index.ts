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

// The .docx writer (./docx) is not re-exported here: the pane loads it apart, on first use (pane/docx.ts), and a
// barrel export would pull the docx library into the pane's bundle. Import it from 'core/report/docx'.
export { reportText } from './text';
export { REPORT_KINDS, REPORT_KIND_IDS, guessKind, isReportKind, type ReportKindId } from './kinds';
export { readSettingsSheet, withDefaults, DEFAULT_SETTINGS, SETTING_FIELDS, type ReportSettings, type SettingField } from './settings';
export { parseTemplate, TemplateError, type ReportTemplate } from './template';
export type { ReportDocument } from './model';
export { draftMark } from './compose';
export { reportFileName } from './file-name';
export { LEGAL_DOCS, LEGAL_ROLES, type LegalDoc, type LegalRole } from '../catalogue/legal-docs';

/** The workbook's own settings sheet, with defaults; labels it does not know are returned for a warning. */
export function settingsFromWorkbook(wb: Workbook): { settings: ReportSettings; unknown: string[] } {
  const sheet = wb.sheets.find((s) => isSettingsSheet(s.name));
  const read = sheet ? readSettingsSheet(sheet) : { settings: {}, unknown: [] };
  return { settings: withDefaults(read.settings), unknown: read.unknown };
}

/** The report kind to write: the one asked for, else the settings', else the one the tables suggest. */
export function chooseKind(asked: string | undefined, settings: ReportSettings, tables: Table[]): ReportKindId | string {
  if (asked) return asked;
  if (settings.mauBaoCao && isReportKind(settings.mauBaoCao)) return settings.mauBaoCao;
  return guessKind(tables);
}

export interface BuildReportInput {
  tables: Table[];
  settings: ReportSettings;
  templateText: string;
  indicatorSettings?: IndicatorSettings;
  /** The checks' findings: with errors among them, the report carries the draft mark… */
  findings?: Finding[];
  /** …unless the user accepted the figures as they are. */
  accepted?: boolean;
}

export function buildReport(input: BuildReportInput): ReportDocument {
  const indicators = computeIndicators(input.tables, input.indicatorSettings);
  return composeReport({
    tables: input.tables,
    indicators,
    settings: input.settings,
    template: parseTemplate(input.templateText),
    ...(input.findings ? { findings: input.findings } : {}),
    ...(input.accepted !== undefined ? { accepted: input.accepted } : {}),
  });
}

/** Whether a template writes a công văn, which needs no table (its body is the office's own text). */
export function isLetterTemplate(templateText: string): boolean {
  return parseTemplate(templateText).meta.loai === 'cong-van';
}
