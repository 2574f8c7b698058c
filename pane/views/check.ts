/** Kiểm tra số liệu: tables found, findings by sheet (errors first), a click selects the cell; marks and their removal. */
import { FORMS, marksFor, tableSummary, type CheckResult, type Finding } from '../../core';
import { T } from '../messages';
import { busy, clear, el } from '../ui/dom';
import { readAndCheck, showError, type PaneState } from '../state';

export function checkView(state: PaneState): HTMLElement {
  const run = el('button', { type: 'button', class: 'primary', id: 'btn-check' }, [T.check.run]);
  const clearBtn = el('button', { type: 'button', id: 'btn-clear' }, [T.check.clear]);
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'check-status' });
  const results = el('div', { id: 'check-results' });

  run.addEventListener(
    'click',
    () =>
      void busy(run, status, async (say) => {
        try {
          const result = await readAndCheck(state, say);
          render(results, result, state, status);
          if (result.tables.length === 0) return say(T.check.none);
          const marks = marksFor(result.findings);
          if (marks.length) {
            say(T.check.marking);
            const { marked } = await state.host.applyMarks(marks);
            say(`${T.check.summary(result.summary.errors, result.summary.warnings)} ${T.check.marked(marked)}`);
          } else say(T.check.ok);
        } catch (e) {
          showError(status, e);
        }
      }),
  );
  clearBtn.addEventListener(
    'click',
    () =>
      void busy(clearBtn, status, async (say) => {
        try {
          say(T.check.clearing);
          const { restored } = await state.host.clearMarks();
          say(T.check.restored(restored));
        } catch (e) {
          showError(status, e);
        }
      }),
  );
  return el('section', { class: 'view', id: 'view-check' }, [el('div', { class: 'actions' }, [run, clearBtn]), status, results]);
}

function render(box: HTMLElement, r: CheckResult, state: PaneState, status: HTMLElement): void {
  if (r.tables.length === 0) {
    clear(box);
    return;
  }
  const label = (id: string) => FORMS.find((f) => f.id === id)?.label ?? id;
  const tables = el(
    'ul',
    { class: 'tables' },
    r.tables.map(tableSummary).map((t) => el('li', {}, [`${t.sheet}!${t.range} — ${label(t.form)} (${T.check.rows(t.rows)})`])),
  );
  const groups: HTMLElement[] = [];
  const bySheet = new Map<string, Finding[]>();
  for (const f of r.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    groups.push(
      el('div', { class: 'group' }, [
        el('h3', {}, [T.check.sheet(sheet)]),
        el(
          'ul',
          { class: 'findings' },
          sorted.map((f) => el('li', {}, [findingButton(f, state, status)])),
        ),
      ]),
    );
  }
  clear(box, el('p', { class: 'muted' }, [T.check.tables(r.tables.length)]), tables, ...groups);
}

function findingButton(f: Finding, state: PaneState, status: HTMLElement): HTMLButtonElement {
  const detail = [f.actual !== null ? `${T.check.actual}: ${f.actual}` : '', f.expected !== null ? `${T.check.expected}: ${f.expected}` : '']
    .filter(Boolean)
    .join(' · ');
  const b = el('button', { type: 'button', class: `finding ${f.severity}`, 'data-cell': `${f.sheet}!${f.cell}` }, [
    el('span', { class: 'badge' }, [f.severity === 'error' ? T.check.error : T.check.warning]),
    el('span', { class: 'cell' }, [f.cell]),
    el('span', { class: 'message' }, [f.message]),
    detail ? el('span', { class: 'detail' }, [detail]) : null,
  ]);
  b.addEventListener('click', () => state.host.select(f.sheet, f.cell).catch((e) => showError(status, e)));
  return b;
}
