import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx, MAX_APPENDIX_ROWS, packDocx, ReportTooLarge, reportToDocx } from './docx';
import { breakName } from './docx/header';
import { textWidthTwips } from './docx/units';
import { unbrokenNumbers } from './docx/table';
import type { ReportDocument, ReportTable } from './model';

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** The TTHC form's shape: STT, name, received (total, of which online), settled (on time, late), 3 header rows. */
function appendixTable(): ReportTable {
  return {
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
      { cells: ['', 'Tổng cộng', '2.020', '1.084', '936', '2.017', '3'], bold: true, align: ['center', 'center'] },
    ],
    widths: [12, 60, 30, 30, 30, 30, 30],
  };
}

function sampleReport(): ReportDocument {
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
          { footnote: [{ text: 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.' }] },
          { text: ', trong tháng Ủy ban nhân dân xã tiếp nhận ' },
          { text: '2.020', bold: true },
          { text: ' hồ sơ.' },
        ],
      },
      { kind: 'heading', level: 3, content: [{ text: '1.1. Hồ sơ trực tuyến' }] },
      { kind: 'item', marker: '-', content: [{ text: 'Trực tuyến: 1.084 hồ sơ, chiếm 53,66%;' }] },
      { kind: 'item', marker: '+', content: [{ text: 'Một phần: 1.000 hồ sơ;' }] },
      {
        kind: 'paragraph',
        content: [
          { text: 'Tỷ lệ đúng hạn đạt 99,85% (Phụ lục kèm theo)' },
          { footnote: [{ text: 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.' }] },
          { text: '.' },
        ],
      },
      { kind: 'paragraph', content: [{ text: 'Trên đây là báo cáo tình hình giải quyết thủ tục hành chính tháng 3 năm 2024' }] },
    ],
    signature: { authority: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer: 'Nguyễn Văn A' },
    distribution: ['- UBND tỉnh (b/c);', '- Chủ tịch, các PCT UBND xã;', '- Công chức VP-TK;', '- Lưu: VT, VP.'],
    appendices: [
      {
        label: 'Phụ lục',
        title: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
        subtitle: ['(Kèm theo Báo cáo số      /BC-UBND ngày      /3/2024 của UBND xã Lấp Vò)'],
        table: appendixTable(),
        landscape: true,
      },
    ],
  };
}

interface Unzipped {
  document: string;
  styles: string;
  footnotes: string;
  core: string;
  headers: string[];
  files: Record<string, Uint8Array>;
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const files = unzipSync(bytes);
  const read = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing`);
    return strFromU8(file);
  };
  const headerNames = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return {
    document: read('word/document.xml'),
    styles: read('word/styles.xml'),
    footnotes: read('word/footnotes.xml'),
    core: read('docProps/core.xml'),
    headers: headerNames.map(read),
    files,
  };
}

/** The text of an XML fragment: its w:t contents unescaped, a line break as "\n", a tab as "\t". */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : (m[1] ?? '')))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every run (w:r) of the XML. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[0]);
}

/** Every paragraph (w:p) of the XML. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
}

/** The run whose whole text is `text`. */
function runWithText(xml: string, text: string): string {
  const found = runs(xml).find((r) => textOf(r) === text);
  if (!found) throw new Error(`no run "${text}"`);
  return found;
}

const halfPoints = (run: string) => Number(/<w:sz w:val="(\d+)"/.exec(run)?.[1]);
const isBold = (run: string) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(run);
const isItalic = (run: string) => /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(run);

/** The sectPr elements, in document order: the main section's, then each appendix's. */
function sections(document: string): string[] {
  return [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}\\s[^>]*>`).exec(xml)?.[0];
  return el ? new RegExp(`${name}="([^"]*)"`).exec(el)?.[1] : undefined;
}

/** The top-level tables of the body, in order (the report's tables are not nested). */
function tables(document: string): string[] {
  return [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

describe('reportToDocx', () => {
  it('lays the pages out on A4 with the margins asked for, the appendix in landscape with its own numbering', async () => {
    const margins = { top: 25, bottom: 20, left: 35, right: 20 };
    const { document } = await unzip(await reportToDocx(sampleReport(), { margins }));
    expect(sections(document)).toHaveLength(2);
    const [main, appendix] = sections(document);
    expect(attr(main!, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(main!, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(main!, 'w:pgSz', 'w:orient') ?? 'portrait').toBe('portrait');
    for (const sectPr of [main!, appendix!]) {
      expect(attr(sectPr, 'w:pgMar', 'w:top')).toBe(String(mmToTwips(25)));
      expect(attr(sectPr, 'w:pgMar', 'w:bottom')).toBe(String(mmToTwips(20)));
      expect(attr(sectPr, 'w:pgMar', 'w:left')).toBe(String(mmToTwips(35)));
      expect(attr(sectPr, 'w:pgMar', 'w:right')).toBe(String(mmToTwips(20)));
      expect(attr(sectPr, 'w:pgMar', 'w:header')).toBe(String(mmToTwips(10)));
      expect(attr(sectPr, 'w:pgNumType', 'w:start')).toBe('1');
      expect(sectPr).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    }
    expect(attr(appendix!, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(Number(attr(appendix!, 'w:pgSz', 'w:w'))).toBe(16838);
    expect(Number(attr(appendix!, 'w:pgSz', 'w:h'))).toBe(11906);
  });

  it('sets the Quốc hiệu in 12 pt when the margins leave its column too narrow for 13 pt on one line', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport(), { margins: { top: 25, bottom: 25, left: 35, right: 20 } }));
    const header = tables(document)[0]!;
    const grid = [...header.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // 155 mm of text column + 3,5 mm of outdent, shared 3829 : 5670.
    expect(grid[0]! + grid[1]!).toBeLessThanOrEqual(11906 - mmToTwips(35) - mmToTwips(20) + 199);
    expect(textWidthTwips(QUOC_HIEU, 12, { bold: true })).toBeLessThan(grid[1]! - 2 * 57);
    expect(halfPoints(runWithText(document, QUOC_HIEU))).toBe(24);
  });

  it('uses the default margins 20/20/30/15 mm', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const [main] = sections(document);
    expect(attr(main!, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attr(main!, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attr(main!, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(main!, 'w:pgMar', 'w:right')).toBe('850');
  });

  it('sets Times New Roman, black, in the document defaults', async () => {
    const { styles } = await unzip(await reportToDocx(sampleReport()));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
      expect(attr(defaults, 'w:rFonts', `w:${slot}`)).toBe('Times New Roman');
    }
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
    expect(attr(defaults, 'w:color', 'w:val')).toBe('000000');
    // Footnote text in 12 pt.
    const footnoteStyle = /<w:style [^>]*w:styleId="FootnoteText"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(attr(footnoteStyle, 'w:sz', 'w:val')).toBe('24');
    // No style anywhere names another font.
    const fonts = [...styles.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('writes the header elements in the decree’s sizes and styles', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const quocHieu = runWithText(document, QUOC_HIEU);
    expect(halfPoints(quocHieu)).toBe(26);
    expect(isBold(quocHieu)).toBe(true);
    const tieuNgu = runWithText(document, TIEU_NGU);
    expect(halfPoints(tieuNgu)).toBe(28);
    expect(isBold(tieuNgu)).toBe(true);
    const parent = runWithText(document, 'UBND TỈNH ĐỒNG THÁP');
    expect(halfPoints(parent)).toBe(26);
    expect(isBold(parent)).toBe(false);
    // Too long for one line of its cell at 13 pt: broken before the unit, "ỦY BAN NHÂN DÂN" / "XÃ LẤP VÒ".
    const agency = paragraphs(document).find((p) => textOf(p) === 'ỦY BAN NHÂN DÂN\nXÃ LẤP VÒ')!;
    expect(agency).toContain('<w:br/>');
    for (const run of runs(agency)) {
      expect(halfPoints(run)).toBe(26);
      expect(isBold(run)).toBe(true);
    }
    expect(halfPoints(runWithText(document, 'Số:      /BC-UBND'))).toBe(26);
    const date = runWithText(document, 'Lấp Vò, ngày      tháng 3 năm 2024');
    expect(halfPoints(date)).toBe(28);
    expect(isItalic(date)).toBe(true);
    const kind = runWithText(document, 'BÁO CÁO');
    expect(halfPoints(kind)).toBe(28);
    expect(isBold(kind)).toBe(true);
    for (const line of ['Tình hình, kết quả giải quyết thủ tục hành chính', 'tháng 3 năm 2024']) {
      const run = runWithText(document, line);
      expect(halfPoints(run)).toBe(28);
      expect(isBold(run)).toBe(true);
    }
    expect(textOf(document)).toContain('Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp');
  });

  it('draws the header and the foot as borderless tables with absolute widths (Mẫu 1.4 grid)', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const all = tables(document);
    const header = all[0]!;
    const foot = all.find((t) => textOf(t).includes('Nơi nhận:'))!;
    expect(textOf(header)).toContain(QUOC_HIEU);
    for (const table of [header, foot]) {
      const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0] ?? '';
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        expect(attr(borders, `w:${side}`, 'w:val')).toMatch(/^(none|nil)$/);
      }
      expect(attr(table, 'w:tblLayout', 'w:type')).toBe('fixed');
      expect(attr(table, 'w:tblW', 'w:type')).toBe('dxa');
      for (const tcW of table.match(/<w:tcW [^>]*>/g) ?? []) expect(tcW).toContain('w:type="dxa"');
    }
    const grid = (t: string) => [...t.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // The header reaches 3,5 mm at most into the left margin, as Mẫu 1.4 does: 3829 / 5670 twips.
    expect(grid(header)).toEqual([3829, 5670]);
    expect(Number(attr(header, 'w:tblInd', 'w:w'))).toBeLessThan(0);
    expect(grid(foot)).toEqual([2994, 6290]);
  });

  it('puts a short rule under the agency and the trích yếu and one as long as the Tiêu ngữ under it', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const ps = paragraphs(document);
    const ruleAfter = (text: string) => {
      const i = ps.findIndex((p) => textOf(p) === text);
      const rule = ps[i + 1] ?? '';
      expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      expect(textOf(rule)).toBe('');
      return { left: Number(attr(rule, 'w:ind', 'w:left')), right: Number(attr(rule, 'w:ind', 'w:right')) };
    };
    // Agency: 1/3 to 1/2 of its longer line, "ỦY BAN NHÂN DÂN" (13 pt bold), centred in the 67,5 mm cell less 2 mm of padding.
    const agency = ruleAfter('ỦY BAN NHÂN DÂN\nXÃ LẤP VÒ');
    const agencyRule = 3829 - 2 * 57 - agency.left - agency.right;
    const agencyLine = textWidthTwips('ỦY BAN NHÂN DÂN', 13, { bold: true });
    expect(Math.abs(agency.left - agency.right)).toBeLessThanOrEqual(1);
    expect(agencyRule).toBeGreaterThan(agencyLine / 3);
    expect(agencyRule).toBeLessThan(agencyLine / 2);
    // Tiêu ngữ: its own length, ≈ 60 mm at 14 pt bold.
    const tieuNgu = ruleAfter(TIEU_NGU);
    const tieuNguRule = 5670 - 2 * 57 - tieuNgu.left - tieuNgu.right;
    expect(tieuNguRule).toBeGreaterThan(mmToTwips(58));
    expect(tieuNguRule).toBeLessThan(mmToTwips(62));
    // Trích yếu: 1/3 to 1/2 of its longer line, centred on the text column (165 mm).
    const summary = ruleAfter('tháng 3 năm 2024');
    const summaryRule = 11906 - mmToTwips(30) - mmToTwips(15) - summary.left - summary.right;
    const summaryLine = textWidthTwips('Tình hình, kết quả giải quyết thủ tục hành chính', 14, { bold: true });
    expect(summaryRule).toBeGreaterThan(summaryLine / 3);
    expect(summaryRule).toBeLessThan(summaryLine / 2);
  });

  it('writes the body: justified, indented 1,27 cm, 6 pt apart, headings bold (level 3 italic), items with their marker', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const ps = paragraphs(document);
    const para = (start: string) => {
      const p = ps.find((x) => textOf(x).startsWith(start));
      if (!p) throw new Error(`no paragraph "${start}"`);
      return p;
    };
    for (const start of ['I. KẾT QUẢ', '1. Tiếp nhận', '1.1. Hồ sơ', 'Thực hiện', '- Trực tuyến', '+ Một phần']) {
      const p = para(start);
      expect(attr(p, 'w:jc', 'w:val')).toBe('both');
      expect(attr(p, 'w:ind', 'w:firstLine')).toBe('720');
      expect(Number(attr(p, 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(120);
      const line = Number(attr(p, 'w:spacing', 'w:line'));
      expect(line).toBeGreaterThanOrEqual(240);
      expect(line).toBeLessThanOrEqual(360);
      for (const run of runs(p).filter((r) => textOf(r) !== '')) expect(halfPoints(run)).toBe(28);
    }
    expect(runs(para('I. KẾT QUẢ')).every(isBold)).toBe(true);
    expect(runs(para('1. Tiếp nhận')).every(isBold)).toBe(true);
    expect(runs(para('1.1. Hồ sơ')).every((r) => isBold(r) && isItalic(r))).toBe(true);
    expect(isBold(runWithText(document, '2.020'))).toBe(true);
    expect(isBold(runWithText(document, ' hồ sơ.'))).toBe(false);
    expect(textOf(para('- Trực tuyến'))).toBe('- Trực tuyến: 1.084 hồ sơ, chiếm 53,66%;');
    expect(textOf(para('+ Một phần'))).toBe('+ Một phần: 1.000 hồ sơ;');
  });

  it('body size 13 when asked', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport(), { bodySize: 13 }));
    expect(halfPoints(runWithText(document, ' hồ sơ.'))).toBe(26);
  });

  it('ends the content with "./." in its last paragraph, not a paragraph of its own', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const ps = paragraphs(document).map(textOf);
    expect(ps).toContain('Trên đây là báo cáo tình hình giải quyết thủ tục hành chính tháng 3 năm 2024./.');
    expect(ps).not.toContain('./.');
  });

  it('does not double the mark, and after a final full stop adds only "/."', async () => {
    const report = sampleReport();
    report.body.push({ kind: 'paragraph', content: [{ text: 'Kính báo cáo./.' }] });
    let { document } = await unzip(await reportToDocx(report));
    expect(paragraphs(document).map(textOf)).toContain('Kính báo cáo./.');
    report.body.push({ kind: 'paragraph', content: [{ text: 'Trân trọng báo cáo. ' }] });
    ({ document } = await unzip(await reportToDocx(report)));
    expect(paragraphs(document).map(textOf)).toContain('Trân trọng báo cáo./.');
  });

  it('makes real footnotes, numbered in order, with their text in footnotes.xml', async () => {
    const { document, footnotes } = await unzip(await reportToDocx(sampleReport()));
    const ids = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([1, 2]);
    const note = (id: number) => new RegExp(`<w:footnote w:id="${id}">[\\s\\S]*?</w:footnote>`).exec(footnotes)?.[0] ?? '';
    expect(textOf(note(1))).toContain('Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.');
    expect(textOf(note(2))).toContain('Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.');
    expect(note(1)).toContain('<w:footnoteRef/>');
    expect(halfPoints(runWithText(note(1), 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.'))).toBe(24);
  });

  it('numbers the pages in a centred PAGE field from page 2 (empty first-page header)', async () => {
    const { document, headers, files } = await unzip(await reportToDocx(sampleReport()));
    const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
    const rels = text('word/_rels/document.xml.rels');
    const target = (rId: string) => new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const [main] = sections(document);
    const defaultRef = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(main!)?.[1] ?? '';
    const firstRef = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(main!)?.[1] ?? '';
    const read = async (rId: string) => text(`word/${target(rId)}`);
    const defaultHeader = await read(defaultRef);
    const firstHeader = await read(firstRef);
    expect(defaultHeader).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(attr(defaultHeader, 'w:jc', 'w:val')).toBe('center');
    expect(halfPoints(defaultHeader)).toBe(28);
    expect(firstHeader).not.toMatch(/PAGE/);
    expect(textOf(firstHeader)).toBe('');
    expect(headers.length).toBeGreaterThanOrEqual(2);
  });

  it('writes the foot: Nơi nhận bold italic 12, the list 11, the signature bold 14 with room to sign, no empty paragraph', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const noiNhan = runWithText(document, 'Nơi nhận:');
    expect(halfPoints(noiNhan)).toBe(24);
    expect(isBold(noiNhan) && isItalic(noiNhan)).toBe(true);
    for (const line of ['- UBND tỉnh (b/c);', '- Chủ tịch, các PCT UBND xã;', '- Công chức VP-TK;', '- Lưu: VT, VP.']) {
      expect(halfPoints(runWithText(document, line))).toBe(22);
    }
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']) {
      const run = runWithText(document, line);
      expect(halfPoints(run)).toBe(28);
      expect(isBold(run)).toBe(true);
    }
    const foot = tables(document).find((t) => textOf(t).includes('Nơi nhận:'))!;
    const right = [...foot.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][1]?.[0] ?? '';
    const ps = paragraphs(right).map(textOf);
    expect(ps).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
    // Room to sign as space above the name (about four lines), not as empty paragraphs; none anywhere in the block.
    expect(Number(attr(paragraphs(right)[2]!, 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(4 * 280);
    expect(paragraphs(foot).filter((p) => textOf(p) === '')).toEqual([]);
  });

  it('writes the appendix: label, title, subtitle, and the form with merged header, numbering row and total row', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const label = runWithText(document, 'Phụ lục');
    expect(isBold(label) && halfPoints(label) === 28).toBe(true);
    const title = runWithText(document, 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(isBold(title)).toBe(true);
    expect(isItalic(runWithText(document, '(Kèm theo Báo cáo số      /BC-UBND ngày      /3/2024 của UBND xã Lấp Vò)'))).toBe(true);

    const table = tables(document).find((t) => textOf(t).includes('Số hồ sơ nhận giải quyết'))!;
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toEqual([12, 60, 30, 30, 30, 30, 30].map(mmToTwips));
    expect(attr(table, 'w:tblLayout', 'w:type')).toBe('fixed');
    const tcWs = table.match(/<w:tcW [^>]*>/g) ?? [];
    expect(tcWs.length).toBeGreaterThan(0);
    for (const tcW of tcWs) expect(tcW).toContain('w:type="dxa"');
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0] ?? '';
    expect(attr(borders, 'w:insideV', 'w:val')).toBe('single');

    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    // 3 header rows, the numbering row, 3 data rows and the total row.
    expect(rows).toHaveLength(8);
    const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    // Every row covers the 7 columns of the grid.
    for (const row of rows) {
      const span = cells(row).reduce((n, c) => n + Number(/<w:gridSpan w:val="(\d+)"/.exec(c)?.[1] ?? 1), 0);
      expect(span).toBe(7);
    }
    const first = cells(rows[0]!);
    expect(first.map(textOf)).toEqual(['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', 'Kết quả giải quyết']);
    expect(first[0]).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(first[2]).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(attr(first[2]!, 'w:tcW', 'w:w')).toBe(String(3 * mmToTwips(30)));
    expect(isBold(runWithText(first[2]!, 'Số hồ sơ nhận giải quyết'))).toBe(true);
    const second = cells(rows[1]!);
    expect(second[0]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(second.map(textOf)).toEqual(['', '', 'Tổng số', 'Trong đó', 'Đúng hạn', 'Quá hạn']);
    const third = cells(rows[2]!);
    expect(third.map(textOf)).toEqual(['', '', '', 'Trực tuyến', 'Trực tiếp', '', '']);
    // Header rows repeat on each page.
    expect(rows[0]).toContain('<w:tblHeader/>');

    const numbering = cells(rows[3]!);
    expect(numbering.map(textOf)).toEqual(['1', '2', '3=4+5', '4', '5', '6', '7']);
    const n = runWithText(numbering[2]!, '3=4+5');
    expect(isItalic(n) && halfPoints(n) === 22).toBe(true);

    const data = cells(rows[5]!);
    expect(data.map(textOf)).toEqual(['2', 'Chứng thực', '1.886', '1.000', '886', '1.886', '0']);
    expect(data.map((c) => attr(c, 'w:jc', 'w:val'))).toEqual(['center', 'left', 'right', 'right', 'right', 'right', 'right']);
    expect(isBold(runWithText(data[2]!, '1.886'))).toBe(false);
    const total = cells(rows[7]!);
    expect(total.map((c) => attr(c, 'w:jc', 'w:val')).slice(0, 3)).toEqual(['center', 'center', 'right']);
    expect(isBold(runWithText(total[1]!, 'Tổng cộng'))).toBe(true);
    expect(isBold(runWithText(total[2]!, '2.020'))).toBe(true);
  });

  it('scales an appendix table down to the text width when its columns are too wide', async () => {
    const report = sampleReport();
    const appendix = report.appendices[0]!;
    appendix.landscape = false;
    appendix.table.widths = [20, 80, 40, 40, 40, 40, 40]; // 300 mm on a 165 mm column
    const { document } = await unzip(await reportToDocx(report));
    const table = tables(document).find((t) => textOf(t).includes('Số hồ sơ nhận giải quyết'))!;
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    const available = 11906 - mmToTwips(30) - mmToTwips(15);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(available);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(available - 10);
    expect(grid[1]! / grid[0]!).toBeCloseTo(4, 1);
    const [, section] = sections(document);
    expect(attr(section!, 'w:pgSz', 'w:orient') ?? 'portrait').toBe('portrait');
  });

  it('writes "Kính gửi:" with one line per recipient when there are several, and nothing when there are none', async () => {
    const report = sampleReport();
    report.recipients = ['Ủy ban nhân dân tỉnh Đồng Tháp', 'Sở Nội vụ'];
    let { document } = await unzip(await reportToDocx(report));
    let ps = paragraphs(document).map(textOf);
    expect(ps).toContain('Kính gửi:\t- Ủy ban nhân dân tỉnh Đồng Tháp;');
    expect(ps).toContain('- Sở Nội vụ.');
    const first = paragraphs(document).find((p) => textOf(p).startsWith('Kính gửi:'))!;
    expect(first).toContain('<w:tab/>');
    const second = paragraphs(document).find((p) => textOf(p) === '- Sở Nội vụ.')!;
    // The dashes line up: the first line's tab stop is the second line's indent.
    expect(attr(first, 'w:tab', 'w:pos')).toBe(attr(second, 'w:ind', 'w:left'));

    report.recipients = [];
    ({ document } = await unzip(await reportToDocx(report)));
    ps = paragraphs(document).map(textOf);
    expect(ps.some((p) => p.startsWith('Kính gửi'))).toBe(false);
  });

  it('leaves out the cơ quan chủ quản line when there is none', async () => {
    const report = sampleReport();
    delete report.header.parentAgency;
    const { document } = await unzip(await reportToDocx(report));
    expect(textOf(document)).not.toContain('UBND TỈNH ĐỒNG THÁP');
    expect(textOf(document)).toContain('ỦY BAN NHÂN DÂN\nXÃ LẤP VÒ');
  });

  it('breaks a long agency name before its unit, only when it does not fit, and keeps the breaks it was given', () => {
    const cell = 3829 - 2 * 57;
    const bold = { bold: true };
    expect(breakName('UBND XÃ LẤP VÒ', cell, 13, bold)).toBe('UBND XÃ LẤP VÒ');
    expect(breakName('ỦY BAN NHÂN DÂN XÃ LẤP VÒ', cell, 13, bold)).toBe('ỦY BAN NHÂN DÂN\nXÃ LẤP VÒ');
    expect(breakName('ỦY BAN NHÂN DÂN THỊ XÃ HỒNG NGỰ', cell, 13, bold)).toBe('ỦY BAN NHÂN DÂN\nTHỊ XÃ HỒNG NGỰ');
    // No unit to break before: left to Word's wrapping.
    expect(breakName('BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG KHU VỰC', cell, 13, bold)).toBe('BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG KHU VỰC');
    expect(breakName('ỦY BAN NHÂN DÂN\nXÃ LẤP VÒ', 100, 13, bold)).toBe('ỦY BAN NHÂN DÂN\nXÃ LẤP VÒ');
  });

  it('measures Times New Roman as Liberation Serif does (its metric twin)', () => {
    // Widths read from LiberationSerif-Bold.ttf's hmtx table: the Quốc hiệu is 20 862 / 1000 em wide.
    expect(textWidthTwips(QUOC_HIEU, 13, { bold: true })).toBeCloseTo(20.862 * 13 * 20, -1);
    // 95,7 mm: it fits on one line of Mẫu 1.4's 100 mm column.
    expect(textWidthTwips(QUOC_HIEU, 13, { bold: true })).toBeLessThan(5670 - 2 * 57);
    expect(textWidthTwips(TIEU_NGU, 14, { bold: true })).toBeCloseTo(12.242 * 14 * 20, -1);
  });

  it('shows hostile text as plain text and still writes a valid file', async () => {
    const img = '<img src=x onerror=alert(1)>';
    const markup = 'a & b <w:p>';
    const long = 'Đ'.repeat(5_000) + 'x'.repeat(5_000);
    const controls = 'ctl\u0001\u0008\u000b\uFFFF\uFFFE\uD800end\uDC00';
    const hostile = `${img} ${markup} ${long} ${controls}`;
    const report = sampleReport();
    report.header.agency = hostile;
    report.body.unshift({ kind: 'heading', level: 1, content: [{ text: hostile }] });
    report.appendices[0]!.table.rows[0]!.cells[1] = `${markup}\n${hostile}`;
    report.signature.signer = hostile;

    const bytes = await reportToDocx(report);
    const { document, files } = await unzip(bytes);
    for (const name of Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      const xml = strFromU8(files[name]!);
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      expect(xml, name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(wellFormed(xml), name).toBe(true);
    }
    expect(document).not.toContain('<img');
    expect(document).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document).not.toMatch(/<w:p>a &/);
    expect(document).toContain('a &amp; b &lt;w:p&gt;');
    const text = textOf(document);
    expect(text).toContain(img);
    expect(text).toContain(markup);
    expect(text).toContain('ctlend');
    // The long string is all there, in each of the four places.
    expect(text.split(long).length - 1).toBe(4);
    expect(text.split(`${img} ${markup} ${long} ctlend`).length - 1).toBe(4);
    // A line feed in a cell is a line break, not a new paragraph.
    const cell = [...document.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]).find((c) => textOf(c).startsWith(`${markup}\n`))!;
    expect(textOf(cell)).toBe(`${markup}\n${img} ${markup} ${long} ctlend`);
    expect(paragraphs(cell)).toHaveLength(1);
    expect(cell).toContain('<w:br/>');
  });
});

/**
 * A small well-formedness check (Node has no DOMParser): every tag is one of start, end, empty, declaration; the
 * tags nest; text has no raw "<" and no "&" that is not an entity.
 */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^?]*\?>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const between = xml.slice(last, m.index);
    if (/[<>]/.test(between) || /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between)) return false;
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[3] ?? '')) return false;
    last = tag.lastIndex;
    if (m[0].startsWith('<?')) continue;
    const [, close, name, , empty] = m;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!empty) {
      stack.push(name!);
    }
  }
  return stack.length === 0 && !/[<>]/.test(xml.slice(last));
}

