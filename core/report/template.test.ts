/**
 * A template's own mistakes are refused before rendering, in one Vietnamese sentence naming the template and the
 * line: a name no view can give (with the names closest to it), sections nested past the limit, a tag left open.
 * What is "known" is every name the view can ever give (core/report/view-schema.ts), not one sheet's values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../cli/read';
import { checkWorkbook } from '../workbook';
import { computeIndicators } from '../indicators/compute';
import { ROLLUP_VIEW_SCHEMA, rollUpWorkbook, rollupView } from '../rollup';
import { buildReport, settingsFromWorkbook, withDefaults } from '.';
import { REPORT_VIEW_SCHEMA, reportView } from './compose';
import { collectFigures } from './figures';
import { checkTemplateNames, MAX_SECTION_DEPTH, parseTemplate, TemplateError } from './template';
import { obj, pathsOutside } from './view-schema';
import type { CellValue, Workbook } from '../grid/types';

const ROOT = join(__dirname, '..', '..');
const BUILT_IN = join(ROOT, 'templates', 'bao-cao');
const REPORT = obj(REPORT_VIEW_SCHEMA);

/** The TemplateError `run` throws (failing when it throws none, or another). */
function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('no TemplateError');
}

const check = (text: string, name = 'x.mustache') => templateError(() => checkTemplateNames(parseTemplate(text, name), REPORT));

const grid = (name: string, values: CellValue[][]) => ({ name, values, merges: [], originRow: 0, originCol: 0 });
const TTHC: CellValue[][] = [
  ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
  ['Cấp xã', 100, 80, 78, 2, 20],
];

describe('the built-in templates', () => {
  const files = readdirSync(BUILT_IN).filter((f) => f.endsWith('.mustache'));

  it.each(files)('%s names nothing the view cannot give', (file) => {
    const tpl = parseTemplate(readFileSync(join(BUILT_IN, file), 'utf8'), file);
    const schema = file === 'tong-hop.mustache' ? obj({ ...REPORT_VIEW_SCHEMA, tongHop: ROLLUP_VIEW_SCHEMA }) : REPORT;
    expect(() => checkTemplateNames(tpl, schema)).not.toThrow();
  });

  it('the schema holds every name the views of the sample workbooks give (it keeps up with the code)', async () => {
    const samples = readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.xlsx'));
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const f of samples) {
      const wb = await readWorkbookFile(join(ROOT, 'templates', f));
      const { tables } = checkWorkbook(wb);
      const { settings } = settingsFromWorkbook(wb);
      const figures = collectFigures(tables, computeIndicators(tables), settings);
      expect(pathsOutside(reportView(figures, settings, []), REPORT), f).toEqual([]);
    }
    const units: Workbook = { sheets: ['Xã An', 'Xã Bình', 'Xã Cát'].map((n) => grid(n, TTHC)) };
    const { tables, findings } = checkWorkbook(units);
    const rollup = rollUpWorkbook(units, tables, findings).rollup!;
    expect(pathsOutside(rollupView(rollup), ROLLUP_VIEW_SCHEMA)).toEqual([]);
  });
});

describe('names a template uses', () => {
  it('an unknown name: the template, the line, the name, the known names closest to it', () => {
    const e = check(['---', 'trichYeu: Báo cáo tháng {{thang}}', '---', '{{#tthcCap}}', 'Tiếp nhận {{tiepNhann}} hồ sơ.', '{{/tthcCap}}'].join('\n'));
    expect(e.message).toBe('Mẫu báo cáo "x.mustache", dòng 5: không có trường «tiepNhann». Có phải ý bạn là «tiepNhan», «tiepNhanSo» hoặc «coTiepNhan»?');
    expect(e.line).toBe(5);
  });

  it('dotted names, triple braces, sections and inverted sections are all checked', () => {
    expect(check('{{vb.motCua.ngann}}').message).toContain('không có trường «vb.motCua.ngann». Có phải ý bạn là «vb.motCua.ngan»');
    expect(check('a\n{{{donVii}}}').message).toMatch(/^Mẫu báo cáo "x\.mustache", dòng 2: không có trường «donVii»\. Có phải ý bạn là «donVi»/);
    expect(check('{{#tyLe.dungHann}}x{{/tyLe.dungHann}}').message).toContain('«tyLe.dungHan»');
    expect(check('{{^phuLuc.coo}}x{{/phuLuc.coo}}').message).toContain('«phuLuc.co»');
    // Nothing near: no guess.
    expect(check('{{khongCoGiGanGiong}}').message).toBe('Mẫu báo cáo "x.mustache", dòng 1: không có trường «khongCoGiGanGiong».');
    // Properties every object has are no names of the view.
    expect(check('{{constructor}}').message).toContain('không có trường «constructor»');
  });

  it('a name only a section item has: known inside the section, refused outside with where it lives', () => {
    expect(() => checkTemplateNames(parseTemplate('{{#tthcCap}}{{tiepNhan}} {{ky.text}} {{donVi}}{{/tthcCap}}'), REPORT)).not.toThrow();
    expect(() => checkTemplateNames(parseTemplate('{{#tyLe.dungHan}}{{#tenCap}}{{tenCap}} {{/tenCap}}{{tyLe}}{{/tyLe.dungHan}}'), REPORT)).not.toThrow();
    expect(check('{{tiepNhan}}').message).toContain('Có phải ý bạn là «tiepNhan» (trong {{#tthcCap}}…{{/tthcCap}})');
  });

  it('the front matter is checked too, at its own line', () => {
    expect(check('---\nten: Mẫu\ntrichYeu: Tháng {{thangg}}\n---\nA').message).toMatch(/^Mẫu báo cáo "x\.mustache", dòng 3: không có trường «thangg»/);
  });

  it('a figure this sheet has not is no mistake: the section leaves its sentence out', () => {
    const tpl = '{{#pakn}}\nTiếp nhận {{tong}} phản ánh.\n{{/pakn}}\n{{^pakn}}\nKhông có phản ánh.\n{{/pakn}}\n';
    const doc = buildReport({ tables: checkWorkbook({ sheets: [grid('Số liệu', TTHC)] }).tables, settings: withDefaults({}), templateText: tpl });
    expect(JSON.stringify(doc.body)).toContain('Không có phản ánh.');
  });

  it('buildReport refuses before rendering, naming the template it was given', () => {
    const e = templateError(() =>
      buildReport({ tables: [], settings: withDefaults({}), templateText: '{{donVi}}\n{{thangNamm}}', templateName: 'cua-toi.mustache' }),
    );
    expect(e.message).toBe('Mẫu báo cáo "cua-toi.mustache", dòng 2: không có trường «thangNamm». Có phải ý bạn là «thangNam»?');
  });
});

