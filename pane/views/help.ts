/**
 * What a clerk needs before the first click: the three steps of the job and what a table the checker knows looks like
 * (a small example); and the guide behind «Hướng dẫn» (the same in both hosts and the web page: no link to leave the pane).
 */
import { T } from '../messages';
import { SUPPORT_CONTACT } from '../deployment';
import { el } from '../ui/dom';
import { EXAMPLE_TABLE } from '../../core/sample/sample';
import { formatCount } from '../../core/numbers';
import { captionLines } from './help-text';

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

/** The guide's words; on the web page, its own where it differs: a file is chosen and read, never marked. */
function guideText(file: boolean) {
  const G = T.help.guide;
  const F = T.helpFile.guide;
  return {
    steps: file ? [F.firstStep, ...G.steps.slice(1)] : G.steps,
    fixIntro: file ? F.fixIntro : G.fixIntro,
    pictureSteps: file ? F.pictureSteps : G.picture.steps,
    unsure: file ? F.unsure : G.unsure,
    // Nothing to put back in a file that was only read.
    undo: file ? null : G.undo,
    rollupFor: file ? F.rollupFor : G.rollupFor,
    rollupOwn: file ? F.rollupOwn : G.rollupOwn,
    tablesText: file ? F.tablesText : G.tablesText,
  };
}

/**
 * The guide, opened from the pane's header under the tabs: first steps, how to fix an error (with a picture of it),
 * what Tổng hợp is for, and what a table looks like. Short: a clerk reads it in a 300 × 560 sidebar.
 * `file`: the web page's words where they differ from the add-ins'.
 */