describe('long appendix tables', () => {
  it('rows written as markup give exactly the document.xml the library writes row by row', async () => {
    const doc = sampleReport();
    const table = doc.appendices[0]!.table;
    const rows: ReportTable['rows'] = [];
    for (let i = 1; i <= 260; i++) {
      rows.push({ cells: [String(i), i % 7 === 0 ? `Lĩnh vực <${i}> & "x" 'y'\nhai dòng\tcó tab` : `Lĩnh vực ${i}`, '1.234', '', '\u0001' + i, '5', '6'] });
    }
    rows.push({ cells: ['', 'Tổng cộng', '9', '9', '9', '9', '9'], bold: true, align: ['center', 'center'] });
    doc.appendices[0] = { ...doc.appendices[0]!, table: { ...table, rows } };
    const read = async (bytes: Uint8Array) => (await unzip(bytes)).document;
    const fast = await read(await reportToDocx(doc));
    const slow = await read(await reportToDocx(doc, { bulkRows: false }));
    expect(fast).not.toContain('BAOCAO-CCHC-ROWS');
    expect(fast).toContain('Lĩnh vực &lt;7&gt; &amp; &quot;x&quot;');
    expect(fast).toBe(slow);
  });
});

/** The largest run size of a paragraph in half-points (its runs' and its mark's w:sz), else the document's default. */
function paragraphHalfPoints(p: string, fallback: number): number {
  let most = 0;
  for (const m of p.matchAll(/<w:sz w:val="(\d+)"\/>/g)) most = Math.max(most, Number(m[1]));
  return most > 0 ? most : fallback;
}

