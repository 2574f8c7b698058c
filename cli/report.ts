/** `bao-cao report`: the workbook's figures and settings, a template, and the .docx written beside the input. */
import { existsSync, promises as fsp } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CheckResult, Workbook } from '../core';
import { buildReport, chooseKind, isReportKind, reportToDocx, settingsFromWorkbook, TemplateError } from '../core/report';
import { UsageError } from './args';

/** templates/bao-cao/ of the installed package (the bundle lives in dist/). */
export const TEMPLATE_DIR = join(__dirname, '..', 'templates', 'bao-cao');

async function templateText(kind: string): Promise<string> {
  const path = isReportKind(kind) ? join(TEMPLATE_DIR, `${kind}.mustache`) : resolve(kind);
  if (!existsSync(path)) {
    throw new UsageError(`Không có mẫu báo cáo «${kind}»: hãy dùng thang-644, bo-chi-so, cchc-nam hoặc đường dẫn một tệp mẫu .mustache.`);
  }
  return fsp.readFile(path, 'utf8');
}

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-bao-cao.docx`);
}

export async function writeReport(
  wb: Workbook,
  result: CheckResult,
  input: string,
  opts: { out?: string; kind?: string; targets?: Record<string, number | null> },
): Promise<{ path: string; kind: string; bytes: number }> {
  const { settings } = settingsFromWorkbook(wb);
  const kind = chooseKind(opts.kind, settings, result.tables);
  const text = await templateText(kind);
  let doc;
  try {
    doc = buildReport({ tables: result.tables, settings, templateText: text, ...(opts.targets ? { indicatorSettings: { targets: opts.targets } } : {}) });
  } catch (e) {
    if (e instanceof TemplateError) throw new UsageError(e.message);
    throw e;
  }
  const bytes = await reportToDocx(doc);
  const path = opts.out ?? defaultOutput(input);
  if (resolve(path) === resolve(input)) throw new UsageError('Không ghi báo cáo đè lên tệp số liệu; hãy chọn tên khác với -o.');
  await fsp.mkdir(dirname(resolve(path)), { recursive: true });
  await fsp.writeFile(path, bytes);
  return { path, kind, bytes: bytes.length };
}
