/**
 * Chỉ tiêu: one compact table on one screen — each rate with its result, its target (editable here, saved with the
 * document) and whether it is met, grouped by table and level; the bars and each rate's definition on demand; the
 * Bộ chỉ số criteria by their points. The sheet is read again each time the tab is opened.
 */
import type { Indicator, ScoreItem } from '../../core';
import { indicatorsJob } from '../../core/jobs';
import { T } from '../messages';
import { clear, el } from '../ui/dom';
import { formSettings, readAndCheck, readAtText, saveFormSoon, showError, type PaneState } from '../state';

export function indicatorsView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'indicators-status' });
  const list = el('div', { id: 'indicator-list' });
  const details = el('input', { type: 'checkbox', id: 'indicator-details' });
  const detailsField = el('label', { class: 'field check compact', for: 'indicator-details' }, [details, el('span', {}, [T.indicators.showDetails])]);
  const node = el('section', { class: 'view', id: 'view-indicators', 'aria-labelledby': 'tab-indicators' }, [status, list]);
  /** Targets typed but refused, by input: kept as typed, with the reason beside them, until corrected. */
  const refused = new Map<string, string>();

  const render = () => {
    const result = state.result!;
    const settings = state.form.settings!;
    const { indicators: items, scorecard: score } = indicatorsJob({ check: result, targets: settings.mucTieu });
    if (items.length === 0) return clear(list, el('p', { class: 'muted' }, [result.tables.length ? T.indicators.noColumns : T.indicators.none]));
    const groups = new Map<string, Indicator[]>();
    for (const i of items) groups.set(`${i.sheet} › ${i.scope}`, [...(groups.get(`${i.sheet} › ${i.scope}`) ?? []), i]);
    const onTarget = (i: Indicator, key: string, typed: string) => {
      const v = parseTarget(typed);
      if (v === 'bad') refused.set(key, typed);
      else {
        refused.delete(key);
        if (v === undefined) delete settings.mucTieu[i.id];
        else settings.mucTieu[i.id] = v;
        saveFormSoon(state, (e) => showError(status, e));
      }
      // After the focus has moved on (Tab, a click): the table is drawn again and the focus put back where it went.
      setTimeout(() => {
        const focused = document.activeElement?.getAttribute('data-target');
        render();
        if (focused) list.querySelector<HTMLInputElement>(`[data-target="${focused}"]`)?.focus();
      }, 0);
    };
    const table = el('table', { class: 'ind', id: 'indicator-table' }, [
      el('caption', { class: 'sr-only' }, [T.indicators.caption]),
      el('thead', {}, [
        el('tr', {}, [
          el('th', { scope: 'col' }, [T.indicators.columns.name]),
          el('th', { scope: 'col', class: 'num' }, [T.indicators.columns.value]),
          el('th', { scope: 'col', class: 'num' }, [T.indicators.columns.target]),
          el('th', { scope: 'col' }, [el('span', { class: 'sr-only' }, [T.indicators.columns.met])]),
        ]),
      ]),
      ...[...groups].map(([title, xs], g) =>
        el('tbody', {}, [
          el('tr', { class: 'group-row' }, [el('th', { scope: 'colgroup', colspan: '4' }, [title])]),
          ...xs.flatMap((i, k) => row(i, `${g}-${k}`, title, refused, details.checked, onTarget)),
        ]),
      ),
    ]);
    clear(
      list,
      el('p', { class: 'muted small' }, [readAtText(state, true)]),
      detailsField,
      table,
      score.length
        ? el('details', { class: 'group', id: 'scorecard' }, [
            el('summary', {}, [T.indicators.scorecard]),
            el('p', { class: 'muted' }, [T.indicators.scorecardNote]),
            el('table', { class: 'ind' }, [
              el('caption', { class: 'sr-only' }, [T.indicators.scorecard]),
              el(
                'tbody',
                {},
                score.flatMap((s) => points(s, details.checked)),
              ),
            ]),
          ])
        : null,
    );
  };
  details.addEventListener('change', () => render());

  const show = async () => {
    try {
      status.classList.remove('error');
      await readAndCheck(state, (s) => (status.textContent = s));
      await formSettings(state);
      status.textContent = '';
      render();
    } catch (e) {
      showError(status, e);
    }
  };
  return { node, show };
}