/** Every w:spacing with a w:line: it has a w:lineRule, and an exact line is not smaller than the paragraph's text. */
function lineProblems(xml: string, defaultHalfPoints: number): string[] {
  const problems: string[] = [];
  for (const spacing of xml.matchAll(/<w:spacing\b[^>]*>/g)) {
    if (/w:line="/.test(spacing[0]) && !/w:lineRule="/.test(spacing[0])) problems.push(`no lineRule: ${spacing[0]}`);
  }
  for (const p of paragraphs(xml)) {
    const spacing = /<w:spacing\b[^>]*>/.exec(p)?.[0] ?? '';
    if (!/w:lineRule="exact"/.test(spacing)) continue;
    const line = Number(/w:line="(\d+)"/.exec(spacing)?.[1]);
    const needed = paragraphHalfPoints(p, defaultHalfPoints) * 10;
    if (line < needed) problems.push(`exact line ${line} < ${needed} twips: ${p.slice(0, 300)}`);
  }
  return problems;
}

/** A công văn: no tên loại, its trích yếu under the number, a draft mark, and notes under the appendix table. */
function congVan(): ReportDocument {
  const doc = sampleReport();
  doc.kind = '';
  doc.summary = [];
  doc.header = { ...doc.header, number: 'Số:      /UBND-VP', subject: ['V/v khắc phục những hạn chế', 'trong giải quyết TTHC'] };
  doc.draft = ['DỰ THẢO — số liệu chưa khớp', 'Ô D12: tổng 2.020 khác 2.019 (cộng các dòng).'];
  doc.appendices[0] = { ...doc.appendices[0]!, notes: ['Tỷ lệ giải quyết đúng hạn = (Sớm hạn + Đúng hạn) / Đã giải quyết.', 'Số liệu từ Hệ thống.'] };
  return doc;
}

