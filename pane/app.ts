/** The pane: four tabs over one state, keyboard-accessible (arrow keys move between tabs). */
import { T } from './messages';
import { el } from './ui/dom';
import type { Host } from './host';
import { newState, type PaneState } from './state';
import { helpPanel } from './views/help';
import { checkView } from './views/check';
import { indicatorsView } from './views/indicators';
import { reportView } from './views/report';
import { rollupView } from './views/tong-hop';

export type Tab = 'check' | 'indicators' | 'report' | 'rollup';

export interface View {
  node: HTMLElement;
  show?: () => Promise<void>;
}

/** What a front end adds to the pane: the web page's file bar above the tabs, and its own Tổng hợp (files, not sheets). */
export interface PaneParts {
  top?: HTMLElement;
  rollup?: (state: PaneState) => View;
}

/** The pane mounted; `select` opens a tab, as a click on it does. */
export interface MountedPane {
  state: PaneState;
  select(t: Tab): void;
}

export function mountPane(root: HTMLElement, host: Host, initial: Tab, parts: PaneParts = {}): MountedPane {
  const state = newState(host);
  const views: Record<Tab, View> = {
    check: { node: checkView(state) },
    indicators: indicatorsView(state),
    report: reportView(state),
    rollup: (parts.rollup ?? rollupView)(state),
  };
  const order: Tab[] = ['check', 'indicators', 'report', 'rollup'];
  // On one line at 300 px: a short name shown, the full one read out (it holds the shown words).
  const buttons = order.map((t) =>
    el('button', { type: 'button', role: 'tab', id: `tab-${t}`, 'aria-controls': `view-${t}`, 'aria-label': T.tabs[t] }, [T.tabsShort[t]]),
  );
  const select = (t: Tab, focus = false) => {
    order.forEach((x, i) => {
      buttons[i]!.setAttribute('aria-selected', String(x === t));
      buttons[i]!.tabIndex = x === t ? 0 : -1;
      views[x].node.hidden = x !== t;
    });
    if (focus) buttons[order.indexOf(t)]!.focus();
    void views[t].show?.();
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(order[i]!));
    b.addEventListener('keydown', (e) => {
      const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (d) select(order[(i + d + order.length) % order.length]!, true);
    });
  });
  const help = helpPanel(host.sheetless === true);
  const helpBtn = el('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': 'help' }, [T.help.open]);
  helpBtn.addEventListener('click', () => {
    help.hidden = !help.hidden;
    helpBtn.setAttribute('aria-expanded', String(!help.hidden));
    helpBtn.textContent = help.hidden ? T.help.open : T.help.close;
  });
  // The help opens in the tabs' area, under them, where the clerk's eyes already are. The tabs and their views are
  // the page's main landmark (the web page's root is a <main> already).
  const body = [el('nav', { role: 'tablist', 'aria-label': T.title }, buttons), help, ...order.map((t) => views[t].node)];
  root.replaceChildren(
    el('header', {}, [el('h1', {}, [T.title]), helpBtn]),
    ...(parts.top ? [parts.top] : []),
    ...(root.tagName === 'MAIN' ? body : [el('main', {}, body)]),
  );
  order.forEach((t) => views[t].node.setAttribute('role', 'tabpanel'));
  select(initial);
  return { state, select: (t) => select(t) };
}