/** "97,5" → 97.5; "" → undefined (back to the default); "không" / "-" → null (no target); anything else is refused. */
export function parseTarget(s: string): number | null | undefined | 'bad' {
  const t = s.trim();
  if (t === '') return undefined;
  if (/^(không|khong|-)$/i.test(t)) return null;
  if (!/^\d{1,3}([.,]\d+)?\s*%?$/.test(t)) return 'bad';
  const n = Number(t.replace('%', '').replace(',', '.').trim());
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : 'bad';
}

/** One indicator: its row (name, result, target, met), the refusal of a bad target under it, its bar and definition on demand. */
function row(
  i: Indicator,
  key: string,
  group: string,
  refused: Map<string, string>,
  withDetails: boolean,
  onTarget: (i: Indicator, key: string, typed: string) => void,
): HTMLElement[] {
  const state = i.met === null ? 'none' : i.met ? 'met' : 'short';
  const name = i.short || i.label;
  const id = `target-${key}`;
  const bad = refused.get(key);
  const input = el('input', {
    id,
    type: 'text',
    inputmode: 'decimal',
    class: 'target-input',
    'data-target': `${i.id}-${key}`,
    size: '4',
    'aria-label': T.indicators.targetOf(i.label, group),
    ...(bad !== undefined ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {}),
  });
  input.value = bad ?? (i.target === null ? '' : String(i.target).replace('.', ','));
  input.addEventListener('change', () => onTarget(i, key, input.value));
  const met = i.target !== null && i.met !== null ? T.indicators.target(i.better, i.target, i.met) : T.indicators.noTarget;
  const rows = [
    el('tr', { class: `indicator ${state}` }, [
      el('th', { scope: 'row', title: i.definition }, [el('span', { 'aria-hidden': 'true' }, [name]), el('span', { class: 'sr-only' }, [i.label])]),
      el('td', { class: 'num value' }, [i.text]),
      el('td', { class: 'num' }, [input]),
      el('td', { class: `mark ${state}` }, [
        el('span', { 'aria-hidden': 'true' }, [state === 'met' ? '✓' : state === 'short' ? '✗' : '–']),
        el('span', { class: 'sr-only' }, [met]),
      ]),
    ]),
  ];
  if (bad !== undefined)
    rows.push(el('tr', { class: 'refused' }, [el('td', { colspan: '4', id: `${id}-error`, role: 'alert' }, [T.indicators.badTarget(bad)])]));
  if (withDetails) {
    const pct = Math.max(0, Math.min(100, i.value ?? 0));
    const track = el('div', { class: 'track', role: 'img', 'aria-label': `${i.label}: ${i.text}` }, [
      el('div', { class: `fill ${state}`, style: `width:${pct}%` }),
    ]);
    if (i.target !== null) track.append(el('div', { class: 'target', style: `left:${Math.min(100, i.target)}%` }));
    rows.push(
      el('tr', { class: 'more' }, [
        el('td', { colspan: '4' }, [
          track,
          el('div', { class: `detail ${state}` }, [met]),
          el('div', { class: 'definition' }, [`${i.label}: ${i.definition}`]),
        ]),
      ]),
    );
  }
  return rows;
}

/** A criterion: its points of the maximum, and on demand its bar (green from 90% of its points, amber from half, red below). */
function points(s: ScoreItem, withDetails: boolean): HTMLElement[] {
  const share = s.max > 0 ? s.points / s.max : 0;
  const state = share >= 0.9 ? 'met' : share >= 0.5 ? 'short' : 'low';
  const rows = [
    el('tr', { class: 'indicator' }, [el('th', { scope: 'row' }, [`${s.scope} — ${s.label}`]), el('td', { class: `num value ${state}` }, [s.text])]),
  ];
  if (withDetails)
    rows.push(
      el('tr', { class: 'more' }, [
        el('td', { colspan: '2' }, [
          el('div', { class: 'track', role: 'img', 'aria-label': `${s.label}: ${s.text}` }, [
            el('div', { class: `fill ${state}`, style: `width:${100 * share}%` }),
          ]),
          el('div', { class: 'definition' }, [`${s.rate}; ${s.definition}`]),
        ]),
      ]),
    );
  return rows;
}
