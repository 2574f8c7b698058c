/** Kiểm tra số liệu as a job: which sheets are read, the tables found, every finding, and the reader's notes. */
import { checkTables, type CheckOptions, type FindingsSummary } from '../checks/check-tables';
import { findingFacts, type Finding } from '../catalogue/findings';
import { USER_ERRORS } from '../catalogue/messages';
import type { Workbook } from '../grid/types';
import { isSettingsSheet, readTables } from '../tables/read-tables';
import { readTitles, type TitleText } from '../tables/titles';
import type { Table } from '../tables/table';
import { onlySheet } from '../workbook';
import { JobError, type JobNote } from './notes';

export interface CheckJobInput {
  workbook: Workbook;
  /** Only this sheet (and the settings sheet) is read: `--trang`. Case and Unicode form aside. */
  sheet?: string;
  /** Findings kept (the summary counts them all); default 1.000. */
  maxFindings?: number;
  onProgress?: CheckOptions['onProgress'];
  /**
   * Let the grids go once the tables and title rows are read, all but the settings sheet's: they are the largest thing
   * in memory (a 60 MB CSV's cells). The input workbook's `sheets` are emptied so.
   */
  letGo?: boolean;
}

export interface CheckJobResult {
  /** The workbook as read for the job (only the chosen sheet and the settings sheet, with `sheet`). */
  workbook: Workbook;
  tables: Table[];
  findings: Finding[];
  summary: FindingsSummary;
  /** The sheets read, in the workbook's order (kept when the grids are let go). */
  sheetNames: string[];
  /** The sheets' title rows, read with the tables: the report's hints (issuing body, period) need no grid after. */
  titles: TitleText[];
  /** What the reader repaired or guessed: also findings (rule doc-tep-co-sua), listed here for jobs without findings. */
  notes: JobNote[];
}

export function checkJob(input: CheckJobInput): CheckJobResult {
  const wb = input.sheet ? onlySheet(input.workbook, input.sheet) : input.workbook;
  if (!wb)
    throw new JobError(
      'khong-co-trang',
      USER_ERRORS.noSheet(
        input.sheet!,
        input.workbook.sheets.map((s) => s.name),
      ),
    );
  const tables = readTables(wb, input.onProgress ? { onProgress: input.onProgress } : {});
  const sheetNames = wb.sheets.map((s) => s.name);
  const titles = readTitles(wb);
  if (input.letGo) for (const w of [wb, input.workbook]) w.sheets = w.sheets.filter((s) => isSettingsSheet(s.name));
  const { findings, summary } = checkTables(tables, sheetNames, {
    ...(input.maxFindings !== undefined ? { maxFindings: input.maxFindings } : {}),
    ...(wb.notes ? { notes: wb.notes } : {}),
  });
  const notes: JobNote[] = (wb.notes ?? []).map((n) => ({ code: 'tep-co-sua', message: n.message }));
  return { workbook: wb, tables, findings, summary, sheetNames, titles, notes };
}

/** A finding as `check --json` and the web page give it (a contract): these fields, in this order. */
export function findingJson(f: Finding): Record<string, unknown> {
  return { ...findingFacts(f), ...(f.candidates ? { candidates: f.candidates } : {}) };
}
