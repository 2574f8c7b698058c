/**
 * Chỉ tiêu: each rate as a bar against its target (met green, not met amber, no target neutral grey), its target
 * editable here and saved with the document, grouped by table and level, its definition beside it; the Bộ chỉ số
 * criteria as bars by their share of the points. The sheet is read again each time the tab is opened.
 */
import type { Indicator, ScoreItem } from '../../core';
import { indicatorsJob } from '../../core/jobs';
import { T } from '../messages';
import { clear, el } from '../ui/dom';
import { formSettings, readAndCheck, readAtText, saveFormSoon, showError, type PaneState } from '../state';

export function indicatorsView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'indicators-status' });
  const list = el('div', { id: 'indicator-list' });
  const node = el('section', { class: 'view', id: 'view-indicators', 'aria-labelledby': 'tab-indicators' }, [status, list]);

  const render = () => {
    const result = state.result!;
    const settings = state.form.settings!;
    const { indicators: items, scorecard: score } = indicatorsJob({ check: result, targets: settings.mucTieu });
    if (items.length === 0) return clear(list, el('p', { class: 'muted' }, [result.tables.length ? T.indicators.noColumns : T.indicators.none]));
    const groups = new Map<string, Indicator[]>();
    for (const i of items) groups.set(`${i.sheet} › ${i.scope}`, [...(groups.get(`${i.sheet} › ${i.scope}`) ?? []), i]);
    const onTarget = (id: string, v: number | null | undefined) => {
      if (v === undefined) delete settings.mucTieu[id];
      else settings.mucTieu[id] = v;
      saveFormSoon(state, (e) => showError(status, e));
      const focused = document.activeElement?.getAttribute('data-target');
      render();
      if (focused) list.querySelector<HTMLInputElement>(`[data-target="${focused}"]`)?.focus();
    };
    clear(
      list,
      el('p', { class: 'muted' }, [readAtText(state)]),
      ...[...groups].map(([title, xs], g) => el('div', { class: 'group' }, [el('h3', {}, [title]), ...xs.map((i, k) => bar(i, `${g}-${k}`, onTarget))])),
      score.length
        ? el('div', { class: 'group', id: 'scorecard' }, [
            el('h3', {}, [T.indicators.scorecard]),
            el('p', { class: 'muted' }, [T.indicators.scorecardNote]),
            ...score.map(points),
          ])
        : null,
    );
  };

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

/** "97,5" → 97.5; "" → undefined (back to the default); "không" / "-" → null (no target). */
function parseTarget(s: string): number | null | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  if (/^(không|khong|-)$/i.test(t)) return null;
  const n = Number(t.replace('%', '').replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

function bar(i: Indicator, key: string, onTarget: (id: string, v: number | null | undefined) => void): HTMLElement {
  const pct = Math.max(0, Math.min(100, i.value ?? 0));
  const state = i.met === null ? 'none' : i.met ? 'met' : 'short';
  const track = el('div', { class: 'track', role: 'img', 'aria-label': `${i.label}: ${i.text}` }, [
    el('div', { class: `fill ${state}`, style: `width:${pct}%` }),
  ]);
  if (i.target !== null) track.append(el('div', { class: 'target', style: `left:${Math.min(100, i.target)}%` }));
  const id = `target-${key}`;
  const input = el('input', { id, type: 'text', inputmode: 'decimal', class: 'target-input', 'data-target': `${i.id}-${key}`, size: '5' });
  input.value = i.target === null ? '' : String(i.target).replace('.', ',');
  input.addEventListener('change', () => onTarget(i.id, parseTarget(input.value)));
  return el('div', { class: `indicator ${state}` }, [
    el('div', { class: 'row' }, [el('span', { class: 'label' }, [i.label]), el('strong', { class: 'value' }, [i.text])]),
    track,
    el('div', { class: `detail ${state}` }, [i.target !== null && i.met !== null ? T.indicators.target(i.better, i.target, i.met) : T.indicators.noTarget]),
    el('label', { class: 'target-field', for: id }, [el('span', {}, [T.indicators.editTarget]), input, '%']),
    el('div', { class: 'definition' }, [i.definition]),
  ]);
}

/** A criterion's bar: green from 90% of its points, amber from half, red below (the share, not the raw points). */
function points(s: ScoreItem): HTMLElement {
  const share = s.max > 0 ? s.points / s.max : 0;
  const state = share >= 0.9 ? 'met' : share >= 0.5 ? 'short' : 'low';
  const track = el('div', { class: 'track', role: 'img', 'aria-label': `${s.label}: ${s.text}` }, [
    el('div', { class: `fill ${state}`, style: `width:${100 * share}%` }),
  ]);
  return el('div', { class: 'indicator' }, [
    el('div', { class: 'row' }, [el('span', { class: 'label' }, [`${s.scope} — ${s.label}`]), el('strong', { class: 'value' }, [s.text])]),
    track,
    el('div', { class: 'definition' }, [`${s.rate}; ${s.definition}`]),
  ]);
}
