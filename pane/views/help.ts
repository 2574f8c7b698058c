/**
 * What a clerk needs before the first click: the three steps of the job, what a table the checker knows looks like
 * (a small example), and the help page shipped with the add-in (the same in both hosts: no link to leave the pane).
 */
import { T } from '../messages';
import { el } from '../ui/dom';

/** The example table: the smallest layout the checker reads, as a clerk would type it. */
export const EXAMPLE_TABLE: (string | number)[][] = [
  ['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Trong kỳ', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
  ['Cấp xã', 120, 10, 110, 100, 98, 2, 20],
];

function exampleTable(): HTMLElement {
  const [head, ...rows] = EXAMPLE_TABLE;
  return el('div', { class: 'example', role: 'region', 'aria-label': T.help.exampleTitle, tabindex: '0' }, [
    el('table', {}, [
      el('thead', {}, [
        el(
          'tr',
          {},
          head!.map((h) => el('th', { scope: 'col' }, [String(h)])),
        ),
      ]),
      el(
        'tbody',
        {},
        rows.map((r) =>
          el(
            'tr',
            {},
            r.map((c) => el('td', {}, [typeof c === 'number' ? c.toLocaleString('vi-VN') : c])),
          ),
        ),
      ),
    ]),
  ]);
}

/** The empty state of Kiểm tra: the three steps; with `noTable`, why nothing was found and what a table looks like. */
export function gettingStarted(noTable = false): HTMLElement {
  return el('div', { class: 'start' }, [
    noTable ? el('p', { class: 'notice' }, [T.help.noTable]) : el('p', {}, [T.help.intro]),
    el(
      'ol',
      { class: 'steps' },
      T.help.steps.map((s) => el('li', {}, [el('strong', {}, [s.title]), ' — ', s.text])),
    ),
    el('p', { class: 'muted' }, [T.help.exampleTitle]),
    exampleTable(),
  ]);
}

/** The help page, opened from the pane's header. */
export function helpPanel(): HTMLElement {
  const panel = el('section', { class: 'help', id: 'help', 'aria-label': T.help.title, hidden: true }, [
    el('h2', {}, [T.help.title]),
    ...T.help.page.map(([title, text]) => el('div', {}, [el('h3', {}, [title]), el('p', {}, [text])])),
    el('p', { class: 'muted' }, [T.help.exampleTitle]),
    exampleTable(),
  ]);
  return panel;
}
