/** The pipeline from a workbook's grids: read the tables once, then check them. */
import { checkTables, type CheckOptions, type FindingsSummary } from './checks/check-tables';
import type { Finding } from './catalogue/findings';
import type { Workbook } from './grid/types';
import { isSettingsSheet, readTables } from './tables/read-tables';
import type { Table } from './tables/table';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  summary: FindingsSummary;
}

/**
 * The workbook with only the sheet named `name` (case and Unicode form aside) and the settings sheet: a report on
 * one month of a workbook that keeps a sheet per month. Undefined when no sheet has that name.
 */
export function onlySheet(wb: Workbook, name: string): Workbook | undefined {
  const key = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
  const sheet = wb.sheets.find((s) => key(s.name) === key(name));
  if (!sheet) return undefined;
  return { ...wb, sheets: wb.sheets.filter((s) => s === sheet || isSettingsSheet(s.name)) };
}

/** The sheets holding a table of results (form tthc), in the workbook's order: more than one, and a report must pick. */
export function sheetsWithResults(tables: readonly Table[]): string[] {
  return [...new Set(tables.filter((t) => t.form === 'tthc').map((t) => t.sheet))];
}

/**
 * The tables a report on `sheet` uses: that sheet's, and those of sheets holding no results table (a "Số hóa" sheet
 * beside the months). With no sheet chosen, all of them.
 */
export function tablesForSheet(tables: readonly Table[], sheet: string | undefined): Table[] {
  if (!sheet) return [...tables];
  const results = new Set(sheetsWithResults(tables));
  return tables.filter((t) => t.sheet === sheet || !results.has(t.sheet));
}

export function checkWorkbook(wb: Workbook, opts: CheckOptions = {}): CheckResult {
  const tables = readTables(wb, opts.onProgress ? { onProgress: opts.onProgress } : {});
  const { findings, summary } = checkTables(
    tables,
    wb.sheets.map((s) => s.name),
    wb.notes ? { ...opts, notes: wb.notes } : opts,
  );
  return { tables, findings, summary };
}