export function helpPanel(file = false): HTMLElement {
  const G = T.help.guide;
  const g = guideText(file);
  return el('section', { class: 'help', id: 'help', 'aria-label': T.help.title, hidden: true }, [
    el('h2', {}, [T.help.title]),
    el('h3', {}, [G.start]),
    el(
      'ol',
      { class: 'guide-steps' },
      g.steps.map((s) => el('li', {}, [s])),
    ),
    el('h3', {}, [G.fix]),
    el('p', {}, [g.fixIntro]),
    flowPicture(g.pictureSteps, file),
    el('p', {}, [g.unsure]),
    g.undo && el('p', {}, [g.undo]),
    el('h3', {}, [G.rollup]),
    el('p', {}, [g.rollupFor]),
    el('p', {}, [g.rollupOwn]),
    el('h3', {}, [G.tables]),
    el('p', {}, [g.tablesText]),
    exampleTable(),
    // Whom to ask: only when the deployment named someone (pane/deployment.ts).
    SUPPORT_CONTACT ? el('h3', {}, [G.support]) : null,
    SUPPORT_CONTACT ? el('p', { id: 'help-support' }, [SUPPORT_CONTACT]) : null,
  ]);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element; text only ever as text nodes, as `el` does. */
function svg(tag: string, attrs: Record<string, string | number>, children: (Node | string)[] = []): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

// On white, text ≥ 4,5:1 and lines ≥ 3:1 (WCAG AA). MARK is the fill the checker gives a wrong cell (core/marks).
const INK = '#202124';
const LINE = '#5f6368';
const RED = '#b3261e';
const BLUE = '#1a62c9';
const GREEN = '#1e7a34';
const MARK = '#f4cccc';
const HEAD = '#f1f3f4';
const WHITE = '#ffffff';

/**
 * 260 units wide: the sidebar's 300 px leave ~262 px inside the help, so a unit is about a pixel there and the
 * smallest text (11 units) stays ~11 px; narrower, the picture scales down with the page's zoom.
 */
const WIDTH = 260;
const ROW = 52;
const GAP = 18;
const CAPTION_X = 132;

const text = (x: number, y: number, s: string, attrs: Record<string, string | number> = {}) => svg('text', { x, y, 'font-size': 11, fill: INK, ...attrs }, [s]);
const rect = (x: number, y: number, w: number, h: number, attrs: Record<string, string | number>) => svg('rect', { x, y, width: w, height: h, ...attrs });

/** (1) The error card: what is wrong, and the link that selects the cell (the web page: what the cell holds). */
function drawCard(y: number, file: boolean): SVGElement[] {
  const P = T.help.guide.picture;
  return [
    rect(28, y + 4, 98, 44, { rx: 3, fill: WHITE, stroke: LINE, 'stroke-width': 1 }),
    rect(28, y + 4, 3, 44, { fill: RED }),
    text(35, y + 16, T.check.error, { fill: RED, 'font-weight': 'bold' }),
    text(58, y + 16, P.cell),
    text(35, y + 30, P.card),
    file
      ? text(35, y + 44, `${T.check.actual}: ${formatCount(P.wrong)}`, { fill: LINE })
      : text(35, y + 44, T.check.goTo(P.cell), { fill: BLUE, 'text-decoration': 'underline' }),
  ];
}

/** (2) The cell in the sheet: selected, and in the add-ins coloured with a note's corner. */
function drawSheet(y: number, file: boolean): SVGElement[] {
  const P = T.help.guide.picture;
  // Column C wide enough for its number and the note's corner apart; D cut by the picture's edge, as a sheet goes on.
  const cols = [
    ['B', 44, 26],
    ['C', 70, 42],
    ['D', 112, 14],
  ] as const;
  const grid = { stroke: LINE, 'stroke-width': 1 };
  const out: SVGElement[] = [rect(28, y + 4, 16, 13, { fill: HEAD, ...grid })];
  for (const [name, x, w] of cols) out.push(rect(x, y + 4, w, 13, { fill: HEAD, ...grid }), text(x + w / 2, y + 14.5, name, { 'text-anchor': 'middle' }));
  for (const [i, row] of ['7', '8'].entries()) {
    const top = y + 17 + i * 16;
    out.push(rect(28, top, 16, 16, { fill: HEAD, ...grid }), text(36, top + 12, row, { 'text-anchor': 'middle' }));
    for (const [, x, w] of cols) out.push(rect(x, top, w, 16, { fill: WHITE, ...grid }));
  }
  // C7, drawn last so its selection border lies over its neighbours'.
  out.push(rect(70, y + 17, 42, 16, { fill: file ? WHITE : MARK, stroke: BLUE, 'stroke-width': 2.5 }));
  if (!file) out.push(svg('polygon', { points: `104,${y + 19} 110.5,${y + 19} 110.5,${y + 25.5}`, fill: RED }));
  out.push(text(88, y + 29, formatCount(P.wrong), { 'text-anchor': 'middle' }));
  return out;
}

/** (3) The value it should hold, typed in the cell (still coloured: the mark goes at the next check). */
function drawTyped(y: number, file: boolean): SVGElement[] {
  const P = T.help.guide.picture;
  return [
    text(28, y + 17, `${T.check.expected}: ${formatCount(P.right)}`, { fill: LINE }),
    rect(28, y + 24, 62, 22, { fill: file ? WHITE : MARK, stroke: BLUE, 'stroke-width': 2.5 }),
    text(34, y + 39.5, formatCount(P.right), { 'font-size': 12 }),
    svg('line', { x1: 56, y1: y + 28, x2: 56, y2: y + 42, stroke: INK, 'stroke-width': 1.5 }),
  ];
}

/** (4) «Kiểm tra số liệu» again: the cell plain, the error gone. */
function drawCheck(y: number): SVGElement[] {
  const P = T.help.guide.picture;
  return [
    rect(28, y + 5, 98, 20, { rx: 3, fill: BLUE }),
    text(77, y + 19, T.check.run, { fill: WHITE, 'text-anchor': 'middle' }),
    rect(28, y + 29, 44, 18, { fill: WHITE, stroke: LINE, 'stroke-width': 1 }),
    text(34, y + 42, formatCount(P.right)),
    svg('path', { d: `M78 ${y + 38} l4 4 l8 -9`, fill: 'none', stroke: GREEN, 'stroke-width': 2.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  ];
}

/**
 * How an error is fixed, as four boxes joined by arrows, top to bottom (one column reads at 200 px as at 300 px).
 * Inline, no file to load: the pane works offline and the Google sidebar allows no outside picture.
 */
function flowPicture(captions: readonly string[], file: boolean): SVGElement {
  const label = T.help.guide.picture.label(captions);
  const height = captions.length * ROW + (captions.length - 1) * GAP;
  const drawings = [drawCard, drawSheet, drawTyped, drawCheck];
  const steps = captions.map((caption, i) => {
    const y = i * (ROW + GAP);
    const lines = captionLines(caption);
    const first = y + ROW / 2 + 4 - ((lines.length - 1) * 14) / 2;
    return svg('g', { class: 'flow-step' }, [
      rect(1, y + 1, WIDTH - 2, ROW - 2, { rx: 6, fill: WHITE, stroke: LINE, 'stroke-width': 1.5 }),
      svg('circle', { cx: 14, cy: y + ROW / 2, r: 9, fill: BLUE }),
      text(14, y + ROW / 2 + 4, String(i + 1), { fill: WHITE, 'font-size': 12, 'font-weight': 'bold', 'text-anchor': 'middle' }),
      ...drawings[i]!(y, file),
      svg(
        'text',
        { class: 'caption', x: CAPTION_X, y: first, 'font-size': 12, fill: INK },
        lines.map((l, k) => svg('tspan', { x: CAPTION_X, dy: k === 0 ? 0 : 14 }, [l])),
      ),
    ]);
  });
  const arrows = captions.slice(1).map((_, i) => {
    const top = (i + 1) * ROW + i * GAP;
    return svg('g', {}, [
      svg('line', { x1: 130, y1: top, x2: 130, y2: top + GAP - 6, stroke: LINE, 'stroke-width': 2 }),
      svg('polygon', { points: `125,${top + GAP - 7} 135,${top + GAP - 7} 130,${top + GAP}`, fill: LINE }),
    ]);
  });
  return svg('svg', { class: 'flow', role: 'img', 'aria-label': label, viewBox: `0 0 ${WIDTH} ${height}`, width: '100%' }, [
    svg('title', {}, [label]),
    ...steps,
    ...arrows,
  ]);
}
