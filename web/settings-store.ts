/**
 * The report settings the clerk typed, kept in this browser per unit (localStorage), with export to and import from a
 * file: a clerk who moves to another machine, or a province that hands out its header and signer, takes one file.
 */
import { DEFAULT_SETTINGS, parseReportsMade, withDefaults, type ReportMade, type ReportSettings } from '../core/report';

const KEY = 'bao-cao-cchc/cai-dat/v1';
/** Settings of one report, never kept for the unit's next one. */
const PERIOD_FIELDS = ['kyTu', 'kyDen', 'ngay'] as const;

/** The unit of a workbook that names none. */
export const NO_UNIT = '';

interface Stored {
  app: 'bao-cao-cchc';
  version: 1;
  units: Record<string, Record<string, unknown>>;
  /** «Báo cáo đã tạo» per unit (core/report/reports-made): absent in files of earlier versions. */
  reports?: Record<string, unknown>;
}

export interface SettingsStore {
  load(unit: string): Partial<ReportSettings> | undefined;
  save(unit: string, settings: ReportSettings): void;
  /** The reports made from this unit's files on this browser, newest first. */
  loadReports(unit: string): ReportMade[];
  saveReports(unit: string, list: ReportMade[]): void;
  /** The whole store as a file's text. */
  exportText(): string;
  /** Merges a file made by exportText; returns the units it held, or throws when the text is not one. */
  importText(text: string): number;
  /** False when the browser keeps nothing (private mode, storage off): settings last until the page closes. */
  readonly persistent: boolean;
}

function parse(text: string | null): Stored | undefined {
  if (!text) return undefined;
  try {
    const x = JSON.parse(text) as Partial<Stored>;
    if (x?.app !== 'bao-cao-cchc' || x.version !== 1 || typeof x.units !== 'object' || x.units === null || Array.isArray(x.units)) return undefined;
    for (const v of Object.values(x.units)) if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    // A list of reports of another shape is forgotten, never a reason to lose the settings.
    if (x.reports !== undefined && (typeof x.reports !== 'object' || x.reports === null || Array.isArray(x.reports))) delete x.reports;
    return x as Stored;
  } catch {
    return undefined;
  }
}

/** The store in `storage` (localStorage); in memory when the browser refuses it. */
export function settingsStore(storage: Storage | undefined): SettingsStore {
  let memory: Stored = { app: 'bao-cao-cchc', version: 1, units: {} };
  let persistent = false;
  try {
    memory = parse(storage?.getItem(KEY) ?? null) ?? memory;
    storage?.setItem(`${KEY}/thu`, '1');
    storage?.removeItem(`${KEY}/thu`);
    persistent = storage !== undefined;
  } catch {
    persistent = false;
  }
  const write = () => {
    if (!persistent) return;
    try {
      storage!.setItem(KEY, JSON.stringify(memory));
    } catch {
      // Full or refused: what was typed stays for this visit.
    }
  };
  return {
    persistent,
    load: (unit) => {
      const v = memory.units[unit];
      return v ? sanitize(v) : undefined;
    },
    save(unit, settings) {
      // A period's own fields are not the unit's: next month's file brings its own period and date.
      const kept: Record<string, unknown> = { ...settings };
      for (const k of PERIOD_FIELDS) delete kept[k];
      memory.units[unit] = kept;
      write();
    },
    loadReports: (unit) => parseReportsMade(memory.reports?.[unit]),
    saveReports(unit, list) {
      (memory.reports ??= {})[unit] = list;
      write();
    },
    exportText: () => JSON.stringify(memory, null, 2),
    importText(text) {
      const x = parse(text);
      if (!x) throw new Error('not a settings file');
      // Each unit's settings as the pane keeps them: unknown keys and values of the wrong kind dropped, the rest defaulted.
      for (const [k, v] of Object.entries(x.units)) memory.units[k] = withDefaults(sanitize(v)) as unknown as Record<string, unknown>;
      write();
      return Object.keys(x.units).length;
    },
  };
}

/** Only the settings' own fields, each of its own kind (a file from elsewhere may hold anything). */
function sanitize(v: Record<string, unknown>): Partial<ReportSettings> {
  const out: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(DEFAULT_SETTINGS)) {
    const x = v[k];
    if (x === undefined) continue;
    if (Array.isArray(d)) {
      if (Array.isArray(x) && x.every((i) => typeof i === 'string')) out[k] = x;
    } else if (d !== null && typeof d === 'object') {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) continue;
      const ok = k === 'mucTieu' ? (i: unknown) => i === null || (typeof i === 'number' && Number.isFinite(i)) : (i: unknown) => typeof i === 'string';
      out[k] = Object.fromEntries(Object.entries(x).filter(([, i]) => ok(i)));
    } else if (typeof x === typeof d) out[k] = x;
  }
  return out as Partial<ReportSettings>;
}
