/**
 * The jobs every front end runs (the command line, the pane in both hosts, the web page): plain data in — the
 * workbook's grids, the user's choices — plain data out — findings, indicators, the report model, notes with codes.
 * Each decision a job makes is made here once; a front end parses its input, calls a job and renders its output.
 */
export { checkJob, findingJson, type CheckJobInput, type CheckJobResult } from './check-job';
export {
  reportJob,
  reportKind,
  reportScope,
  templateNameOf,
  type ReportScope,
  type ReportChoices,
  type ReportJobInput,
  type ReportJobResult,
} from './report-job';
export { indicatorsJob, type IndicatorsJobInput, type IndicatorsJobResult } from './indicators-job';
export { rollupJob, rollupJson, rollupReportJob, unitJob, unitListJob, unreadableUnitJob, workbookRollupJob, type RollupJobInput } from './rollup-job';
export { JobError, type FrontEndHow, type JobErrorCode, type JobNote, type JobNoteCode } from './notes';
