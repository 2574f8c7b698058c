/**
 * The line under «Nơi lưu» when the report goes to Google Drive: the folder it will be saved in, «Chọn thư mục…»
 * (when the deployment set up Google's Picker) and «Dùng thư mục mặc định» (when a folder is picked). Shared by
 * Tạo báo cáo and Tổng hợp. The Picker is a dialog the server opens over the sheet: the pane cannot hear it close,
 * so it asks the server for the folder every `pollMs` until the answer changes, the view is left, or `maxMs` passed
 * (the dialog closed without a choice).
 */
import { REPORT_FOLDER, type ReportFolder } from '../../gas-addon/contract';
import type { FolderChoice } from '../host';
import { T } from '../messages';
import { clear, el } from '../ui/dom';
import { showError } from '../state';

export const POLL_MS = 1500;
export const POLL_MAX_MS = 10 * 60_000;

export interface FolderLine {
  node: HTMLElement;
  /** Asks the host for the folder and whether the Picker can be offered, and shows them. */
  refresh(): Promise<void>;
  /** Stops waiting for the dialog's choice. */
  stop(): void;
}

export function folderLine(
  folders: FolderChoice,
  /** Whether the view is still on screen: polling ends when it is left. */
  shown: () => boolean,
  opts: { pollMs?: number; maxMs?: number } = {},
): FolderLine {
  const pollMs = opts.pollMs ?? POLL_MS;
  const maxMs = opts.maxMs ?? POLL_MAX_MS;
  const name = el('strong', {}, [`«${REPORT_FOLDER}»`]);
  const pickBtn = el('button', { type: 'button', hidden: true }, [T.report.pickFolder]);
  const resetBtn = el('button', { type: 'button', hidden: true }, [T.report.defaultFolder]);
  const hint = el('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const node = el('div', { class: 'folder-line' }, [
    el('p', { class: 'folder' }, [T.report.folder, ' ', name]),
    el('div', { class: 'actions' }, [pickBtn, resetBtn]),
    hint,
  ]);
  let current: ReportFolder | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (f: ReportFolder | null, canPick: boolean) => {
    current = f;
    clear(name, `«${f?.name ?? REPORT_FOLDER}»`);
    pickBtn.hidden = !canPick;
    resetBtn.hidden = f === null;
  };
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pickBtn.removeAttribute('aria-busy');
  };
  const failed = (e: unknown) => {
    stop();
    showError(hint, e);
  };
  const refresh = async () => {
    try {
      const [f, canPick] = await Promise.all([folders.current(), folders.canPick()]);
      show(f, canPick);
    } catch (e) {
      failed(e);
    }
  };

  /** Asks again, every pollMs, until the folder is another than `before`. */
  const waitForChoice = (before: ReportFolder | null, since: number) => {
    timer = setTimeout(async () => {
      timer = undefined;
      if (!shown() || Date.now() - since > maxMs) return stop();
      try {
        const f = await folders.current();
        if (f?.id !== before?.id || f?.name !== before?.name) {
          stop();
          show(f, true);
          hint.textContent = '';
          return;
        }
      } catch (e) {
        return failed(e);
      }
      if (pickBtn.hasAttribute('aria-busy')) waitForChoice(before, since);
    }, pollMs);
  };

  pickBtn.addEventListener('click', async () => {
    stop();
    hint.classList.remove('error');
    hint.textContent = T.report.picking;
    pickBtn.setAttribute('aria-busy', 'true');
    const before = current;
    try {
      await folders.pick();
      waitForChoice(before, Date.now());
    } catch (e) {
      failed(e);
    }
  });
  resetBtn.addEventListener('click', async () => {
    stop();
    hint.classList.remove('error');
    hint.textContent = '';
    try {
      await folders.reset();
      show(null, !pickBtn.hidden);
      pickBtn.focus();
    } catch (e) {
      failed(e);
    }
  });
  return { node, refresh, stop };
}
