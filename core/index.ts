/** The core's public face: plain data in, plain data out. No Node, DOM or host API below this folder. */
export type { CellValue, CellError, CellRange, SheetGrid, Workbook } from './grid/types';
export { a1, rangeA1, parseA1, parseRangeA1, columnLetters } from './grid/a1';
export { gridFromHost, parseAreas, type HostSheet } from './grid/host-values';
export { checkWorkbook, isSettingsSheet, SETTINGS_SHEET } from './checks/check-workbook';
export type { CheckOptions, CheckResult, TableSummary } from './checks/check-workbook';
export type { Finding, RuleId, Severity } from './checks/catalogue';
export { RULES } from './checks/catalogue';
export { computeIndicators } from './indicators/compute';
export { computeScorecard, SCORE_CRITERIA, type ScoreItem } from './indicators/scorecard';
export type { Indicator, IndicatorSettings } from './indicators/compute';
export { DEFAULT_TARGETS } from './indicators/targets';
export { FORMS } from './detect/forms';
export type { DetectedTable } from './detect/types';
export { MSG, USER_ERRORS } from './messages';
export { marksFor, MARK_FILL, MARK_NOTE_PREFIX, type CellMark } from './marks';
export * from './numbers';
export { foldKey, hasPhrase } from './text/fold';
