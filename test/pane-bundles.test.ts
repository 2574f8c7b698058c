/**
 * The pane's scripts as shipped: one zip library (fflate, which the .docx writer brings) serves docx-preview through
 * pane/zip-for-preview.ts, so jszip is in no bundle; and that stand-in reads a real report the way the preview needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportToDocx } from '../core/report/docx';
import { readWorkbookFile } from '../cli/read';
import { checkWorkbook } from '../core';
import { buildReport, settingsFromWorkbook } from '../core/report';
import JSZipOverFflate from '../pane/zip-for-preview';
import { REPO_ROOT } from './helpers/reference';

/** Strings only jszip's code holds (its name, one of its error messages). */
const JSZIP_MARKS = /End of data reached|JSZip/;
const hasJszip = (js: string) => JSZIP_MARKS.test(js);

/** The Lấp Vò sample's report, as the command line makes it. */
async function sampleDocx(): Promise<Uint8Array> {
  const wb = await readWorkbookFile(join(REPO_ROOT, 'templates', 'lap-vo-thang-03-2024.xlsx'));
  const { tables, findings } = checkWorkbook(wb);
  const templateText = readFileSync(join(REPO_ROOT, 'templates', 'bao-cao', 'thang-644.mustache'), 'utf8');
  return reportToDocx(buildReport({ tables, settings: settingsFromWorkbook(wb).settings, templateText, findings }));
}

describe('the pane bundles', () => {
  it('hold no jszip: docx-preview reads the .docx with fflate', async () => {
    const { buildPaneHtml, buildPaneScript, PANE_SCRIPTS } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
    const preview: string = await buildPaneScript('docx-preview');
    expect(preview.includes('__baoCaoPreview')).toBe(true);
    // The check itself can fail: jszip's own build holds the marks.
    expect(hasJszip(readFileSync(join(REPO_ROOT, 'node_modules', 'jszip', 'dist', 'jszip.min.js'), 'utf8'))).toBe(true);
    for (const name of Object.keys(PANE_SCRIPTS)) expect(hasJszip(await buildPaneScript(name)), name).toBe(false);
    for (const host of ['gas', 'excel']) expect(hasJszip(await buildPaneHtml(host)), host).toBe(false);
  });

  it('render no altChunk: the preview passes renderAltChunks: false (docx-preview renders their HTML by default)', async () => {
    const { buildPaneHtml } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
    // The options as shipped (PREVIEW_OPTIONS in pane/docx.ts): the minified pane holds them where it calls renderAsync.
    for (const host of ['gas', 'excel']) expect(/renderAltChunks:(!1|false)\b/.test(await buildPaneHtml(host)), host).toBe(true);
  });
});

describe('JSZip over fflate (pane/zip-for-preview.ts)', () => {
  it('opens a report from bytes, an ArrayBuffer or a Blob, and gives its parts as text, bytes and blobs', async () => {
    const bytes = await sampleDocx();
    const fromBytes = await JSZipOverFflate.loadAsync(bytes);
    const fromBuffer = await JSZipOverFflate.loadAsync(bytes.slice().buffer);
    const fromBlob = await JSZipOverFflate.loadAsync(new Blob([bytes.slice()]));
    for (const zip of [fromBytes, fromBuffer, fromBlob]) {
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
      const xml = (await zip.files['word/document.xml']!.async('string')) as string;
      expect(xml).toContain('Tổng số hồ sơ tiếp nhận là 308 hồ sơ');
    }
    const raw = (await fromBytes.files['word/document.xml']!.async('uint8array')) as Uint8Array;
    expect(new TextDecoder().decode(raw)).toContain('Trương Thị Diệp');
    const blob = (await fromBytes.files['word/document.xml']!.async('blob')) as Blob;
    expect(blob.size).toBe(raw.length);
    await expect(fromBytes.files['word/document.xml']!.async('nodebuffer' as 'blob')).rejects.toThrow(/no output type/);
  });

  it('writes a changed part back into a zip that reads as one', async () => {
    const zip = await JSZipOverFflate.loadAsync(await sampleDocx());
    zip.file('word/document.xml', '<w:document/>');
    const out = (await zip.generateAsync({ type: 'uint8array' })) as Uint8Array;
    const parts = unzipSync(out);
    expect(new TextDecoder().decode(parts['word/document.xml'])).toBe('<w:document/>');
    expect(Object.keys(parts)).toContain('[Content_Types].xml');
  });
});
