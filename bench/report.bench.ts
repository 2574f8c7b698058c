/**
 * The performance target of "Tạo báo cáo", as the issue states it:
 *
 *   "A report with a 5.000-row appendix: measure build and pack separately, and compare with
 *    docxtemplater filling a one-row-loop template of the same table in the same run. Goal: no slower
 *    than docxtemplater (the library a user would otherwise pick); print both times and the ratio."
 *
 * Ours: a ReportDocument built in code (a short body and one landscape Phụ lục with the TTHC by-field
 * table: 12 columns, 3 merged header rows, the numbering row, 5.000 data rows, the bold total), then
 * `buildDocx` (model → docx Document) and `packDocx` (Document → .docx bytes), timed apart.
 * Theirs: the same report made into a template by our own writer, with the 5.000 data rows replaced by
 * ONE row of docxtemplater loop tags (`{#rows}{stt}` in its first cell … `{c10}{/rows}` in its last),
 * filled with the same 5.000 rows of already-formatted strings. See bench/README.md.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { formatCount } from '../core';
import { buildDocx, packDocx } from '../core/report/docx';
import type { Appendix, ReportDocument, ReportTable } from '../core/report/model';
import { fmtKb, fmtMs, fmtNum, fmtRatio, fmtRuns, median, now, timeProcess, type BenchContext, type BenchModule, type BenchRow } from './harness';
import path from 'node:path';
import { forEachTthcRow, writeBigCsv } from './workbooks';

const ROWS = 5_000;
/** Timed runs of each side, after one untimed warm-up; the median is taken. */
const RUNS = 5;
/** Ours ÷ docxtemplater must be at most this. */
const TARGET = 1.0;

/** The 10 count columns' keys in the docxtemplater data (and tags). */
const COUNT_KEYS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'] as const;
type CountKey = (typeof COUNT_KEYS)[number];
type TemplateRow = { stt: string; ten: string } & Record<CountKey, string>;

const label = (i: number) => `Lĩnh vực số ${fmtNum(i)}`;

// ---------------------------------------------------------------------------------------------
// The table: TTHC results by field (STT | Lĩnh vực | 10 counts), 3 merged header rows

/**
 * The data rows as formatted strings, and the bold total. The figures are the workbook generator's
 * (consistent rows), rearranged into this form's 10 columns:
 *   (3) received = (4) carried over + (5) new online + (6) new in person;
 *   (7) settled = (8) early + (9) on time + (10) late; (11) pending within the time limit, (12) overdue;
 *   (3) = (7) + (11) + (12).
 */
function tthcRows(rows: number): { data: string[][]; total: string[] } {
  const data: string[][] = [];
  const pick = (c: readonly number[]) => [c[0]!, c[1]!, c[3]!, c[2]! - c[3]!, c[4]!, c[5]!, c[6]!, c[7]!, c[9]!, c[10]!];
  const sums = forEachTthcRow(rows, (_label, c, i) => {
    data.push([String(i + 1), label(i + 1), ...pick(c).map((n) => formatCount(n))]);
  });
  return { data, total: ['', 'Tổng cộng', ...pick(sums).map((n) => formatCount(n))] };
}

function tthcTable(rows: ReportTable['rows']): ReportTable {
  return {
    header: [
      [
        { text: 'STT', rowSpan: 3 },
        { text: 'Lĩnh vực', rowSpan: 3 },
        { text: 'Số hồ sơ nhận giải quyết', colSpan: 4 },
        { text: 'Kết quả giải quyết', colSpan: 6 },
      ],
      [
        { text: 'Tổng số', rowSpan: 2 },
        { text: 'Trong đó', colSpan: 3 },
        { text: 'Số hồ sơ đã giải quyết', colSpan: 4 },
        { text: 'Số hồ sơ đang giải quyết', colSpan: 2 },
      ],
      [
        { text: 'Số kỳ trước chuyển qua' },
        { text: 'Số mới tiếp nhận trực tuyến' },
        { text: 'Số mới tiếp nhận trực tiếp' },
        { text: 'Tổng số' },
        { text: 'Trả trước hạn' },
        { text: 'Trả đúng hạn' },
        { text: 'Trả quá hạn' },
        { text: 'Chưa đến hạn' },
        { text: 'Quá hạn' },
      ],
    ],
    numbering: ['(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)', '(5)', '(6)', '(7)=(8)+(9)+(10)', '(8)', '(9)', '(10)', '(11)', '(12)'],
    rows,
    // Landscape A4 with 30/15 mm side margins: 252 mm.
    widths: [10, 45, ...new Array<number>(10).fill(19.7)],
  };
}

