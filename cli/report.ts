/** `bao-cao report`: the workbook's figures and settings, a template, and the .docx written beside the input. */
import { promises as fsp } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CheckResult, Workbook } from '../core';
import {
  buildReport,
  chooseKind,
  isLetterTemplate,
  isReportKind,
  missingSettings,
  REPORT_KIND_IDS,
  settingsFromWorkbook,
  TemplateError,
  type FromTitle,
} from '../core/report';
import { ReportTooLarge, reportToDocx } from '../core/report/docx';
import { CliError, UsageError } from './args';
import { type InputPath, refuseOverInputs, WORKBOOK } from './inputs';
import { errnoCode, isFolderMessage, OutputError, templateReadMessage, writeOutputFile } from './output-errors';

/** templates/bao-cao/ of the installed package (the bundle lives in dist/). */
export const TEMPLATE_DIR = join(__dirname, '..', 'templates', 'bao-cao');

async function templateText(kind: string): Promise<string> {
  const path = isReportKind(kind) ? join(TEMPLATE_DIR, `${kind}.mustache`) : resolve(kind);
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

/** The template's name in its errors: the file given to --mau as given, a built-in one by its file name. */
export const templateName = (kind: string) => (isReportKind(kind) ? `${kind}.mustache` : kind);

/**
 * A mistake of the template (a name no view has, sections nested too deep, a tag left open) is said as the template's,
 * with its file and line, in one line and exit 2: never as the data file's, nor as a usage error.
 */
export function templateMistake<T>(make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (e instanceof TemplateError) throw new CliError(e.message);
    throw e;
  }
}

/** Whether the report asked for (or set in the settings sheet) is a công văn, which needs no table. */
export async function writesLetter(wb: Workbook, asked: string | undefined): Promise<boolean> {
  const kind = chooseKind(asked, settingsFromWorkbook(wb).settings, []);
  const text = await templateText(kind).catch(() => undefined);
  return text !== undefined && templateMistake(() => isLetterTemplate(text, templateName(kind)));
}

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-bao-cao.docx`);
}

export async function writeReport(
  wb: Workbook,
  result: CheckResult,
  input: string,
  opts: {
    out?: string;
    kind?: string;
    targets?: Record<string, number | null>;
    acceptErrors?: boolean;
    /** Every file the command read (commandInputs); by default the workbook alone. */
    inputs?: readonly InputPath[];
  },
): Promise<{ path: string; kind: string; bytes: number; draft: boolean; fromTitles: FromTitle[]; missing: string[] }> {
  const path = opts.out ?? defaultOutput(input);
  const inputs = opts.inputs ?? [{ path: input, what: WORKBOOK }];
  // Before any work: the inputs are never written over, and a folder is not a file name.
  await refuseOverInputs(path, inputs);
  if (
    await fsp.stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    throw new OutputError('EISDIR', isFolderMessage(path));
  const { settings, fromTitles } = settingsFromWorkbook(wb);
  const kind = chooseKind(opts.kind, settings, result.tables);
  const text = await templateText(kind);
  const doc = templateMistake(() =>
    buildReport({
      tables: result.tables,
      settings,
      templateText: text,
      templateName: templateName(kind),
      findings: result.findings,
      accepted: opts.acceptErrors === true,
      ...(opts.targets ? { indicatorSettings: { targets: opts.targets } } : {}),
    }),
  );
  // The template has been read by now: a broken one was refused above with its own message.
  const missing = missingSettings(settings, isLetterTemplate(text)).map((f) => f.label);
  let bytes: Uint8Array;
  try {
    bytes = await reportToDocx(doc);
  } catch (e) {
    // A table too long to print: the core's sentence, one line, exit 2.
    if (e instanceof ReportTooLarge) throw new CliError(e.message);
    throw e;
  }
  await refuseOverInputs(path, inputs); // again: an input may have been linked there meanwhile
  await writeOutputFile(path, bytes);
  return { path, kind, bytes: bytes.length, draft: doc.draft !== undefined, missing, fromTitles };
}
