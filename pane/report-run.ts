/**
 * The pane's report: the report job (core/jobs) over the state's last check, with the settings the pane keeps (the
 * settings sheet's, under those saved with the document, under what the clerk typed) and the templates bundled in the
 * pane. The same job as `bao-cao report`; only where the settings and templates come from is the pane's.
 */
import { reportJob, type ReportChoices, type ReportJobResult } from '../core/jobs';
import type { ReportKindId } from '../core/report';
import thang644 from '../templates/bao-cao/thang-644.mustache';
import boChiSo from '../templates/bao-cao/bo-chi-so.mustache';
import cchc from '../templates/bao-cao/cchc.mustache';
import thang644Ngan from '../templates/bao-cao/thang-644-ngan.mustache';
import congVan from '../templates/bao-cao/cong-van.mustache';
import { T } from './messages';
import { formSettings, PANE_HOW, type PaneState } from './state';

/** The built-in kinds' templates, by kind id (typed by the catalogue: a kind added there must be given its text). */
export const TEMPLATES: Readonly<Record<ReportKindId, string>> = {
  'thang-644': thang644,
  'thang-644-ngan': thang644Ngan,
  'bo-chi-so': boChiSo,
  'cchc-quy': cchc,
  'cchc-6-thang': cchc,
  'cchc-nam': cchc,
  'cong-van': congVan,
};

/** The report on the state's last check (readAndCheck first). */
export async function paneReportJob(state: PaneState, choices: Pick<ReportChoices, 'kind' | 'sheet' | 'accepted'>): Promise<ReportJobResult> {
  if (!state.result) throw new Error('paneReportJob before readAndCheck');
  return reportJob({
    check: state.result,
    choices: { ...choices, settings: await formSettings(state) },
    templateFor: (k) => TEMPLATES[k as ReportKindId]!,
    name: T.report.thisWorkbook,
    how: PANE_HOW,
  });
}
