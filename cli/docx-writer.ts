/**
 * The .docx writer, loaded when a command writes one: the docx library is half the command line's code, and `check`,
 * `indicators` and `--help` never need it (the build makes it dist/docx.cjs, beside dist/cli.cjs). A table too long
 * to print is the core's one sentence, exit 2.
 */
import type { ReportDocument } from '../core/report';
import { CliError } from './args';

type Writer = typeof import('../core/report/docx');

let writer: Promise<Writer> | undefined;

export async function docxBytes(doc: ReportDocument): Promise<Uint8Array> {
  writer ??= import('../core/report/docx');
  const { reportToDocx, ReportTooLarge } = await writer;
  try {
    return await reportToDocx(doc);
  } catch (e) {
    if (e instanceof ReportTooLarge) throw new CliError(e.message);
    throw e;
  }
}
