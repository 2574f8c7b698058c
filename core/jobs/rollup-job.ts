/**
 * Tổng hợp as jobs: one unit's workbook made into what the roll-up keeps of it (its grids let go by the caller), the
 * roll-up of many units (files, or the sheets or rows of one open workbook), and the province report. The CLI, the
 * pane and the web page read files their own way and call these; they decide nothing of the sums or the words.
 */
import type { Workbook } from '../grid/types';
import { settingsFromWorkbook, type ReportDocument, type ReportSettings } from '../report';
import {
  buildRollupReport,
  readUnitList,
  rollUp,
  rollUpWorkbook,
  UnitListError,
  unitInput,
  unreadableInput,
  type ListedUnit,
  type Rollup,
  type UnitInput,
  type WorkbookRollup,
} from '../rollup';
import { checkJob, type CheckJobResult } from './check-job';

/**
 * One unit's workbook as the roll-up keeps it: counts, findings, the settings it needs. `source` is the file as the
 * user named it, `stem` its name without extension (the unit's name when the workbook names none).
 */
export function unitJob(workbook: Workbook, source: string, stem: string): UnitInput {
  const check = checkJob({ workbook });
  return unitInput(source, stem.normalize('NFC'), check.tables, settingsFromWorkbook(workbook, check.titles).settings, check);
}

/** A file that could not be read: its unit is listed as unreadable, with the reader's sentence. */
export function unreadableUnitJob(source: string, stem: string, message: string): UnitInput {
  return unreadableInput(source, stem.normalize('NFC'), message);
}

/** The units' list (danh sách) from its workbook's first sheet; throws UnitListError with its sentence. */
export function unitListJob(workbook: Workbook, name: string): ListedUnit[] {
  const sheet = workbook.sheets[0];
  if (!sheet) throw new UnitListError(`Danh sách đơn vị «${name}» trống.`);
  return readUnitList(sheet, name);
}

export interface RollupJobInput {
  units: readonly UnitInput[];
  list?: readonly ListedUnit[];
  previous?: readonly UnitInput[];
}

export function rollupJob(input: RollupJobInput): Rollup {
  return rollUp(input.units, {
    ...(input.list ? { list: input.list } : {}),
    ...(input.previous ? { previous: input.previous } : {}),
  });
}

/** The roll-up of one open workbook: a sheet per unit, or a table listing units by rows (the pane's Tổng hợp). */
export function workbookRollupJob(check: CheckJobResult): WorkbookRollup {
  return rollUpWorkbook(check.workbook, check.tables, check.findings);
}

/** The province report of a roll-up: header and signer from the settings given (the province's own), blank else. */
export function rollupReportJob(input: { rollup: Rollup; templateText: string; templateName?: string; settings?: Partial<ReportSettings> }): ReportDocument {
  return buildRollupReport({
    rollup: input.rollup,
    templateText: input.templateText,
    ...(input.templateName ? { templateName: input.templateName } : {}),
    ...(input.settings ? { settings: input.settings } : {}),
  });
}

/** The contract of `tong-hop --json` and the web page's «Tải kết quả (.json)»: these fields, in this order. */
export function rollupJson(r: Rollup): unknown {
  return {
    units: r.units.map((u) => ({ unit: u.unit, code: u.code, source: u.source, status: u.status, errors: u.errors, counts: u.counts })),
    total: { units: r.total.units, counts: r.total.counts },
    indicators: r.indicators,
    ranking: r.ranking,
    comparison: r.comparison,
    findings: r.findings,
  };
}
