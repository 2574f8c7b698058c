/** Tổng hợp: the roll-up of many units' reports (issue 12). */
export { unitKey, readUnitList, UnitListError, type ListedUnit } from './units';
export { luyKe, type Counts } from './luy-ke';
export { unitCounts } from './counts';
export {
  rollUp,
  monthList,
  unitInput,
  unreadableInput,
  countChange,
  comparisonLabel,
  rateChange,
  TOTAL_SCOPE,
  type Rollup,
  type RollupUnit,
  type RollupFinding,
  type RankItem,
  type ComparisonItem,
  type UnitInput,
  type UnitStatus,
  type RollupOptions,
} from './rollup';
export { buildRollupReport, ROLLUP_VIEW_SCHEMA, rollupView, rollupTable, type RollupReportInput } from './report';
export { rollUpWorkbook, isUnitList, looksLikeUnitName, type WorkbookRollup, type WorkbookLayout } from './workbook';
