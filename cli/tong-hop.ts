/**
 * `bao-cao tong-hop`: many units' workbooks (files or folders) rolled up into one view, as JSON, as text, and as
 * the province report (-o). Each workbook is read, its tables checked, its counts kept, and its grids let go
 * before the next one is read: 102 × 12 workbooks never sit in memory together.
 */
import { promises as fsp } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatCount } from '../core';
import { rollupJob, rollupJson, rollupReportJob, unitJob, unitListJob, unreadableUnitJob } from '../core/jobs';
import { ROLLUP_REPORT_KIND } from '../core/catalogue/report-kinds';
import { STATUS_LABELS } from '../core/catalogue/rollup';
import { docxBytes } from './docx-writer';
import { comparisonLabel, monthList, TOTAL_SCOPE, UnitListError, type ListedUnit, type Rollup, type UnitInput } from '../core/rollup';
import { CliError, type Args } from './args';
import { errnoCode, isFolderMessage, OutputError, templateReadMessage, writeOutputFile } from './output-errors';
import { commandInputs, expandInputs, type InputPath, refuseOverInputs } from './inputs';
import { readWorkbookFile, WorkbookReadError } from './read';
import { TEMPLATE_DIR, templateMistake } from './report';
import type { Output } from './stdio';

/**
 * Each workbook as the roll-up keeps it (counts, findings, the settings it needs), its grids let go before the next
 * is read: 102 × 12 workbooks never sit in memory together. A file that cannot be read is its unit's line, said.
 */
async function readInputs(files: readonly string[]): Promise<UnitInput[]> {
  const out: UnitInput[] = [];
  for (const path of files) {
    const stem = basename(path, extname(path));
    try {
      out.push(unitJob(await readWorkbookFile(path), path, stem));
    } catch (e) {
      if (e instanceof WorkbookReadError) out.push(unreadableUnitJob(path, stem, e.message));
      else throw e;
    }
  }
  return out;
}

async function readList(path: string): Promise<ListedUnit[]> {
  try {
    return unitListJob(await readWorkbookFile(path), basename(path));
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof UnitListError) throw new CliError(e.message);
    throw e;
  }
}

/** The roll-up for people, as lines. */
export function printRollup(r: Rollup): string[] {
  const lines: string[] = [`Tổng hợp: ${formatCount(r.total.units)} đơn vị được tính${r.months.length ? ` (tháng ${monthList(r.months)})` : ''}.`];
  const c = r.total.counts;
  const rate = r.indicators.find((i) => i.scope === TOTAL_SCOPE && i.id === 'ty-le-dung-han');
  const f = (k: string) => (c[k] === undefined ? '—' : formatCount(c[k]!));
  lines.push(
    `  Tiếp nhận ${f('tiep-nhan')} hồ sơ; đã giải quyết ${f('da-giai-quyet')}; đang giải quyết ${f('dang-giai-quyet')}; tỷ lệ đúng hạn ${rate?.text ?? '—'}.`,
  );
  for (const x of r.comparison) lines.push(`  So với kỳ trước, ${comparisonLabel(x.id).toLocaleLowerCase('vi')}: ${x.text}.`);
  lines.push('', 'Đơn vị:');
  const rank = new Map(r.ranking.map((x) => [x.unit, x]));
  for (const u of r.units) {
    const k = u.counted ? rank.get(u.unit) : undefined;
    lines.push(
      `  ${k ? `${String(k.rank).padStart(3)}.` : '    '} ${u.unit} — ${STATUS_LABELS[u.status]}${k ? `, ${k.text}` : ''}${u.source ? ` («${u.source}»)` : ''}`,
    );
  }
  const said = r.findings.filter((x) => x.sheet === null);
  if (said.length) {
    lines.push('', 'Lưu ý:');
    for (const x of said) lines.push(`  ${x.message}`);
  }
  const own = r.findings.filter((x) => x.sheet !== null && x.severity === 'error');
  if (own.length) {
    lines.push('', `Lỗi số liệu của các đơn vị (${own.length}):`);
    for (const x of own.slice(0, 50)) lines.push(`  ${x.unit} — ${x.sheet}!${x.cell}: ${x.message}`);
    if (own.length > 50) lines.push(`  và ${own.length - 50} lỗi khác (xem --json).`);
  }
  return lines;
}

/** Before anything is read: -o is no input (a unit's file, --ky-truoc, --danh-sach, a folder of them) and no folder. */
async function refuseOutput(out: string, inputs: readonly InputPath[]): Promise<void> {
  await refuseOverInputs(out, inputs);
  if (
    await fsp.stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    throw new OutputError('EISDIR', isFolderMessage(out));
}

/** `out` was refused before the long work if it is an input or a folder (runTongHop). */
async function writeRollupReport(r: Rollup, out: string, inputs: readonly InputPath[]): Promise<void> {
  let text: string;
  try {
    text = await fsp.readFile(join(TEMPLATE_DIR, `${ROLLUP_REPORT_KIND.id}.mustache`), 'utf8');
  } catch (e) {
    throw new CliError(templateReadMessage(errnoCode(e), `${ROLLUP_REPORT_KIND.id}.mustache`));
  }
  const doc = templateMistake(() => rollupReportJob({ rollup: r, templateText: text, templateName: `${ROLLUP_REPORT_KIND.id}.mustache` }));
  const bytes = await docxBytes(doc);
  await refuseOverInputs(out, inputs); // again: an input may have been linked there meanwhile
  await writeOutputFile(out, bytes);
}

const BAD: ReadonlySet<string> = new Set(['loi', 'thieu', 'trung', 'khong-doc-duoc']);

export async function runTongHop(args: Args, io: Output): Promise<number> {
  // Every input, listed once for -o: refused now, before the long reading, and checked again before writing.
  const guarded = args.out ? await commandInputs(args) : [];
  if (args.out) await refuseOutput(args.out, guarded);
  const list = args.unitList ? await readList(args.unitList) : undefined;
  const files = await expandInputs(args.inputs ?? []);
  if (files.length === 0) throw new CliError(`Không có tệp báo cáo nào trong ${(args.inputs ?? []).map((x) => `«${x}»`).join(', ')}.`);
  const inputs = await readInputs(files);
  const previous = args.previous ? await readInputs(await expandInputs(args.previous)) : undefined;
  const r = rollupJob({ units: inputs, ...(list ? { list } : {}), ...(previous ? { previous } : {}) });
  if (r.readable === 0) {
    io.err(`Không đọc được bảng kết quả giải quyết TTHC từ tệp nào trong ${formatCount(files.length)} tệp đã cho.`);
    return 2;
  }
  if (args.out) await writeRollupReport(r, args.out, guarded);
  if (args.json) io.json(JSON.stringify(rollupJson(r)) + '\n');
  else io.out(printRollup(r));
  if (args.out) (args.json ? io.err : io.out)(`Đã tạo báo cáo tổng hợp: ${args.out}`);
  return r.units.some((u) => BAD.has(u.status)) ? 1 : 0;
}
