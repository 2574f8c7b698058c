/**
 * The preview's zoom: the A4 pages fit the pane's width by default (a whole page, small at 300 px); "Phóng to" and
 * "Thu nhỏ" step through sizes up to 150%, the box scrolling inside itself, never the pane; "Vừa khung" goes back.
 * The chosen size is kept for the next preview.
 */
import { T } from '../messages';
import { el } from '../ui/dom';

/** Sizes offered beside "fit", as CSS zoom factors. */
const STEPS = [0.5, 0.75, 1, 1.25, 1.5];

export interface PreviewZoom {
  /** The toolbar, shown with the preview. */
  node: HTMLElement;
  /** Applies the chosen size to freshly rendered pages in `box`. */
  apply(box: HTMLElement, pages: HTMLElement): void;
}

export function previewZoom(): PreviewZoom {
  /** undefined: fit the box's width. */
  let chosen: number | undefined;
  let fit = 1;
  let target: { box: HTMLElement; pages: HTMLElement; pageWidth: number } | undefined;
  const level = el('output', { class: 'zoom-level', 'aria-live': 'polite', 'aria-label': T.report.zoomLevel });
  const out = el('button', { type: 'button', 'aria-label': T.report.zoomOut, title: T.report.zoomOut }, ['−']);
  const into = el('button', { type: 'button', 'aria-label': T.report.zoomIn, title: T.report.zoomIn }, ['+']);
  const fitBtn = el('button', { type: 'button' }, [T.report.zoomFit]);

  const show = () => {
    if (!target) return;
    const width = target.pageWidth;
    fit = width > 0 ? Math.min(1, (target.box.clientWidth - 4) / width) : 1;
    const z = chosen ?? fit;
    target.pages.style.setProperty('zoom', String(z));
    level.textContent = `${Math.round(z * 100)}%`;
    out.disabled = z <= Math.min(fit, STEPS[0]!) + 1e-9;
    into.disabled = z >= STEPS[STEPS.length - 1]! - 1e-9;
    fitBtn.disabled = chosen === undefined;
  };
  const step = (d: 1 | -1) => {
    const z = chosen ?? fit;
    const next = d > 0 ? STEPS.find((s) => s > z + 1e-9) : [...STEPS].reverse().find((s) => s < z - 1e-9);
    // Below the smallest step, or back down to the fitting size: fit again.
    chosen = next === undefined || (d < 0 && next <= fit) ? (d < 0 ? undefined : chosen) : next;
    show();
  };
  out.addEventListener('click', () => step(-1));
  into.addEventListener('click', () => step(1));
  fitBtn.addEventListener('click', () => {
    chosen = undefined;
    show();
  });
  const node = el('div', { class: 'zoom', role: 'group', 'aria-label': T.report.zoom, hidden: true }, [out, level, into, fitBtn]);
  return {
    node,
    apply(box, pages) {
      // The page's width before any zoom: A4 at the renderer's own size (CSS zoom keeps the layout, unlike a transform).
      const pageWidth = pages.querySelector<HTMLElement>('section.docx')?.offsetWidth ?? 0;
      target = { box, pages, pageWidth };
      node.hidden = false;
      show();
    },
  };
}
