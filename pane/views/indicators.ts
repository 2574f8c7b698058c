/** Chỉ tiêu: each rate as a bar against its target, grouped by table and level, its definition beside it. */
import { computeIndicators, computeScorecard, type Indicator, type ScoreItem } from '../../core';
import { T } from '../messages';
import { clear, el } from '../ui/dom';
import { readAndCheck, showError, type PaneState } from '../state';

export function indicatorsView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const list = el('div', { id: 'indicator-list' });
  const node = el('section', { class: 'view', id: 'view-indicators' }, [status, list]);
  const show = async () => {
    try {
      const result = state.result ?? (await readAndCheck(state, (s) => (status.textContent = s)));
      status.textContent = '';
      const items = computeIndicators(result.tables);
      if (items.length === 0) return clear(list, el('p', { class: 'muted' }, [T.indicators.none]));
      const groups = new Map<string, Indicator[]>();
      for (const i of items) groups.set(`${i.sheet} › ${i.scope}`, [...(groups.get(`${i.sheet} › ${i.scope}`) ?? []), i]);
      const score = computeScorecard(result.tables, items);
      clear(
        list,
        ...[...groups].map(([title, xs]) => el('div', { class: 'group' }, [el('h3', {}, [title]), ...xs.map(bar)])),
        score.length
          ? el('div', { class: 'group', id: 'scorecard' }, [
              el('h3', {}, [T.indicators.scorecard]),
              el('p', { class: 'muted' }, [T.indicators.scorecardNote]),
              ...score.map(points),
            ])
          : null,
      );
    } catch (e) {
      showError(status, e);
    }
  };
  return { node, show };
}

function bar(i: Indicator): HTMLElement {
  const pct = Math.max(0, Math.min(100, i.value ?? 0));
  const state = i.met === null ? 'none' : i.met ? 'met' : 'short';
  const track = el('div', { class: 'track', role: 'img', 'aria-label': `${i.label}: ${i.text}` }, [
    el('div', { class: `fill ${state}`, style: `width:${pct}%` }),
  ]);
  if (i.target !== null) track.append(el('div', { class: 'target', style: `left:${Math.min(100, i.target)}%` }));
  return el('div', { class: 'indicator' }, [
    el('div', { class: 'row' }, [el('span', { class: 'label' }, [i.label]), el('strong', { class: 'value' }, [i.text])]),
    track,
    el('div', { class: 'detail' }, [i.target !== null && i.met !== null ? T.indicators.target(i.better, i.target, i.met) : T.indicators.noTarget]),
    el('div', { class: 'definition' }, [i.definition]),
  ]);
}

function points(s: ScoreItem): HTMLElement {
  const track = el('div', { class: 'track', role: 'img', 'aria-label': `${s.label}: ${s.text}` }, [
    el('div', { class: 'fill met', style: `width:${(100 * s.points) / s.max}%` }),
  ]);
  return el('div', { class: 'indicator' }, [
    el('div', { class: 'row' }, [el('span', { class: 'label' }, [`${s.scope} — ${s.label}`]), el('strong', { class: 'value' }, [s.text])]),
    track,
    el('div', { class: 'definition' }, [`${s.rate}; ${s.definition}`]),
  ]);
}
