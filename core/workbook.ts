/** The pipeline from a workbook's grids: read the tables once, then check them. */
import { checkTables, type CheckOptions, type FindingsSummary } from './checks/check-tables';
import type { Finding } from './catalogue/findings';
import type { Workbook } from './grid/types';
import { readTables } from './tables/read-tables';
import type { Table } from './tables/table';

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  summary: FindingsSummary;
}

export function checkWorkbook(wb: Workbook, opts: CheckOptions = {}): CheckResult {
  const tables = readTables(wb, opts.onProgress ? { onProgress: opts.onProgress } : {});
  const { findings, summary } = checkTables(
    tables,
    wb.sheets.map((s) => s.name),
    opts,
  );
  return { tables, findings, summary };
}