describe('line spacing the same in every reader', () => {
  it('writes a line rule with every line spacing, and no exact line smaller than its text, in the document, styles, footnotes and headers', async () => {
    for (const doc of [sampleReport(), congVan()]) {
      const { document, styles, footnotes, headers } = await unzip(await reportToDocx(doc));
      const problems = [document, styles, footnotes, ...headers].flatMap((xml) => lineProblems(xml, 28));
      expect(problems).toEqual([]);
      // Every paragraph with text says how its lines are spaced (the default would otherwise decide).
      for (const p of paragraphs(document).filter((x) => textOf(x).trim() !== '')) expect(p).toMatch(/<w:spacing\b[^>]*w:lineRule="auto"/);
      expect(/<w:pPrDefault>[\s\S]*?<w:spacing\b[^>]*w:lineRule="auto"/.test(styles)).toBe(true);
    }
  });

  it('has no empty paragraph between the content and the Nơi nhận / signature block', async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const end = document.indexOf('</w:p>', document.indexOf('./.')) + '</w:p>'.length;
    // The paragraph ending the content is followed by the foot table itself.
    expect(document.slice(end, end + '<w:tbl>'.length)).toBe('<w:tbl>');
    // The space above it is the block's own: its first lines have space before them.
    const foot = paragraphs(document.slice(end));
    expect(textOf(foot[0]!)).toBe('Nơi nhận:');
    expect(Number(attr(foot[0]!, 'w:spacing', 'w:before'))).toBeGreaterThan(0);
  });
});

