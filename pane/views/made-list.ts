/**
 * «Báo cáo đã tạo» on Tạo báo cáo: the reports made from this workbook, newest first, each with its name, when, draft
 * or final, and a way back to it (open it in Drive, or download again the ones downloaded in this session).
 */
import { download } from '../hosts/download';
import { T } from '../messages';
import { madeSoFar, type PaneState } from '../state';
import { clear, el } from '../ui/dom';

const two = (n: number) => String(n).padStart(2, '0');

/** A file's name as the list says it: without ".docx", a word of the file system, not of the clerk. */
export const shownName = (name: string) => name.replace(/\.docx$/i, '');

/** "10:04 ngày 02/04/2024", in the clerk's own time zone. */
export function madeAtText(iso: string): string {
  const d = new Date(iso);
  return T.made.at(`${two(d.getHours())}:${two(d.getMinutes())}`, `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`);
}

export function madeListView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const list = el('ul', { class: 'made', 'aria-labelledby': 'made-title' });
  const none = el('p', { class: 'muted' }, [T.made.none]);
  const node = el('section', { id: 'reports-made', 'aria-labelledby': 'made-title', hidden: !state.host.reportsMade }, [
    el('h2', { id: 'made-title' }, [T.made.title]),
    none,
    list,
  ]);
  const draw = () => {
    const made = state.made ?? [];
    none.hidden = made.length > 0;
    list.hidden = made.length === 0;
    clear(
      list,
      ...made.map((r) => {
        const bytes = state.madeBytes.get(r.name);
        const name = shownName(r.name);
        const again = bytes ? el('button', { type: 'button', class: 'link', 'aria-label': T.made.againOf(name) }, [T.made.again]) : null;
        again?.addEventListener('click', () => download(r.name, bytes!));
        return el('li', { class: 'made-item' }, [
          el('span', { class: 'made-name' }, [name]),
          el('span', { class: 'made-line' }, [
            el('span', { class: r.draft ? 'made-kind draft' : 'made-kind final' }, [r.draft ? T.made.draft : T.made.final]),
            ' ',
            madeAtText(r.at),
            r.url ? ' · ' : '',
            r.url ? el('a', { href: r.url, target: '_blank', rel: 'noopener', 'aria-label': T.made.openOf(name) }, [T.made.open]) : null,
            again ? ' · ' : '',
            again,
          ]),
        ]);
      }),
    );
  };
  state.madeChanged = draw;
  const show = async () => {
    if (!state.host.reportsMade) return;
    await madeSoFar(state);
    draw();
  };
  return { node, show };
}
