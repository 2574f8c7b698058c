/**
 * A real reader in the loop: the report's .docx opened by LibreOffice, printed to PDF, and the PDF read back with
 * poppler (pdftotext, pdfinfo, pdftoppm). Runs where `soffice` and poppler are on PATH (CI installs
 * libreoffice-writer-nogui and poppler-utils); elsewhere the test shows as skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../cli/read';
import { checkTables, readTables, type CellValue } from '../core';
import { buildReport, chooseKind, settingsFromWorkbook, templateFileOf, withDefaults } from '../core/report';
import { reportToDocx } from '../core/report/docx';
import type { Block, ReportDocument } from '../core/report/model';
import { referenceText } from './helpers/reference';
import { checkJob, reportJob, rollupReportJob } from '../core/jobs';
import { rollUp } from '../core/rollup';
import { sheet, workbook } from './helpers/grid';
import { konTumRows, lamDongRows, lapVoQuarterRows } from './helpers/published-tables';
import { SEED_SENTENCES } from './helpers/seed-sentences';

const has = (cmd: string) => spawnSync('which', [cmd], { stdio: 'ignore' }).status === 0;
const hasSoffice = has('soffice');
const hasPoppler = has('pdftotext') && has('pdfinfo') && has('pdftoppm');
const canRender = hasSoffice && hasPoppler;

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
const NOTE_1 = 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa.';
const NOTE_2 = 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.';

const paragraph = (text: string): Block => ({ kind: 'paragraph', content: [{ text }] });

/** A monthly report long enough to run onto a second page, with a one-page landscape appendix. */
function report(): ReportDocument {
  const filler =
    'Ủy ban nhân dân xã tiếp tục chỉ đạo công chức Bộ phận Một cửa tiếp nhận, giải quyết hồ sơ đúng quy trình, ' +
    'công khai, minh bạch; thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và hướng dẫn người dân ' +
    'nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.';
  return {
    header: {
      parentAgency: 'UBND TỈNH ĐỒNG THÁP',
      agency: 'ỦY BAN NHÂN DÂN XÃ LẤP VÒ',
      number: 'Số:      /BC-UBND',
      placeDate: 'Lấp Vò, ngày      tháng 3 năm 2024',
    },
    kind: 'BÁO CÁO',
    summary: ['Tình hình, kết quả giải quyết thủ tục hành chính', 'tháng 3 năm 2024'],
    recipients: ['Ủy ban nhân dân tỉnh Đồng Tháp'],
    body: [
      { kind: 'heading', level: 1, content: [{ text: 'I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH' }] },
      { kind: 'heading', level: 2, content: [{ text: '1. Tiếp nhận hồ sơ' }] },
      {
        kind: 'paragraph',
        content: [
          { text: 'Thực hiện Nghị định số 61/2018/NĐ-CP' },
          { footnote: [{ text: NOTE_1 }] },
          { text: ', trong tháng Ủy ban nhân dân xã tiếp nhận 2.020 hồ sơ, trong đó 1.084 hồ sơ trực tuyến.' },
        ],
      },
      { kind: 'heading', level: 3, content: [{ text: '1.1. Hồ sơ trực tuyến' }] },
      { kind: 'item', marker: '-', content: [{ text: 'Trực tuyến toàn trình: 84 hồ sơ, chiếm 4,16%;' }] },
      { kind: 'item', marker: '-', content: [{ text: 'Trực tuyến một phần: 1.000 hồ sơ, chiếm 49,50%;' }] },
      { kind: 'item', marker: '+', content: [{ text: 'Lĩnh vực hộ tịch: 80 hồ sơ;' }] },
      paragraph(filler),
      { kind: 'heading', level: 2, content: [{ text: '2. Kết quả giải quyết' }] },
      {
        kind: 'paragraph',
        content: [{ text: 'Đã giải quyết 2.017 hồ sơ, đúng hạn 2.014 hồ sơ, đạt 99,85% (Phụ lục kèm theo)' }, { footnote: [{ text: NOTE_2 }] }, { text: '.' }],
      },
      paragraph(filler),
      paragraph(filler),
      { kind: 'heading', level: 1, content: [{ text: 'II. NHIỆM VỤ THÁNG 4 NĂM 2024' }] },
      paragraph(filler),
      paragraph(filler),
      paragraph('Trên đây là báo cáo tình hình, kết quả giải quyết thủ tục hành chính tháng 3 năm 2024 của Ủy ban nhân dân xã Lấp Vò'),
    ],
    signature: { authority: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer: 'Nguyễn Văn A' },
    distribution: ['- UBND tỉnh (b/c);', '- Chủ tịch, các PCT UBND xã;', '- Công chức VP-TK;', '- Lưu: VT, VP.'],
    appendices: [
      {
        label: 'Phụ lục',
        title: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 3 NĂM 2024',
        subtitle: ['(Kèm theo Báo cáo số      /BC-UBND ngày      /3/2024 của UBND xã Lấp Vò)'],
        landscape: true,
        table: {
          header: [
            [
              { text: 'STT', rowSpan: 3 },
              { text: 'Lĩnh vực', rowSpan: 3 },
              { text: 'Số hồ sơ nhận giải quyết', colSpan: 3 },
              { text: 'Kết quả giải quyết', colSpan: 2 },
            ],
            [
              { text: 'Tổng số', rowSpan: 2 },
              { text: 'Trong đó', colSpan: 2 },
              { text: 'Đúng hạn', rowSpan: 2 },
              { text: 'Quá hạn', rowSpan: 2 },
            ],
            [{ text: 'Trực tuyến' }, { text: 'Trực tiếp' }],
          ],
          numbering: ['1', '2', '3=4+5', '4', '5', '6', '7'],
          rows: [
            { cells: ['1', 'Hộ tịch', '120', '80', '40', '118', '2'] },
            { cells: ['2', 'Chứng thực', '1.886', '1.000', '886', '1.886', '0'] },
            { cells: ['3', 'Đất đai', '14', '4', '10', '13', '1'] },
            { cells: ['', 'Tổng cộng', '2.020', '1.084', '936', '2.017', '3'], bold: true },
          ],
          widths: [12, 70, 32, 32, 32, 32, 32],
        },
      },
    ],
  };
}