describe('document properties and styles', () => {
  it('names the issuing body as creator and last editor, the language vi-VN, and no coloured style', async () => {
    const { core, styles } = await unzip(await reportToDocx(sampleReport()));
    expect(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1]).toBe('ỦY BAN NHÂN DÂN XÃ LẤP VÒ');
    expect(/<cp:lastModifiedBy>([^<]*)<\/cp:lastModifiedBy>/.exec(core)?.[1]).toBe('ỦY BAN NHÂN DÂN XÃ LẤP VÒ');
    expect(core).not.toContain('Un-named');
    expect(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1]).toBe('BÁO CÁO Tình hình, kết quả giải quyết thủ tục hành chính tháng 3 năm 2024');
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
    expect(attr(defaults, 'w:lang', 'w:val')).toBe('vi-VN');
    const colours = [...styles.matchAll(/<w:color\b[^>]*>/g)].map((m) => m[0]);
    expect(colours.length).toBeGreaterThan(0);
    for (const c of colours) {
      expect(c).toMatch(/w:val="(000000|auto)"/);
      expect(c).not.toMatch(/themeColor/);
    }
  });
});

describe('the công văn, the draft mark and the appendix notes', () => {
  it('puts the công văn’s trích yếu under the number in the left column, 12 pt, upright, centred, and no tên loại', async () => {
    const { document } = await unzip(await reportToDocx(congVan()));
    const header = tables(document)[0]!;
    const cells = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    // Row 2, left cell: the number, then the subject lines.
    const left = paragraphs(cells[2]!);
    expect(left.map(textOf)).toEqual(['Số:      /UBND-VP', 'V/v khắc phục những hạn chế', 'trong giải quyết TTHC']);
    for (const p of left.slice(1)) {
      for (const run of runs(p)) {
        expect(halfPoints(run)).toBe(24);
        expect(isBold(run) || isItalic(run)).toBe(false);
      }
      expect(attr(p, 'w:jc', 'w:val')).toBe('center');
    }
    expect(Number(attr(left[1]!, 'w:spacing', 'w:before'))).toBe(120);
    // After the header: straight to "Kính gửi:", no empty tên loại, no rule.
    const after = document.slice(document.indexOf('</w:tbl>') + 6);
    const first = paragraphs(after)[0]!;
    expect(textOf(first)).toBe('Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(document).not.toContain('BÁO CÁO');
  });

  it('prints the draft mark first, above the header, in a red box with its first line bold', async () => {
    const { document } = await unzip(await reportToDocx(congVan()));
    const body = document.slice(document.indexOf('<w:body>') + 8);
    expect(body.startsWith('<w:p>')).toBe(true);
    const box = paragraphs(body.slice(0, body.indexOf('<w:tbl>')));
    expect(box.map(textOf)).toEqual(['DỰ THẢO — số liệu chưa khớp', 'Ô D12: tổng 2.020 khác 2.019 (cộng các dòng).']);
    for (const p of box) {
      expect(p).toMatch(/<w:pBdr><w:top w:val="single"[^>]*w:color="C00000"/);
      for (const side of ['top', 'left', 'bottom', 'right']) expect(p).toMatch(new RegExp(`<w:${side} w:val="single"`));
      for (const run of runs(p)) {
        expect(attr(run, 'w:color', 'w:val')).toBe('C00000');
        expect(halfPoints(run)).toBe(24);
      }
    }
    expect(isBold(runs(box[0]!)[0]!)).toBe(true);
    expect(isBold(runs(box[1]!)[0]!)).toBe(false);
    // No draft mark when the model has none.
    expect((await unzip(await reportToDocx(sampleReport()))).document).not.toContain('C00000');
  });

  it('writes "Ghi chú:" and the notes under the appendix table, italic 12 pt, justified', async () => {
    const { document } = await unzip(await reportToDocx(congVan()));
    const appendix = document.slice(document.lastIndexOf('</w:tbl>') + 8);
    const ps = paragraphs(appendix);
    expect(ps.map(textOf)).toEqual(['Ghi chú:', 'Tỷ lệ giải quyết đúng hạn = (Sớm hạn + Đúng hạn) / Đã giải quyết.', 'Số liệu từ Hệ thống.']);
    const label = runs(ps[0]!)[0]!;
    expect(isBold(label) && isItalic(label) && halfPoints(label) === 24).toBe(true);
    expect(Number(attr(ps[0]!, 'w:spacing', 'w:before'))).toBeGreaterThan(0);
    for (const p of ps.slice(1)) {
      expect(attr(p, 'w:jc', 'w:val')).toBe('both');
      for (const run of runs(p)) expect(isItalic(run) && !isBold(run) && halfPoints(run) === 24).toBe(true);
    }
  });
});

describe('balanced titles', () => {
  it('breaks a long trích yếu into balanced paragraphs, its last line at least three words', async () => {
    const doc = sampleReport();
    doc.summary = ['Tình hình, kết quả thực hiện công tác cải cách hành chính năm 2020 và phương hướng, nhiệm vụ năm 2021'];
    const { document } = await unzip(await reportToDocx(doc));
    const ps = paragraphs(document).map(textOf);
    const at = ps.indexOf('BÁO CÁO');
    const lines = ps.slice(at + 1, at + 3);
    expect(lines.join(' ')).toBe(doc.summary[0]);
    expect(lines[1]!.split(' ').length).toBeGreaterThanOrEqual(3);
    expect(ps[at + 3]).toBe('');
  });

  it('breaks a long appendix title the same way', async () => {
    const doc = sampleReport();
    const title =
      'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH, TIẾP NHẬN VÀ TRẢ KẾT QUẢ THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG CỦA ỦY BAN NHÂN DÂN XÃ THÁNG 3 NĂM 2024';
    doc.appendices[0] = { ...doc.appendices[0]!, title };
    const { document } = await unzip(await reportToDocx(doc));
    const ps = paragraphs(document).map(textOf);
    const at = ps.lastIndexOf('Phụ lục');
    const lines = ps.slice(at + 1, at + 3);
    expect(lines.join(' ')).toBe(title);
    expect(lines[1]!.split(' ').length).toBeGreaterThanOrEqual(3);
  });
});

describe('big tables', () => {
  const withRows = (count: number): ReportDocument => {
    const doc = sampleReport();
    const rows: ReportTable['rows'] = [];
    for (let i = 1; i <= count; i++) rows.push({ cells: [String(i), `Lĩnh vực ${i}`, '1', '1', '0', '1', '0'] });
    doc.appendices[0] = { ...doc.appendices[0]!, table: { ...doc.appendices[0]!.table, rows } };
    return doc;
  };

  it('refuses an appendix of 125.000 rows at once, with a sentence for the user (not a stack overflow)', () => {
    const doc = withRows(125_000);
    const started = Date.now();
    let error: unknown;
    try {
      buildDocx(doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportTooLarge);
    expect(error).not.toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe(
      'Phụ lục có 125.000 dòng, quá số dòng một báo cáo in ra có thể chứa (tối đa 5.000 dòng). Hãy gửi kèm tệp .xlsx thay cho phụ lục, hoặc lọc bớt bảng trước khi tạo báo cáo.',
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it(`packs an appendix of ${MAX_APPENDIX_ROWS} rows`, async () => {
    const bytes = await packDocx(buildDocx(withRows(MAX_APPENDIX_ROWS)));
    const { document } = await unzip(bytes);
    expect(document).toContain(`Lĩnh vực ${MAX_APPENDIX_ROWS}<`);
    expect(document).not.toContain('BAOCAO-CCHC-ROWS');
  }, 60_000);
});

describe('the last page (issue 20 §6)', () => {
  it('the closing paragraph is kept whole and with the signature; the paragraph after the foot is one point high', async () => {
    const { document } = await unzip(await reportToDocx({ ...sampleReport(), appendices: [] }));
    const ps = paragraphs(document);
    const closing = ps.find((p) => textOf(p).endsWith('./.'))!;
    expect(closing).toContain('<w:keepNext/>');
    expect(closing).toContain('<w:keepLines/>');
    const last = ps[ps.length - 1]!;
    expect(textOf(last)).toBe('');
    expect(last).toMatch(/<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/);
  });

  it("the Nơi nhận column starts at the body's edge: no inner left margin; a long item wraps under its text", async () => {
    const { document } = await unzip(await reportToDocx(sampleReport()));
    const cell = document.slice(document.lastIndexOf('<w:tc>', document.indexOf('Nơi nhận:')), document.indexOf('Nơi nhận:'));
    expect(cell).toMatch(/<w:tcMar>.*<w:left w:type="dxa" w:w="0"\/>.*<\/w:tcMar>/);
    const ps = paragraphs(document);
    const item = ps[ps.findIndex((p) => textOf(p) === 'Nơi nhận:') + 1]!;
    expect(item).toMatch(/<w:ind w:left="120" w:hanging="120"\/>/);
  });

  it('a numbering cell breaks only after an operator, never inside "(12)"', () => {
    expect(unbrokenNumbers('(11)=(12)+(13)')).toBe('(\u206011\u2060)=(\u206012\u2060)+(\u206013\u2060)');
    expect(unbrokenNumbers('3=4+5')).toBe('3=4+5');
  });
});
