/**
 * Tổng hợp over one open workbook (the pane's view): a province clerk's workbook holds either one sheet per unit
 * (filled by IMPORTRANGE or copy-paste) or one sheet listing the units by rows. Either way it becomes the same
 * roll-up inputs the command line builds from files, so the pane and `tong-hop` sum, rank and word alike.
 */
import type { Finding } from '../catalogue/findings';
import { LEVEL_REST, PERIOD_LABEL, UNIT_NAME_PREFIXES } from '../catalogue/vocabulary';
import type { Workbook } from '../grid/types';
import { TableContext } from '../tables/context';
import { isSettingsSheet } from '../tables/settings-sheet';
import { isDataRole, type Table } from '../tables/table';
import { foldKey } from '../text/fold';
import { ROLLUP_CONCEPTS } from '../catalogue/rollup';
import { rowCounts, unitCounts } from './counts';
import { rollUp, type Rollup, type UnitInput } from './rollup';
import { unitKey } from './units';

/** How the workbook holds its units: a sheet each, or a row each of one table; null when it holds no units. */
export type WorkbookLayout = 'sheets' | 'rows' | null;

export interface WorkbookRollup {
  layout: WorkbookLayout;
  inputs: UnitInput[];
  /** Undefined when no units were found. */
  rollup?: Rollup;
}

/** Fewer unit rows than this are a table by field or level, not a list of units. */
const MIN_LIST_ROWS = 2;

/**
 * "Xã Mỹ An", "Phường 1", "UBND thị trấn Lấp Vò": a label naming a unit by its administrative prefix, not a level
 * ("Cấp xã", "UBND xã"). The table reader takes a list of communes for a table by level (its labels say "xã"), so
 * the names, not `byLevel`, tell a list of units.
 */
export function looksLikeUnitName(label: string): boolean {
  const k = foldKey(label);
  if (!UNIT_NAME_PREFIXES.some((p) => k.startsWith(`${p} `) && k.length > p.length + 1)) return false;
  const rest = unitKey(label);
  return rest !== '' && !LEVEL_REST.test(rest);
}

const dataRows = (t: Table) => t.records.filter((r) => isDataRole(r.role));

/** A TTHC table whose rows are units: at least two data rows, most of them named as units are. */
export function isUnitList(t: Table): boolean {
  if (t.form !== 'tthc' || t.byPeriod) return false;
  const rows = dataRows(t);
  const named = rows.filter((r) => looksLikeUnitName(r.label)).length;
  return named >= MIN_LIST_ROWS && named * 2 >= rows.length;
}

const errorsIn = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error').length;

function input(source: string, name: string, counts: UnitInput['counts'], findings: Finding[]): UnitInput {
  const x: UnitInput = { source, fileName: name, name, findings, errors: errorsIn(findings) };
  if (counts && ROLLUP_CONCEPTS.some((c) => counts[c] !== undefined)) x.counts = counts;
  return x;
}

/** One unit per sheet with a TTHC table (the settings sheet and a sheet listing units excepted), named by the sheet. */
function bySheet(wb: Workbook, tables: readonly Table[], findings: readonly Finding[]): UnitInput[] {
  const out: UnitInput[] = [];
  for (const s of wb.sheets) {
    // A sheet per month ("Tháng 1", "Quý I") is one unit's periods, not units.
    if (isSettingsSheet(s.name) || PERIOD_LABEL.test(foldKey(s.name))) continue;
    const own = tables.filter((t) => t.sheet === s.name);
    const tthc = own.filter((t) => t.form === 'tthc');
    // A sheet listing the units is the province's own summary: summing it with the units would count them twice.
    if (tthc.length === 0 || tthc.some(isUnitList)) continue;
    out.push(
      input(
        s.name,
        s.name,
        unitCounts(own),
        findings.filter((f) => f.sheet === s.name),
      ),
    );
  }
  return out;
}

/** One unit per data row of a table listing units; a finding on the row is the unit's. */
function byRow(t: Table, findings: readonly Finding[]): UnitInput[] {
  const ctx = new TableContext(t);
  return dataRows(t).map((r) => {
    const own = findings.filter((f) => f.sheet === t.sheet && (t.orientation === 'rows' ? f.row : f.col) === r.line);
    const name = r.label.normalize('NFC').trim();
    return input(`${t.sheet}!${ctx.a1(r.line, (t.measures.find((m) => m.kind === 'label') ?? t.measures[0])?.line ?? 0)}`, name, rowCounts(ctx, r.line), own);
  });
}

/**
 * The roll-up of one workbook from its tables and their findings (checkWorkbook's): several sheets with TTHC
 * tables are a sheet each; otherwise the first table listing units is a row each.
 */
export function rollUpWorkbook(wb: Workbook, tables: readonly Table[], findings: readonly Finding[]): WorkbookRollup {
  const sheets = bySheet(wb, tables, findings);
  if (sheets.length >= 2) return { layout: 'sheets', inputs: sheets, rollup: rollUp(sheets) };
  const list = tables.find(isUnitList);
  if (list) {
    const rows = byRow(list, findings);
    return { layout: 'rows', inputs: rows, rollup: rollUp(rows) };
  }
  return { layout: null, inputs: [] };
}