const work = mkdtempSync(join(tmpdir(), 'report-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const nfc = (s: string) => s.normalize('NFC');
/** The non-blank lines of a page, trimmed. */
const lines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Converts the .docx to a PDF beside it with LibreOffice, in a profile of its own (parallel runs don't collide). */
function toPdf(docx: string): string {
  const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      timeout: 90_000,
      stdio: 'pipe',
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = docx.replace(/\.docx$/, '.pdf');
  expect(readdirSync(work)).toContain(pdf.slice(work.length + 1));
  return pdf;
}

describe('the report as LibreOffice prints it', () => {
  it.runIf(canRender)(
    `converts to a PDF with the header, footnotes, "./." and page numbers from page 2${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const docx = join(work, 'bao-cao.docx');
      writeFileSync(docx, await reportToDocx(report()));
      const pdf = toPdf(docx);

      // Page 1 as an image, to look at, and the files themselves, kept in test-artifacts/ (not committed) before
      // anything is asserted, so that a failure can be looked at.
      mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(work, 'page')]);
      const png = readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.png'));
      expect(png).toMatch(/^page.*\.png$/);
      copyFileSync(join(work, png!), join(ARTIFACTS, 'report-page-1.png'));
      copyFileSync(pdf, join(ARTIFACTS, 'report.pdf'));
      copyFileSync(docx, join(ARTIFACTS, 'report.docx'));

      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      // Two pages of report (the body runs onto page 2, the signature with it) and one landscape page of appendix.
      expect(pageCount).toBe(3);
      const pageSizes = [
        ...execFileSync('pdfinfo', ['-f', '1', '-l', '3', pdf], { encoding: 'utf8' }).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm),
      ].map((m) => [Number(m[1]), Number(m[2])]);
      expect(pageSizes).toHaveLength(3);
      // A4 portrait (595 × 842 pt), then landscape.
      expect(pageSizes[0]![0]).toBeCloseTo(595.3, 0);
      expect(pageSizes[0]![1]).toBeCloseTo(841.9, 0);
      expect(pageSizes[2]![0]).toBeCloseTo(841.9, 0);
      expect(pageSizes[2]![1]).toBeCloseTo(595.3, 0);

      const text = nfc(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
      expect(pages).toHaveLength(3);
      const [one, two, three] = pages.map(lines) as [string[], string[], string[]];

      // Page 1: no page number; the Quốc hiệu and the Tiêu ngữ each on one line, beside the agency lines.
      expect(one[0]).not.toMatch(/^\d+$/);
      expect(one.find((l) => l.includes(QUOC_HIEU))).toMatch(/UBND TỈNH ĐỒNG THÁP\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
      // The agency's name, too long for one line of its cell at 13 pt, broken before the unit.
      expect(one.find((l) => l.includes(TIEU_NGU))).toMatch(/^ỦY BAN NHÂN DÂN\s+Độc lập - Tự do - Hạnh phúc$/);
      expect(one).toContain('XÃ LẤP VÒ');
      // "Số" and the date on the same line.
      expect(one.find((l) => l.startsWith('Số:'))).toMatch(/Lấp Vò, ngày\s+tháng 3 năm 2024$/);
      expect(one).toContain('BÁO CÁO');
      expect(one).toContain('Tình hình, kết quả giải quyết thủ tục hành chính');
      expect(one).toContain('tháng 3 năm 2024');
      expect(one).toContain('Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp');
      // The first footnote at the foot of page 1.
      expect(one.join(' ')).toContain(NOTE_1);

      // Page 2: its number centred at the top, the end of the content, the signature.
      expect(two[0]).toBe('2');
      const twoText = two.join(' ');
      expect(twoText).toMatch(/Ủy ban nhân dân xã Lấp Vò\.\/\./);
      expect(twoText).toContain('Nơi nhận:');
      expect(twoText).toContain('TM. ỦY BAN NHÂN DÂN');
      expect(twoText).toContain('Nguyễn Văn A');
      expect(text).toContain(NOTE_2);

      // Page 3: the appendix, page 1 of its own numbering, so no number shown.
      expect(three[0]).toBe('Phụ lục');
      expect(three.join(' ')).toContain('KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 3 NĂM 2024');
      expect(three.some((l) => l.startsWith('3=4+5') || l.includes(' 3=4+5 '))).toBe(true);
      expect(three.find((l) => l.includes('Tổng cộng'))).toMatch(/Tổng cộng\s+2\.020\s+1\.084\s+936\s+2\.017\s+3$/);
    },
    120_000,
  );

  it.runIf(canRender)(
    `opens a report full of markup, "&" and control characters, and prints the markup as text${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const doc = report();
      const hostile = 'a & b <w:p> <img src=x onerror=alert(1)> \u0001\u0008\u000b\uFFFF\uD800end';
      doc.header.agency = hostile;
      doc.body.unshift({ kind: 'heading', level: 1, content: [{ text: hostile }] });
      doc.appendices[0]!.table.rows[0]!.cells[1] = hostile;
      doc.signature.signer = hostile;
      const docx = join(work, 'hostile.docx');
      writeFileSync(docx, await reportToDocx(doc));
      const text = nfc(execFileSync('pdftotext', ['-layout', toPdf(docx), '-'], { encoding: 'utf8' }));
      const shown = text.split('\n').filter((l) => l.includes('<img src=x onerror=alert(1)>'));
      // The heading and the signer at least (the agency's and the cell's narrow columns wrap the text).
      expect(shown.length).toBeGreaterThanOrEqual(2);
      expect(text).toContain('a & b <w:p>');
      // (pdftotext ends each page with a form feed, U+000C, so that one is not looked for.)
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\uFFFF]/);
      expect(text).toContain('end');
    },
    120_000,
  );
});

/** A line of text as pdftotext -bbox-layout gives it: its box in points from the page's top left, and its words. */
interface BoxLine {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/**
 * The pages of pdftotext's -bbox-layout XHTML (`<page><flow><block><line xMin yMin xMax yMax><word …>…</word>`), each
 * as its lines sorted top to bottom, then left to right.
 */
export function parseBboxLayout(xhtml: string): BoxLine[][] {
  const pages: BoxLine[][] = [];
  for (const page of xhtml.matchAll(/<page\b[^>]*>([\s\S]*?)<\/page>/g)) {
    const lines: BoxLine[] = [];
    for (const line of (page[1] ?? '').matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
      const num = (name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(line[1] ?? '')?.[1]);
      const words = [...(line[2] ?? '').matchAll(/<word\b[^>]*>([\s\S]*?)<\/word>/g)].map((w) => nfc(unescapeXml(w[1] ?? '')));
      lines.push({ xMin: num('xMin'), yMin: num('yMin'), xMax: num('xMax'), yMax: num('yMax'), text: words.join(' ') });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push(lines);
  }
  return pages;
}

/**
 * Pairs of lines whose text collides: they share horizontal extent and their boxes overlap vertically by more than
 * the font's own leading. pdftotext's box is the font's bounding box, about 1,3 em high for Liberation Serif (Times
 * New Roman's metric twin), so lines set solid (one em apart) overlap by 0,3 em and lines at single spacing (1,15 em)
 * by less; the 12 pt exact lines the documents used to have under 14 pt text overlap by 0,45 em.
 */
function collisions(lines: readonly BoxLine[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) <= 0) continue;
      const overlap = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const em = Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 1.3;
      if (overlap > 0.3 * em) out.push(`«${a.text}» and «${b.text}» overlap by ${overlap.toFixed(1)} pt`);
    }
  }
  return out;
}