function report(appendix: Appendix): ReportDocument {
  return {
    header: {
      parentAgency: 'UBND TỈNH ĐỒNG THÁP',
      agency: 'SỞ TƯ PHÁP',
      number: 'Số:      /BC-STP',
      placeDate: 'Đồng Tháp, ngày      tháng 3 năm 2024',
    },
    kind: 'BÁO CÁO',
    summary: ['Tình hình, kết quả giải quyết thủ tục hành chính', 'quý I năm 2024'],
    recipients: ['Ủy ban nhân dân tỉnh Đồng Tháp', 'Văn phòng Ủy ban nhân dân tỉnh'],
    body: [
      { kind: 'heading', level: 1, content: [{ text: 'I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH' }] },
      { kind: 'heading', level: 2, content: [{ text: '1. Tình hình tiếp nhận hồ sơ' }] },
      {
        kind: 'paragraph',
        content: [
          { text: 'Thực hiện Nghị định số 61/2018/NĐ-CP' },
          { footnote: [{ text: 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông.' }] },
          { text: ', trong kỳ báo cáo Sở tiếp nhận hồ sơ của ' },
          { text: fmtNum(ROWS), bold: true },
          { text: ' lĩnh vực (chi tiết tại Phụ lục kèm theo).' },
        ],
      },
      { kind: 'heading', level: 3, content: [{ text: '1.1. Hồ sơ tiếp nhận trực tuyến' }] },
      { kind: 'item', marker: '-', content: [{ text: 'Tiếp nhận trực tuyến toàn trình và một phần trên Cổng Dịch vụ công;' }] },
      { kind: 'item', marker: '+', content: [{ text: 'Tỷ lệ hồ sơ trực tuyến tăng so với cùng kỳ năm trước;' }] },
      { kind: 'heading', level: 2, content: [{ text: '2. Kết quả giải quyết' }] },
      {
        kind: 'paragraph',
        content: [{ text: 'Hồ sơ được giải quyết trước hạn và đúng hạn chiếm tỷ lệ cao; hồ sơ trễ hạn đã có văn bản xin lỗi tổ chức, cá nhân.' }],
      },
      { kind: 'heading', level: 1, content: [{ text: 'II. ĐỀ XUẤT, KIẾN NGHỊ' }] },
      { kind: 'paragraph', content: [{ text: 'Trên đây là báo cáo tình hình, kết quả giải quyết thủ tục hành chính quý I năm 2024 của Sở Tư pháp' }] },
    ],
    signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Văn A' },
    distribution: ['- Như trên;', '- Giám đốc, các PGĐ Sở;', '- Trung tâm Phục vụ hành chính công tỉnh;', '- Lưu: VT, VP.'],
    appendices: [appendix],
  };
}

function appendix(table: ReportTable): Appendix {
  return {
    label: 'Phụ lục',
    title: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC',
    subtitle: ['(Kèm theo Báo cáo số      /BC-STP ngày      /3/2024 của Sở Tư pháp)'],
    table,
    landscape: true,
  };
}

/** The data rows and the bold total ("Tổng cộng" centred) as the model's table rows. */
function modelRows(data: readonly string[][], total: string[]): ReportTable['rows'] {
  return [...data.map((cells) => ({ cells })), { cells: total, bold: true, align: ['center', 'center'] }];
}

/** The benchmark's report with `rows` data rows in its Phụ lục (exported to profile it outside the bench). */
export function benchReport(rows: number = ROWS): ReportDocument {
  const { data, total } = tthcRows(rows);
  return report(appendix(tthcTable(modelRows(data, total))));
}

// ---------------------------------------------------------------------------------------------
// Peak memory of the whole command (issue 10: "report the peak memory for 5.000 and 50.000 rows")

/** A printed report holds at most 5.000 appendix rows (ReportTooLarge); beyond, the command says so in one line. */
const MEMORY_ROWS = [5_000, 50_000];

async function reportMemory(ctx: BenchContext): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const rows of MEMORY_ROWS) {
    const csv = writeBigCsv(ctx.tmpDir, rows);
    const docx = path.join(ctx.tmpDir, `report-${rows}.docx`);
    ctx.log(`bao-cao report, ${fmtNum(rows)} rows…`);
    const args = ['-r', path.join(ctx.root, 'bench', 'max-rss.cjs'), path.join(ctx.root, 'bin', 'bao-cao.cjs'), 'report', csv, '-o', docx, '--chap-nhan-loi'];
    const run = await timeProcess(process.execPath, args, ctx.root, true);
    const kb = Number(/MAXRSS (\d+)/.exec(run.stderr)?.[1] ?? NaN);
    const refused = run.code === 2 && run.stderr.includes('tối đa 5.000 dòng');
    if (run.code !== 0 && !refused) throw new Error(`bao-cao report exited with ${run.code}: ${run.stderr.trim()}`);
    out.push({
      measurement: `bao-cao report, ${fmtNum(rows)}-row CSV: ${run.code === 0 ? 'written' : 'refused in one line (ReportTooLarge)'}; peak RSS (time)`,
      value: `${fmtKb(kb)} (${fmtMs(run.ms)})`,
      target: rows <= 5_000 ? 'written, ≤ 1 GB' : 'refused, ≤ 1 GB',
      met: kb <= 1024 * 1024 && (rows <= 5_000 ? run.code === 0 : refused),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checking an output

/** `<w:tr>` / `<w:tr …>` elements (not `<w:trPr>`). */
function countRows(xml: string): number {
  return xml.match(/<w:tr[\s>]/g)?.length ?? 0;
}

interface Output {
  bytes: number;
  xmlBytes: number;
  rows: number;
  first: boolean;
  last: boolean;
  leftoverTags: boolean;
}

async function inspect(docx: Uint8Array): Promise<Output> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml in the output');
  const xml = await file.async('string');
  return {
    bytes: docx.byteLength,
    xmlBytes: Buffer.byteLength(xml, 'utf8'),
    rows: countRows(xml),
    first: xml.includes(`>${label(1)}<`),
    last: xml.includes(`>${label(ROWS)}<`),
    leftoverTags: /\{[#/]?(rows|stt|ten|c\d+)\}/.test(xml),
  };
}

const kb = (n: number) => `${fmtNum(n / 1024)} KB`;

function outputRow(name: string, o: Output, expectedRows: number): BenchRow {
  const ok = o.rows === expectedRows && o.first && o.last && !o.leftoverTags;
  const found = o.first && o.last ? `rows 1 and ${fmtNum(ROWS)} found` : `row ${o.first ? fmtNum(ROWS) : 1} MISSING`;
  return {
    measurement: `  ${name}: output`,
    value: `${kb(o.bytes)} .docx (document.xml ${fmtNum(o.xmlBytes / 1024 ** 2, 1)} MB), ${fmtNum(o.rows)} <w:tr>, ${found}${o.leftoverTags ? ', TAGS LEFT' : ''}`,
    target: `${fmtNum(expectedRows)} <w:tr>, last row found`,
    met: ok,
  };
}

// ---------------------------------------------------------------------------------------------

async function reportVersusDocxtemplater(ctx: BenchContext): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  const n = fmtNum(ROWS);

  // Inputs, made once and outside the timing: our model, docxtemplater's template and its data.
  ctx.log(`building the ${n}-row report model and the docxtemplater template…`);
  const { data, total } = tthcRows(ROWS);
  const doc = report(appendix(tthcTable(modelRows(data, total))));

  // The template is the same report written by our own writer, its 5.000 data rows replaced by one row of
  // loop tags: the loop opens in the row's first cell and closes in its last, so docxtemplater repeats the row
  // (w:tr). Same header, numbering row, cell properties, run properties and total row as ours.
  const loopRow = ['{#rows}{stt}', '{ten}', ...COUNT_KEYS.map((k, i) => (i === COUNT_KEYS.length - 1 ? `{${k}}{/rows}` : `{${k}}`))];
  const templateDoc = report(appendix(tthcTable(modelRows([loopRow], total))));
  const template = await packDocx(buildDocx(templateDoc));
  const templateXml = await (await JSZip.loadAsync(template)).file('word/document.xml')?.async('string');
  if (templateXml === undefined) throw new Error('the template has no word/document.xml');
  const templateRows = countRows(templateXml);
  // Same document as ours, with ROWS data rows where the template has its one loop row.
  const expectedRows = templateRows - 1 + ROWS;
  const rows: TemplateRow[] = data.map((cells) => {
    const r = { stt: cells[0]!, ten: cells[1]! } as TemplateRow;
    COUNT_KEYS.forEach((k, i) => {
      r[k] = cells[i + 2]!;
    });
    return r;
  });

  const ours = async () => {
    const t0 = now();
    const built = buildDocx(doc);
    const t1 = now();
    const bytes = await packDocx(built);
    const t2 = now();
    return { build: t1 - t0, pack: t2 - t1, bytes };
  };
  const theirs = () => {
    const t0 = now();
    const filled = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true }).render({ rows });
    const bytes = filled.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
    return { ms: now() - t0, bytes };
  };

  // The floor (issue 19): the same document.xml made by string concatenation — the template's loop row filled per row —
  // and every part zipped, with nothing else: what any writer of this .docx must at least do.
  const parts = unzipSync(template);
  const at = templateXml.indexOf('{#rows}');
  // The row's own opening tag, not its <w:trPr>.
  const rowStart = Math.max(templateXml.lastIndexOf('<w:tr>', at), templateXml.lastIndexOf('<w:tr ', at));
  const rowEnd = templateXml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  const [head, loop, tail] = [templateXml.slice(0, rowStart), templateXml.slice(rowStart, rowEnd), templateXml.slice(rowEnd)];
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const floor = () => {
    const t0 = now();
    let xml = head;
    for (const r of rows) xml += loop.replace(/\{#rows\}|\{\/rows\}|\{(\w+)\}/g, (_m, k: string | undefined) => (k ? esc(r[k as keyof TemplateRow]) : ''));
    xml += tail;
    const bytes = zipSync({ ...parts, 'word/document.xml': strToU8(xml) }, { level: 6 });
    return { ms: now() - t0, bytes };
  };

  // One untimed run of each (JIT, heap size); their outputs are the ones checked.
  ctx.log('warm-up: buildDocx + packDocx, docxtemplater render + generate…');
  const warmOurs = await ours();
  const warmTheirs = theirs();
  const floorOut = await inspect(floor().bytes);
  const oursOut = await inspect(warmOurs.bytes);
  const theirsOut = await inspect(warmTheirs.bytes);

  // Timed runs, alternating, so that drift in machine load hits both alike.
  const build: number[] = [];
  const pack: number[] = [];
  const sum: number[] = [];
  const dxt: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ctx.log(`${n} rows: ours / docxtemplater, run ${i + 1}/${RUNS}…`);
    const o = await ours();
    build.push(o.build);
    pack.push(o.pack);
    sum.push(o.build + o.pack);
    dxt.push(theirs().ms);
    bare.push(floor().ms);
  }

  const oursMs = median(sum);
  const theirsMs = median(dxt);
  const ratio = oursMs / theirsMs;
  out.push({ measurement: `build (docx model → Document), ${n} rows (median of ${RUNS})`, value: `${fmtMs(median(build))} (${fmtRuns(build)})` });
  out.push({ measurement: `pack (Document → bytes) (median of ${RUNS})`, value: `${fmtMs(median(pack))} (${fmtRuns(pack)})` });
  out.push({ measurement: `ours: build + pack (median of ${RUNS})`, value: `${fmtMs(oursMs)} (${fmtRuns(sum)})` });
  out.push(outputRow('ours', oursOut, expectedRows));
  out.push({ measurement: `docxtemplater: render + generate (median of ${RUNS})`, value: `${fmtMs(theirsMs)} (${fmtRuns(dxt)})` });
  out.push({ measurement: '  docxtemplater: template', value: `${kb(template.byteLength)}, ${fmtNum(templateRows)} <w:tr> (1 loop row)` });
  out.push(outputRow('docxtemplater', theirsOut, expectedRows));
  out.push({ measurement: 'ours / docxtemplater', value: fmtRatio(ratio), target: `≤ ${fmtNum(TARGET, 1)}×`, met: ratio <= TARGET });
  const floorMs = median(bare);
  out.push({ measurement: `floor: string concatenation + zip (median of ${RUNS})`, value: `${fmtMs(floorMs)} (${fmtRuns(bare)})` });
  out.push(outputRow('floor', floorOut, expectedRows));
  out.push({ measurement: 'ours / floor', value: fmtRatio(oursMs / floorMs), target: '≤ 1,5×', met: oursMs / floorMs <= 1.5 });
  return out;
}

const bench: BenchModule = {
  title: 'Tạo báo cáo (report .docx)',
  sections: [
    { title: `Báo cáo with a ${fmtNum(ROWS)}-row Phụ lục vs. docxtemplater`, run: reportVersusDocxtemplater },
    { title: 'bao-cao report on a by-field CSV: peak RSS with a 5.000-row Phụ lục, and refusing a 50.000-row one', run: reportMemory },
  ],
};

export default bench;
