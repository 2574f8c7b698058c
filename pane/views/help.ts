/**
 * What a clerk needs before the first click: the three steps of the job, what a table the checker knows looks like
 * (a small example), and the help page shipped with the add-in (the same in both hosts: no link to leave the pane).
 */
import { T } from '../messages';
import { el } from '../ui/dom';
import { EXAMPLE_TABLE } from '../../core/sample/sample';
import { formatCount } from '../../core/numbers';

export { EXAMPLE_TABLE, SAMPLE_TABLE } from '../../core/sample/sample';

/** Numbers written by the core, not `toLocaleString`: the first Intl call loads locale data (140 ms before the first paint). */
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
            r.map((c) => el('td', {}, [typeof c === 'number' ? formatCount(c) : c])),
          ),
        ),
      ),
    ]),
  ]);
}

/**
 * The empty state of Kiểm tra: the three steps; with `noTable`, why nothing was found and what a table looks like,
 * and, given `onSample`, the button "Tạo trang mẫu" (the view adds the sheet and checks again).
 */
export function gettingStarted(noTable = false, onSample?: (button: HTMLButtonElement) => void, file = false): HTMLElement {
  let sample: HTMLElement | null = null;
  if (noTable && onSample) {
    const button = el('button', { type: 'button', class: 'sample' }, [T.help.sample]);
    button.addEventListener('click', () => onSample(button));
    sample = el('div', { class: 'actions' }, [button, el('span', { class: 'muted' }, [T.help.sampleNote])]);
  }
  return el('div', { class: 'start' }, [
    noTable ? el('p', { class: 'notice' }, [T.help.noTable]) : el('p', {}, [file ? T.helpFile.intro : T.help.intro]),
    el(
      'ol',
      { class: 'steps' },
      steps(file).map((s) => el('li', {}, [el('strong', {}, [s.title]), ' — ', s.text])),
    ),
    el('p', { class: 'muted' }, [T.help.exampleTitle]),
    exampleTable(),
    sample,
  ]);
}

/** The three steps; over a file (the web page), the first says what the page does instead of marking. */
const steps = (file: boolean) => (file ? [T.helpFile.check, ...T.help.steps.slice(1)] : T.help.steps);

/** The help page, opened from the pane's header; `file`: the web page's words where it differs from the add-ins'. */
export function helpPanel(file = false): HTMLElement {
  const page = T.help.page.map(([title, text]) => (file ? (T.helpFile.page[title] ?? [title, text]) : [title, text]));
  const panel = el('section', { class: 'help', id: 'help', 'aria-label': T.help.title, hidden: true }, [
    el('h2', {}, [T.help.title]),
    ...page.map(([title, text]) => el('div', {}, [el('h3', {}, [title!]), el('p', {}, [text!])])),
    el('p', { class: 'muted' }, [T.help.exampleTitle]),
    exampleTable(),
  ]);
  return panel;
}
