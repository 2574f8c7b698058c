/** The Google Sheets adapter: google.script.run, promisified; only I/O. */
import type { CellMark, Workbook } from '../../core';
import type { ReportSettings } from '../../core/report';
import type { ServerApi } from '../../gas-addon/contract';
import { isHostErrorCode } from '../../core/catalogue/host-errors';
import { HostError, type Host, type HostErrorCode, type SaveResult } from '../host';
import { download, toBase64 } from './download';
import { T } from '../messages';

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: unknown) => void): Runner;
  [fn: string]: unknown;
}
declare const google: { script: { run: Runner } };

function call<K extends keyof ServerApi>(fn: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<ServerApi[K]>))
      .withFailureHandler((e) => {
        const msg = String((e as Error)?.message ?? e);
        // Google ends a call at 6 minutes (one sheet alone too large to read): the script cannot catch that, so it is said here.
        if (/exceeded maximum execution time|thời gian thực thi/i.test(msg)) return reject(new HostError('too-large', msg, T.gasTimeUp));
        const m = /^([a-z-]+): ([\s\S]*)$/.exec(msg);
        const code: HostErrorCode = m && isHostErrorCode(m[1]!) ? m[1] : /network|NetworkError|mạng/i.test(msg) ? 'network' : 'unknown';
        // The server words its errors in Vietnamese ("<code>: <sentence>"): its advice reaches the user.
        // Anything else (Google's own English text) gives way to the catalogue's wording of the code.
        const advice = m && /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(m[2]!) ? m[2]! : undefined;
        reject(new HostError(code, m ? m[2]! : msg, advice));
      });
    (runner[fn] as (...a: unknown[]) => void)(...args);
  });
}

export function gasHost(): Host {
  /** Whether the Picker is set up: asked once (the answer is the deployment's), again after a failure. */
  let canPick: Promise<boolean> | undefined;
  return {
    kind: 'google-sheets',
    async readWorkbook(onProgress): Promise<Workbook> {
      // One call for an ordinary workbook; a very large one comes in parts, each well inside Google's 6 minutes.
      const sheets: Workbook['sheets'] = [];
      let part = await call('baoCaoReadWorkbook', 0);
      for (;;) {
        sheets.push(...part.sheets);
        if (part.next === undefined) return { sheets };
        onProgress?.(sheets.length, part.total);
        part = await call('baoCaoReadWorkbook', part.next);
      }
    },
    applyMarks: (marks: CellMark[]) => call('baoCaoApplyMarks', marks),
    clearMarks: () => call('baoCaoClearMarks'),
    select: (sheet, a1) => call('baoCaoSelect', sheet, a1),
    async saveReport(fileName, docx, target, options): Promise<SaveResult> {
      if (target === 'download') return download(fileName, docx);
      // An argument left out, not undefined: google.script.run carries no undefined.
      const args = [fileName, toBase64(docx), options?.googleDoc === true] as const;
      return options?.replace ? call('baoCaoSaveReport', ...args, options.replace) : call('baoCaoSaveReport', ...args);
    },
    reportsMade: {
      load: async () => (await call('baoCaoLoadReports')) ?? [],
      save: (list) => call('baoCaoSaveReports', list),
    },
    addSampleSheet: (values) => call('baoCaoAddSampleSheet', values),
    folders: {
      canPick: () =>
        (canPick ??= call('baoCaoCanPickFolder').then(
          (ok) => ok === true,
          () => {
            canPick = undefined;
            return false;
          },
        )),
      current: () => call('baoCaoGetReportFolder'),
      pick: () => call('baoCaoOpenFolderPicker'),
      reset: () => call('baoCaoResetReportFolder'),
    },
    loadSettings: async () => (await call('baoCaoLoadSettings')) ?? undefined,
    saveSettings: (s: ReportSettings) => call('baoCaoSaveSettings', s),
    async loadScript(name) {
      // The sidebar is one HtmlService page: the script's text comes from the server and runs inline.
      const js = await call('baoCaoScript', name);
      const el = document.createElement('script');
      el.textContent = js;
      document.head.append(el);
    },
  };
}
