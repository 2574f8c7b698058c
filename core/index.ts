/** The core's public face: plain data in, plain data out. No Node, DOM or host API below this folder. */
export type { CellValue, CellError, CellRange, SheetGrid, Workbook } from './grid/types';
export { a1, rangeA1, parseA1, parseRangeA1, columnLetters } from './grid/a1';
export { gridFromHost, parseAreas, type HostSheet } from './grid/host-values';
export { checkWorkbook, onlySheet, sheetsWithResults, tablesForSheet, type CheckResult } from './workbook';
export { checkTables, type CheckOptions, type FindingsSummary } from './checks/check-tables';
export { readTables, isSettingsSheet, SETTINGS_SHEET } from './tables/read-tables';
export { tableSummary, cellOf, numberOf, isDataRole } from './tables/table';
export type { Table, TableSummary, TableRecord, Measure, TableValue, ReadValue, RecordRole, Orientation } from './tables/table';
export type { Finding, RuleId, Severity } from './catalogue/findings';
export { RULES } from './catalogue/findings';
export { computeIndicators } from './indicators/compute';
export { computeScorecard, SCORE_CRITERIA, type ScoreItem } from './indicators/scorecard';
export type { Indicator, IndicatorSettings } from './indicators/compute';
export { DEFAULT_TARGETS } from './catalogue/targets';
export { FORMS } from './catalogue/forms';
export { MSG, REPORT_NOTES, USER_ERRORS } from './catalogue/messages';
export { marksFor, MARK_FILL, MARK_NOTE_PREFIX, type CellMark } from './marks';
export {
  planMarks,
  planRestore,
  parseRecord,
  cellsToRead,
  sameFill,
  isOurNote,
  MarksTooLarge,
  MARKS_TOO_LARGE,
  type HostFill,
  type CellState,
  type SavedCell,
  type CellWrite,
  type SheetWrites,
  type MarkHost,
  type MarkPlan,
  type RestorePlan,
  type StateOf,
} from './marks-plan';
export * from './numbers';
export { foldKey, hasPhrase } from './text/fold';
export { freeSheetName, SAMPLE_SHEET_NAME, SAMPLE_TABLE, EXAMPLE_TABLE } from './sample/sample';