const squash = (s: string) => nfc(s).replace(/\s+/g, ' ').trim();

/** The lines from `start` on whose text, joined, is `text` (the lines a known paragraph was set in). */
function linesOf(lines: readonly BoxLine[], start: number, text: string): BoxLine[] {
  const want = squash(text);
  const out: BoxLine[] = [];
  let got = '';
  for (let i = start; i < lines.length && got.length < want.length; i++) {
    out.push(lines[i]!);
    got = squash(`${got} ${lines[i]!.text}`);
  }
  expect(got).toBe(want);
  return out;
}

const TEMPLATES = join(process.cwd(), 'templates');
const SAMPLES = readdirSync(TEMPLATES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

/** The report of a sample workbook, built as `bao-cao report` builds it (cli/report.ts). */
async function sampleReport(file: string): Promise<ReportDocument> {
  const wb = await readWorkbookFile(join(TEMPLATES, file));
  const tables = readTables(wb);
  const { settings } = settingsFromWorkbook(wb);
  const kind = chooseKind(undefined, settings, tables);
  const templateText = readFileSync(join(TEMPLATES, 'bao-cao', templateFileOf(kind)), 'utf8');
  // With the checks' findings, as the CLI builds it: the Lấp Vò report carries its draft mark.
  return buildReport({
    tables,
    settings,
    templateText,
    findings: checkTables(
      tables,
      wb.sheets.map((x) => x.name),
    ).findings,
  });
}

/** Seed 003 (Sa Đéc): the công văn, from its settings alone. */
function congVan(): ReportDocument {
  const settings = withDefaults({
    coQuanChuQuan: 'ỦY BAN NHÂN DÂN',
    coQuanBanHanh: 'THÀNH PHỐ SA ĐÉC',
    soKyHieu: '/UBND-HC',
    diaDanh: 'Sa Đéc',
    kyDen: '31/8/2023',
    trichYeu: 'V/v khắc phục những hạn chế theo Thông báo số 2149/TB-ĐKT ngày 11/8/2023 của Đoàn kiểm tra CCHC của tỉnh Đồng Tháp',
    kinhGui: ['Các phòng chuyên môn thuộc UBND Thành phố', 'Ủy ban nhân dân các xã, phường'],
    chucVu: 'CHỦ TỊCH',
    nguoiKy: 'Nguyễn Văn Hon',
    noiNhan: ['TT/TU; TT/HĐND Thành phố', 'Các PCT/UBND Thành phố', 'LĐVP (Theo dõi)', 'Lưu: VT'],
    vanBan: {
      'noi-dung':
        'Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n1. Yêu cầu các phòng chuyên môn Thành phố và Ủy ban nhân dân các xã, phường khẩn trương khắc phục.',
    },
  });
  return buildReport({ tables: [], settings, templateText: readFileSync(join(TEMPLATES, 'bao-cao', 'cong-van.mustache'), 'utf8') });
}

/** Compared without spaces and case: the seed texts come from PDF extraction, as ours does here. */
const flat = (s: string) => nfc(s).toLocaleLowerCase('vi').replace(/\s+/g, '');

describe('the five sample reports as LibreOffice lays them out', () => {
  it('parses pdftotext’s bbox layout', () => {
    const pages = parseBboxLayout(
      '<html><body><doc><page width="595" height="842"><flow><block xMin="1" yMin="2" xMax="3" yMax="4">' +
        '<line xMin="10" yMin="30" xMax="50" yMax="40"><word xMin="10" yMin="30" xMax="20" yMax="40">B&amp;C</word><word>d</word></line>' +
        '<line xMin="10" yMin="20" xMax="50" yMax="29"><word>A</word></line></block></flow></page><page></page></doc></body></html>',
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]).toEqual([
      { xMin: 10, yMin: 20, xMax: 50, yMax: 29, text: 'A' },
      { xMin: 10, yMin: 30, xMax: 50, yMax: 40, text: 'B&C d' },
    ]);
    expect(collisions(pages[0]!)).toEqual([]);
    expect(collisions([pages[0]![0]!, { ...pages[0]![1]!, yMin: 24 }])).toHaveLength(1);
  });

  it.runIf(canRender)(
    `header, title, signature and appendix titles: no two lines overlap, the trích yếu ends on three words or more${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      expect(SAMPLES).toHaveLength(5);
      const docs: { name: string; doc: ReportDocument; docx: string }[] = [];
      for (const file of SAMPLES) {
        const doc = await sampleReport(file);
        const docx = join(work, `mau-${file.replace(/\.xlsx$/, '')}.docx`);
        writeFileSync(docx, await reportToDocx(doc));
        docs.push({ name: file, doc, docx });
      }
      const letter = join(work, 'mau-cong-van-sa-dec.docx');
      writeFileSync(letter, await reportToDocx(congVan()));
      // One LibreOffice for the five (it starts slowly).
      const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
      try {
        execFileSync(
          'soffice',
          [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs.map((d) => d.docx), letter],
          {
            timeout: 180_000,
            stdio: 'pipe',
          },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      mkdirSync(join(ARTIFACTS, 'samples'), { recursive: true });

      const problems: string[] = [];
      const plain = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      // The seed's figure sentences that the workbook supplies, each in the printed text (issue 10).
      for (const { name, docx } of docs) {
        const seed = SEED_SENTENCES[name];
        if (!seed) continue;
        const printed = flat(plain(docx.replace(/\.docx$/, '.pdf')));
        const reference = flat(referenceText(seed.reference));
        for (const sentence of seed.sentences) {
          if (!reference.includes(flat(sentence))) problems.push(`${name}: the seed ${seed.reference} does not have «${sentence}»`);
          if (!printed.includes(flat(sentence))) problems.push(`${name}: the PDF does not have «${sentence}»`);
        }
      }
      expect(Object.keys(SEED_SENTENCES).every((f) => SAMPLES.includes(f))).toBe(true);
      // Seed 003: the công văn's V/v under its number, no tên loại, its Kính gửi block.
      const letterPdf = letter.replace(/\.docx$/, '.pdf');
      copyFileSync(letterPdf, join(ARTIFACTS, 'samples', letterPdf.slice(work.length + 1)));
      const letterText = flat(plain(letterPdf));
      const seed003 = flat(referenceText('cong-van-khac-phuc-han-che-2023-sa-dec.txt'));
      for (const sentence of [
        'V/v khắc phục những hạn chế',
        'theo Thông báo số 2149/TB-ĐKT',
        'Kính gửi:',
        '- Ủy ban nhân dân các xã, phường.',
        'Nguyễn Văn Hon',
      ]) {
        expect(seed003, `seed 003 has «${sentence}»`).toContain(flat(sentence));
        expect(letterText, `the công văn's PDF has «${sentence}»`).toContain(flat(sentence));
      }
      expect(letterText).not.toContain(flat('BÁO CÁO'));
      const letterPage = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', letterPdf, '-'], { encoding: 'utf8' }))[0]!;
      const vv = letterPage.find((l) => l.text.startsWith('V/v'));
      const so = letterPage.find((l) => l.text.startsWith('Số:'));
      expect(vv && so && vv.yMin > so.yMin && vv.xMax < letterPage.find((l) => l.text.startsWith('CỘNG HÒA'))!.xMin + 40).toBe(true);
      for (const c of collisions(letterPage.filter((l) => l.yMin <= vv!.yMax + 40))) problems.push(`công văn header: ${c}`);

      for (const { name, doc, docx } of docs) {
        const pdf = docx.replace(/\.docx$/, '.pdf');
        copyFileSync(pdf, join(ARTIFACTS, 'samples', pdf.slice(work.length + 1)));
        const pages = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
        const say = (what: string) => problems.push(`${name}: ${what}`);

        // Page 1, from the top to the end of the trích yếu: the header's two columns, the tên loại, the trích yếu.
        const one = pages[0]!;
        const kindAt = one.findIndex((l) => l.text === squash(doc.kind));
        expect(kindAt, `${name}: "${doc.kind}" on page 1`).toBeGreaterThan(0);
        const summary = linesOf(one, kindAt + 1, doc.summary.join(' '));
        const top = one.filter((l) => l.yMin <= summary[summary.length - 1]!.yMin);
        for (const c of collisions(top)) say(`header/title: ${c}`);
        const last = summary[summary.length - 1]!.text;
        if (summary.length > 1 && last.split(' ').length < 3) say(`the trích yếu ends on "${last}"`);

        // The Nơi nhận / signature block, from "Nơi nhận:" down (to the signer's name when there is one).
        const footPage = pages.find((p) => p.some((l) => l.text.startsWith('Nơi nhận')))!;
        expect(
          pages.filter((p) => p.some((l) => l.text.startsWith('Nơi nhận'))),
          `${name}: one page with "Nơi nhận:"`,
        ).toHaveLength(1);
        const noiNhan = footPage.find((l) => l.text.startsWith('Nơi nhận'))!;
        const signerName = squash(doc.signature.signer);
        const signer = signerName === '' ? undefined : footPage.find((l) => l.yMin >= noiNhan.yMin && l.text === signerName);
        if (signerName !== '') expect(signer?.text, `${name}: the signer under "Nơi nhận:"`).toBe(signerName);
        const foot = footPage.filter((l) => l.yMin >= noiNhan.yMin - 1 && (!signer || l.yMax <= signer.yMax + 1));
        for (const c of collisions(foot)) say(`signature: ${c}`);

        // Each appendix's label, title and the lines under it.
        for (const appendix of doc.appendices) {
          const page = pages.find((p) => p[0]?.text === squash(appendix.label));
          expect(page?.[0]?.text, `${name}: a page starting "${appendix.label}"`).toBe(squash(appendix.label));
          const titles = [page![0]!, ...linesOf(page!, 1, [appendix.title, ...appendix.subtitle].join(' '))];
          for (const c of collisions(titles)) say(`${appendix.label}: ${c}`);
        }
      }
      expect(problems).toEqual([]);
    },
    240_000,
  );
});

