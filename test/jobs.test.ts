/**
 * One job, every front end (issue 19 §1): the same workbook through the command line and through the pane's code path
 * gives the same report (its text, its draft mark, its appendix) and the same findings. Single-sheet, a sheet per
 * month (with an error in another month than the one reported), and a settings-sheet workbook.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildCli, runCli, T } from './helpers/cli';
import { readWorkbookFile } from '../cli/read';
import { reportToDocx } from '../core/report/docx';
import { findingJson, reportKind } from '../core/jobs';
import { formSettings, newState, readAndCheck } from '../pane/state';
import { paneReportJob } from '../pane/report-run';
import type { Host } from '../pane/host';

beforeAll(buildCli);

const xmlOf = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

/** A host that holds the file as Google or Excel would hand its values over, with nothing saved with the document. */
function fileHost(path: string): Host {
  const no = () => Promise.reject(new Error('not used'));
  return {
    kind: 'excel',
    readWorkbook: () => readWorkbookFile(path),
    applyMarks: no,
    clearMarks: no,
    select: no,
    saveReport: no,
    loadSettings: async () => undefined,
    saveSettings: async () => undefined,
    loadScript: no,
    addSampleSheet: no,
  };
}

/** The pane's path: read and check, the kind its list shows by default, the settings it keeps, the report job. */
async function throughPane(path: string) {
  const state = newState(fileHost(path));
  await readAndCheck(state, () => {});
  const settings = await formSettings(state);
  const r = await paneReportJob(state, { kind: reportKind(state.result!, settings), accepted: false });
  return { r, xml: await xmlOf(await reportToDocx(r.doc)), findings: state.result!.findings.map(findingJson) };
}

function throughCli(path: string, dir: string) {
  const out = join(dir, 'cli.docx');
  const made = runCli(['report', path, '-o', out]);
  expect(made.code, made.err).toBe(0);
  const check = runCli(['check', path, '--json']);
  return { made, xml: xmlOf(readFileSync(out)), findings: JSON.parse(check.out).findings as unknown[] };
}

async function monthsWorkbook(dir: string): Promise<string> {
  const path = join(dir, 'thang.xlsx');
  const wb = new ExcelJS.Workbook();
  for (const [m, received, carried, resolved] of [
    [7, 120, 10, 100],
    // Tháng 8 does not add up (received 130 ≠ 110 + 20): its error must not make Tháng 7's report a draft.
    [8, 130, 20, 90],
    [9, 140, 15, 120],
  ] as const) {
    const ws = wb.addWorksheet(`Tháng ${m}`);
    ws.addRow(['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết']);
    ws.addRow(['Cấp xã', received, carried, received - carried, resolved, 20]);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

describe('the CLI and the pane run the same jobs', () => {
  const cases: [string, (dir: string) => Promise<string>][] = [
    [
      'a settings-sheet workbook (Lấp Vò, with its errors)',
      async (dir) => {
        const p = join(dir, 'lap-vo.xlsx');
        copyFileSync(T('lap-vo-thang-03-2024.xlsx'), p);
        return p;
      },
    ],
    [
      'a single-sheet Biểu 06',
      async (dir) => {
        const p = join(dir, 'bieu-06.xlsx');
        copyFileSync(T('bieu-06-lap-vo-thang-03-2024.xlsx'), p);
        return p;
      },
    ],
    ['a sheet per month', monthsWorkbook],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bao-cao-jobs-'));
      const path = await make(dir);
      const cli = throughCli(path, dir);
      const pane = await throughPane(path);
      expect(pane.xml).toBe(await cli.xml);
      expect(pane.findings).toEqual(cli.findings);
      // The notes the CLI prints are the job's, in the job's order (each front end only words its how-to).
      const cliNotes = cli.made.err.split('\n').filter((l) => l.startsWith('Lưu ý: ')).length;
      expect(cliNotes).toBe(pane.r.notes.length);
    });
  }

  it('a sheet per month, no sheet named: the first month, without another month’s error or figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-jobs-'));
    const path = await monthsWorkbook(dir);
    const pane = await throughPane(path);
    expect(pane.r.sheet).toBe('Tháng 7');
    expect(pane.r.draft).toBe(false);
    expect(pane.r.notes.map((n) => n.code)).toContain('nhieu-trang');
    const xml = await throughCli(path, dir).xml;
    expect(xml).toContain('Tổng số hồ sơ tiếp nhận là 120 hồ sơ');
    expect(xml).not.toContain('130');
    expect(xml).not.toContain('DỰ THẢO');
    // Named, the month with the error is a draft.
    const aug = runCli(['report', path, '--trang', 'Tháng 8', '-o', join(dir, 'aug.docx')]);
    expect(aug.err).toContain('báo cáo mang dấu «DỰ THẢO');
    expect(await xmlOf(readFileSync(join(dir, 'aug.docx')))).toContain('DỰ THẢO');
  });
});