describe('the template as Mustache reads it', () => {
  it(`sections nested past ${MAX_SECTION_DEPTH}: refused at the line where the limit is passed, before Mustache`, () => {
    const lines = Array.from({ length: 5000 }, () => '{{#thang}}');
    const text = [...lines, 'x', ...lines.map(() => '{{/thang}}')].join('\n');
    const e = check(text, 'sau.mustache');
    expect(e.message).toBe(`Mẫu báo cáo "sau.mustache", dòng ${MAX_SECTION_DEPTH + 1}: các mục {{#…}} lồng nhau quá ${MAX_SECTION_DEPTH} tầng.`);
    // On one line too, and through buildReport: one TemplateError, never a RangeError.
    const flat = '{{#thang}}'.repeat(5000) + '{{/thang}}'.repeat(5000);
    expect(templateError(() => buildReport({ tables: [], settings: withDefaults({}), templateText: flat })).line).toBe(1);
    // As deep as the limit is fine.
    expect(() => parseTemplate('{{#thang}}'.repeat(MAX_SECTION_DEPTH) + '{{/thang}}'.repeat(MAX_SECTION_DEPTH))).not.toThrow();
  });

  it('tags and sections left open or closed wrongly: the line, in Vietnamese', () => {
    expect(check('a\n{{#tthcCap}}\nb').message).toBe('Mẫu báo cáo "x.mustache", dòng 2: mục «{{#tthcCap}}» chưa có «{{/tthcCap}}» đóng.');
    expect(check('a\nb {{/tthcCap}}').message).toBe('Mẫu báo cáo "x.mustache", dòng 2: «{{/tthcCap}}» không đóng mục nào (thiếu «{{#tthcCap}}» ở trước).');
    expect(check('{{#a}}\n{{/b}}').message).toBe('Mẫu báo cáo "x.mustache", dòng 2: mục «{{#a}}» (dòng 1) phải đóng bằng «{{/a}}» trước «{{/b}}».');
    expect(check('a\n\n{{donVi').message).toBe('Mẫu báo cáo "x.mustache", dòng 3: thẻ «{{» chưa có «}}» đóng.');
    expect(check('{{>phan-khac}}').message).toBe('Mẫu báo cáo "x.mustache", dòng 1: không dùng được «{{>phan-khac}}»: mẫu báo cáo không chèn mẫu khác vào.');
    expect(check('---\nten: x\n').message).toBe('Mẫu báo cáo "x.mustache", dòng 1: thiếu dòng "---" đóng phần đầu.');
  });

  it('other delimiters are read as Mustache reads them', () => {
    expect(() => checkTemplateNames(parseTemplate('{{=<% %>=}}<% donVi %> <%#tthcCap%><%tiepNhan%><%/tthcCap%>'), REPORT)).not.toThrow();
    expect(check('{{=<% %>=}}\n<% donVii %>').message).toContain('dòng 2: không có trường «donVii»');
  });
});

describe("the settings sheet's trích yếu, rendered as a template", () => {
  const build = (trichYeu: string) => () => buildReport({ tables: [], settings: withDefaults({ trichYeu }), templateText: '{{donVi}}' });

  it('a name it uses is checked like a template’s, and said as the settings cell’s mistake', () => {
    expect(templateError(build('Báo cáo tháng {{thangg}}')).message).toMatch(
      /^Ô «Trích yếu» ở trang cài đặt: không có trường «thangg»\. Có phải ý bạn là «thang»/,
    );
  });

  it('sections nested thousands deep are refused in one line, never a stack overflow', () => {
    const e = templateError(build('{{#thang}}'.repeat(5000) + 'x' + '{{/thang}}'.repeat(5000)));
    expect(e.message).toMatch(/^Ô «Trích yếu» ở trang cài đặt: /);
  });

  it('plain text and known names render', () => {
    expect(build('Báo cáo kết quả tháng {{thang}}')).not.toThrow();
  });
});