describe('what a văn thư reads in the PDF (issue 20)', () => {
  const how = { otherSheet: 'chọn trang', seeErrors: 'xem', accept: 'chấp nhận' };
  /** The report of a grid as the job makes it, printed by LibreOffice and read back page by page. */
  async function printed(name: string, rows: CellValue[][], settings = {}): Promise<string[]> {
    const check = checkJob({ workbook: workbook(sheet('Số liệu', rows)) });
    const r = await reportJob({
      check,
      choices: { accepted: true, settings },
      templateFor: (k) => readFileSync(join(TEMPLATES, 'bao-cao', templateFileOf(k)), 'utf8'),
      name: 'x.xlsx',
      how,
    });
    const docx = join(work, `${name}.docx`);
    writeFileSync(docx, await reportToDocx(r.doc));
    const pdf = toPdf(docx);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(pdf, join(ARTIFACTS, `${name}.pdf`));
    // Reading order (no -layout): the header's columns one after the other, a paragraph's lines joined by spaces below.
    return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map(nfc);
  }

  it.runIf(canRender)(
    `Kon Tum quý I/2023: the quarter named as such, the blanks dotted, the signature on the page of the closing${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      // Cổng TTĐT tỉnh Kon Tum, 18/03/2023 (https://www.kontum.gov.vn/pages/detail/46988/): toàn tỉnh, quý I/2023.
      const pages = await printed('kon-tum-quy-1-2023', konTumRows(['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2023']));
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain('quý I năm 2023');
      expect(all).not.toMatch(/[Tt]rong tháng|tháng … năm …/);
      expect(all).toContain('ỦY BAN NHÂN DÂN ……………');
      expect(all).toContain('……………, ngày');
      // The closing and the signature on one page: never a signature alone.
      const last = pages[pages.length - 1]!;
      expect(last).toContain('Nơi nhận:');
      expect(last).toContain('Trên đây là');
    },
    120_000,
  );

  it.runIf(canRender)(
    `Lâm Đồng năm 2020: "trước hạn và đúng hạn" written as both, Nơi nhận items whole${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const pages = await printed('lam-dong-nam-2020', lamDongRows(['TÌNH HÌNH GIẢI QUYẾT TTHC NĂM 2020'], false), {
        noiNhan: ['LĐVP.HĐND&UBND huyện', 'Lưu: VT, NCNV (s)'],
      });
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain('cải cách hành chính năm 2020');
      expect(all).toContain('trả trước hạn và đúng hạn 51.072 hồ sơ');
      expect(all).not.toContain('trước hạn 51.072');
      expect(all).toContain('Hiện đại hóa nền hành chính');
      // Each Nơi nhận item on one line of its own (issue 20 §6: it wrapped as "LĐVP.HĐND&UBND / huyện;").
      expect(pages[pages.length - 1]!.split('\n')).toContain('- LĐVP.HĐND&UBND huyện;');
    },
    120_000,
  );

  /** A document printed by LibreOffice and read back, its pages' text joined and spaces folded. */
  async function printedDoc(name: string, doc: ReportDocument): Promise<{ all: string; pages: string[] }> {
    const docx = join(work, `${name}.docx`);
    writeFileSync(docx, await reportToDocx(doc));
    const pdf = toPdf(docx);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(pdf, join(ARTIFACTS, `${name}.pdf`));
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map(nfc);
    return { all: pages.join('\n').replace(/\s+/g, ' '), pages };
  }

  it.runIf(canRender)(
    `a ward of another province, 10/2026: the law of 2026, no Đồng Tháp request, no internal words, a list's rate once${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const communes = Array.from({ length: 20 }, (_, i) => [`Tổ dân phố ${i + 1}`, 100 + i, 90 + i, 80 + i] as (string | number)[]);
      const pages = await printed(
        'phuong-khac-tinh-10-2026',
        [['THÁNG 10 NĂM 2026'], [], ['Đơn vị', 'Tổng số tiếp nhận', 'Trong đó trực tuyến', 'Đã giải quyết'], ...communes],
        { coQuanChuQuan: 'UBND THÀNH PHỐ HÀ NỘI', coQuanBanHanh: 'ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BẠC' },
      );
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain('Nghị định số 118/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 309/2026/NĐ-CP');
      expect(all).toContain('Nghị định số 45/2020/NĐ-CP và Nghị định số 224/2026/NĐ-CP');
      for (const gone of ['644/CĐ-TTg', 'UBND-HCC', 'Toàn bảng', 'cộng các dòng', 'tháng … năm …']) expect(all, gone).not.toContain(gone);
      // 20 units: one rate for the whole, never a sentence of twenty.
      expect(all.match(/đạt \d+(?:,\d+)?%/g)?.length ?? 0).toBeLessThanOrEqual(4);
    },
    120_000,
  );

  it.runIf(canRender)(
    `a year of 2026 with its IT appendix: NQ 76's area, "toàn trình" for "mức độ 4", "." thousands, no blank last page${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const pages = await printed('nam-2026-cntt', [
        ['NĂM 2026'],
        [],
        ['Đơn vị', 'Dịch vụ công trực tuyến mức độ 3', null, 'Dịch vụ công trực tuyến mức độ 4', null],
        [null, 'Số TTHC', 'Tổng số hồ sơ', 'Số TTHC', 'Tổng số hồ sơ'],
        ['Xã A', 12, 340, 20, 1250],
        ['Xã B', 10, 210, 18, 6302],
        ['Tổng cộng', 22, 550, 38, 7552],
      ]);
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain('Xây dựng, phát triển Chính phủ điện tử, Chính phủ số');
      expect(all).not.toContain('Hiện đại hóa nền hành chính');
      // The header cells wrap ("trực tuyến toàn / trình"): their words, in the order the PDF gives them.
      expect(all).toContain('trực tuyến toàn');
      expect(all).toContain('trực tuyến một');
      expect(all).not.toContain('mức độ');
      expect(all).toContain('6.302');
      expect(all).not.toMatch(/\b6302\b/);
      for (const p of pages) expect(p.trim()).not.toBe('');
    },
    120_000,
  );

  it.runIf(canRender)(
    `a quarter closing its months: the quarter's figures, never a month added to it${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const pages = await printed('quy-1-2024-theo-thang', lapVoQuarterRows());
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain('quý I năm 2024');
      expect(all).toContain('tổng số hồ sơ nhận giải quyết là 748 hồ sơ');
      expect(all).not.toContain('1.496');
    },
    120_000,
  );

  it.runIf(canRender)(
    `the province roll-up: like for like, a rate over some units says so, a unit with no name is a blank${canRender ? '' : ' (needs soffice and poppler-utils on PATH)'}`,
    async () => {
      const unit = (name: string | undefined, fileName: string, counts: Record<string, number>) => ({
        source: `${fileName}.xlsx`,
        fileName,
        ...(name ? { name } : {}),
        counts,
        findings: [],
        errors: 0,
      });
      const c = (received: number, resolved: number, onTime: number) => ({
        'tiep-nhan': received,
        'da-giai-quyet': resolved,
        'dung-han': onTime,
        'qua-han': resolved - onTime,
      });
      const rollup = rollUp(
        [
          unit('Xã Mỹ An', 'my-an', { ...c(1100, 1000, 950), 'truc-tuyen': 800, 'moi-tiep-nhan': 1000 }),
          unit(undefined, 'bao-cao-tai-tu-cong-dvc', c(600, 500, 500)),
        ],
        { previous: [unit('Xã Mỹ An', 'my-an', c(1000, 900, 880)), unit('Xã Bình Thành', 'binh-thanh', c(400, 300, 300))] },
      );
      const doc = rollupReportJob({ rollup, templateText: readFileSync(join(TEMPLATES, 'bao-cao', 'tong-hop.mustache'), 'utf8') });
      const { all } = await printedDoc('tong-hop-cung-don-vi', doc);
      expect(all).toContain('so với kỳ trước tăng 100 hồ sơ (10%)');
      expect(all).toContain('So sánh với kỳ trước trên 1 đơn vị có báo cáo cả hai kỳ');
      expect(all).toContain('của 1/2 đơn vị có số liệu');
      expect(all).not.toContain('bao-cao-tai-tu-cong-dvc');
      expect(all).toContain('Xếp hạng các đơn vị theo tỷ lệ giải quyết trước hạn và đúng hạn');
    },
    120_000,
  );
});
