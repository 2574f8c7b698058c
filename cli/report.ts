/** `bao-cao report`: the workbook's figures and settings, a template, and the .docx written beside the input. */
import { promises as fsp } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isReportKind, REPORT_KIND_IDS, TemplateError, templateFileOf } from '../core/report';
import { JobError, reportJob, type CheckJobResult, type FrontEndHow, type ReportChoices, type ReportJobResult } from '../core/jobs';
import { docxBytes } from './docx-writer';
import { CliError, UsageError } from './args';
import { type InputPath, refuseOverInputs } from './inputs';
import { errnoCode, isFolderMessage, OutputError, templateReadMessage, writeOutputFile } from './output-errors';

/** templates/bao-cao/ of the installed package (the bundle lives in dist/). */
export const TEMPLATE_DIR = join(__dirname, '..', 'templates', 'bao-cao');

async function templateText(kind: string): Promise<string> {
  const path = isReportKind(kind) ? join(TEMPLATE_DIR, templateFileOf(kind)) : resolve(kind);
  const stat = await fsp.stat(path).catch((e: unknown) => e as Error);
  if (stat instanceof Error && errnoCode(stat) === 'ENOENT') {
    throw new UsageError(`Không có mẫu báo cáo «${kind}»: hãy dùng ${REPORT_KIND_IDS} hoặc đường dẫn một tệp mẫu .mustache.`);
  }
  if (!(stat instanceof Error) && stat.isDirectory()) throw new CliError(templateReadMessage('EISDIR', kind));
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(templateReadMessage(errnoCode(e), kind));
  }
}

/**
 * A mistake of the template (a name no view has, sections nested too deep, a tag left open) is said as the template's,
 * with its file and line, in one line and exit 2: never as the data file's, nor as a usage error.
 */
export function templateMistake<T>(make: () => T): T {
  const said = (e: unknown): never => {
    if (e instanceof TemplateError) throw new CliError(e.message);
    throw e;
  };
  try {
    const r = make();
    return (r instanceof Promise ? r.catch(said) : r) as T;
  } catch (e) {
    return said(e);
  }
}

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-bao-cao.docx`);
}

/** The report job (core/jobs) with the templates on disk, and its .docx written to `path`. */
export async function writeReport(
  check: CheckJobResult,
  path: string,
  inputs: readonly InputPath[],
  opts: { name: string; how: FrontEndHow; choices: ReportChoices; onNoTable?: () => void },
): Promise<ReportJobResult & { path: string; bytes: number }> {
  // Before any work: the inputs are never written over, and a folder is not a file name.
  await refuseOverInputs(path, inputs);
  if (
    await fsp.stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    throw new OutputError('EISDIR', isFolderMessage(path));
  let r: ReportJobResult;
  try {
    r = await templateMistake(() => reportJob({ check, choices: opts.choices, templateFor: templateText, name: opts.name, how: opts.how }));
  } catch (e) {
    if (e instanceof JobError && e.code === 'khong-co-bang') opts.onNoTable?.();
    throw e;
  }
  const bytes = await docxBytes(r.doc);
  await refuseOverInputs(path, inputs); // again: an input may have been linked there meanwhile
  await writeOutputFile(path, bytes);
  return { ...r, path, bytes: bytes.length };
}
