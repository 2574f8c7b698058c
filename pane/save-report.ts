/**
 * A report saved the way every tab does it: the .docx written (the writer loaded on first use), saved to Drive or
 * downloaded, a link to open it, and the save listed in «Báo cáo đã tạo» with the document. A name already in that
 * list is never saved silently: the clerk chooses to replace the earlier file or to keep both (core/report/reports-made).
 */
import { madeUnder, recordMade, versionName, type ReportDocument, type ReportMade, type SameNameChoice } from '../core/report';
import { docxWriter } from './docx';
import type { SaveResult } from './host';
import { T } from './messages';
import { errorText, madeSoFar, type PaneState } from './state';
import { clear, el } from './ui/dom';
import { madeAtText, shownName } from './views/made-list';

/** Google keeps the list in one document property (9 KB): the oldest go before it would not fit. */
const MADE_BYTES = 8 * 1024;

export interface SaveChoices {
  googleDoc?: boolean;
  /**
   * Listed in «Báo cáo đã tạo»: what the report is (a report kind's id, or "tong-hop"), and where the question
   * «replace or keep both» is asked, under the button the clerk pressed. Without, the report is saved and not listed
   * (the web page's Tổng hợp, made from many units' files, belongs to none of them).
   */
  record?: { kind: string; ask: HTMLElement };
}

/** Saves the report; undefined when the clerk cancelled at the question. `say` tells each step. */
export async function saveReport(
  state: PaneState,
  doc: ReportDocument,
  fileName: string,
  target: 'drive' | 'download',
  say: (s: string) => void,
  link: HTMLElement,
  opts: SaveChoices,
): Promise<(SaveResult & { note: string }) | undefined> {
  const host = state.host;
  const [{ reportToDocx }, kept] = await Promise.all([docxWriter(host), opts.record ? madeSoFar(state) : undefined]);
  const list = kept ?? [];
  const bytes = await reportToDocx(doc);
  let name = fileName;
  const earlier = opts.record ? madeUnder(list, name) : undefined;
  let choice: SameNameChoice | undefined;
  if (earlier) {
    const next = versionName(list, name);
    say(T.made.chooseBelow);
    choice = await askSameName(opts.record!.ask, earlier, next);
    if (!choice) {
      say(T.made.cancelled);
      return undefined;
    }
    if (choice === 'version') name = next;
  }
  say(T.report.saving);
  const replace = choice === 'replace' && earlier?.where === 'drive' && target === 'drive' ? earlier.fileId : undefined;
  const googleDoc = target === 'drive' && opts.googleDoc === true;
  const saved = await host.saveReport(name, bytes, target, { googleDoc, ...(replace ? { replace } : {}) });
  if (saved.url) link.append(el('a', { href: saved.url, target: '_blank', rel: 'noopener' }, [T.report.open]));
  if (!opts.record) return { ...saved, note: '' };
  const made: ReportMade = {
    name: googleDoc ? name.replace(/\.docx$/i, '') : name,
    at: new Date().toISOString(),
    draft: doc.draft !== undefined,
    kind: opts.record.kind,
    where: target,
    ...(saved.url ? { url: saved.url } : {}),
    ...(saved.fileId ? { fileId: saved.fileId } : {}),
    // Replaced as the clerk chose: the earlier entry gives way, even when Drive had lost the earlier file.
    ...(choice === 'replace' ? { replaced: true } : {}),
  };
  if (saved.downloaded) state.madeBytes.set(made.name, bytes);
  // A list that could not be read is neither shown nor written over with this one line.
  if (kept) state.made = recordMade(list, made, MADE_BYTES);
  const notes: string[] = [];
  if (choice === 'replace')
    notes.push(saved.replaced ? (googleDoc ? T.made.replacedDoc : T.made.replacedDrive) : saved.downloaded ? T.made.replacedDownload : '');
  try {
    if (kept) await host.reportsMade?.save(state.made!);
    else if (host.reportsMade) notes.push(T.made.notKept);
  } catch (e) {
    // The report is saved; only its line in the list is not kept with the document.
    notes.push(`${T.made.notKept} ${errorText(e)}`);
  }
  state.madeChanged?.();
  return { ...saved, note: notes.filter(Boolean).join(' ') };
}

/**
 * The question, under the button: the earlier report (name, when, draft or not), «Thay tệp cũ», «Lưu thành tệp mới
 * “…-lan-2”» and «Hủy». Resolves with the choice, or undefined for «Hủy»; the question goes once answered.
 */
export function askSameName(box: HTMLElement, earlier: ReportMade, next: string): Promise<SameNameChoice | undefined> {
  return new Promise((resolve) => {
    const answer = (c: SameNameChoice | undefined) => () => {
      clear(box);
      box.hidden = true;
      resolve(c);
    };
    const replace = el('button', { type: 'button', class: 'primary' }, [T.made.replace]);
    const version = el('button', { type: 'button' }, [T.made.version(shownName(next))]);
    const cancel = el('button', { type: 'button' }, [T.made.cancel]);
    replace.addEventListener('click', answer('replace'));
    version.addEventListener('click', answer('version'));
    cancel.addEventListener('click', answer(undefined));
    clear(
      box,
      el('div', { class: 'same-name', role: 'group', 'aria-labelledby': 'same-name-q' }, [
        el('p', { id: 'same-name-q' }, [T.made.sameName(shownName(earlier.name), earlier.draft, madeAtText(earlier.at))]),
        el('div', { class: 'actions' }, [replace, version, cancel]),
      ]),
    );
    box.hidden = false;
    replace.focus();
  });
}

/** What the status says once a report is saved: made, and where (the Drive folder, or the fall back), or downloaded. */
export function savedText(saved: SaveResult): string {
  if (!saved.url) return T.report.downloaded;
  if (!saved.folder) return T.report.done;
  return `${T.report.done} ${saved.fellBack ? T.report.fellBack(saved.folder) : T.report.savedIn(saved.folder)}`;
}
