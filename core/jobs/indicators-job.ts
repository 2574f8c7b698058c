/**
 * Chỉ tiêu as a job: the indicators of the tables and the Bộ chỉ số estimate, against targets where the settings
 * sheet's targets are under the front end's (the pane's saved ones, `--chi-tieu`).
 */
import { computeIndicators, type Indicator } from '../indicators/compute';
import { computeScorecard, type ScoreItem } from '../indicators/scorecard';
import { settingsFromWorkbook } from '../report';
import { sheetWordsOf } from '../catalogue/sheet-words';
import type { CheckJobResult } from './check-job';

export interface IndicatorsJobInput {
  check: CheckJobResult;
  /** Targets set in the front end, over the settings sheet's. */
  targets?: Record<string, number | null>;
}

export interface IndicatorsJobResult {
  indicators: Indicator[];
  scorecard: ScoreItem[];
  /** The targets the indicators were measured against (settings sheet < front end). */
  targets: Record<string, number | null>;
}

export function indicatorsJob(input: IndicatorsJobInput): IndicatorsJobResult {
  const { check } = input;
  const targets = { ...settingsFromWorkbook(check.workbook, check.titles).settings.mucTieu, ...(input.targets ?? {}) };
  // Said in each table's own words ("trễ hạn" where its header says so): what the pane and the command line show.
  const words = new Map(check.tables.map((t) => [`${t.sheet}!${t.address}`, sheetWordsOf(t)]));
  const indicators = computeIndicators(check.tables, { targets }).map((i) => {
    const say = words.get(`${i.sheet}!${i.table}`);
    return say ? { ...i, label: say(i.label), short: say(i.short), definition: say(i.definition) } : i;
  });
  return { indicators, scorecard: computeScorecard(check.tables, indicators), targets };
}
