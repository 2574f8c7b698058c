/**
 * Kiểm tra số liệu: tables found, findings (errors first) with a filter and "Lỗi trước / Lỗi tiếp theo", a click
 * selecting the cell the card names; marks and their removal. Before the first check, the three steps of the job.
 */
import { FORMS, marksFor, RULES, tableSummary, type CheckResult, type Finding } from '../../core';
import { T } from '../messages';
import { afterPaint, busy, clear, el } from '../ui/dom';
import { readAndCheck, readAtText, showError, type PaneState } from '../state';
import type { MarkResult } from '../host';
import { gettingStarted, SAMPLE_TABLE } from './help';

/** Cards listed at most: beyond, the pane says how many are not listed and the filter narrows them. */
export const LIST_LIMIT = 1000;

interface Filter {
  sheet: string;
  severity: string;
  rule: string;
}

export function checkView(state: PaneState): HTMLElement {
  const run = el('button', { type: 'button', class: 'primary', id: 'btn-check' }, [T.check.run]);
  const clearBtn = el('button', { type: 'button', id: 'btn-clear' }, [T.check.clear]);
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'check-status' });
  const results = el('div', { id: 'check-results' }, [gettingStarted(false, undefined, state.host.sheetless === true)]);

  /** Reads, checks, lists and marks; every step said through `say`. */
  const check = async (say: (s: string) => void): Promise<void> => {
    const result = await readAndCheck(state, say);
    setStale(results, false);
    render(results, result, state, status, state.host.sheetless ? undefined : addSample);
    if (state.host.sheetless)
      return say(
        result.tables.length === 0 ? T.check.none : result.findings.length ? T.check.summary(result.summary.errors, result.summary.warnings) : T.check.ok,
      );
    if (result.tables.length === 0) {
      // No table any more (the sheet emptied or renamed): older marks are put back all the same.
      await state.host.applyMarks([]);
      return say(T.check.none);
    }
    // The findings on screen first: planning and writing the marks can wait a frame, the clerk should not.
    await afterPaint();
    // Marks follow the data: the plan puts back every older mark on a cell that is right now, even when none is left.
    const marks = marksFor(result.findings);
    say(T.check.marking);
    const summary = marks.length ? T.check.summary(result.summary.errors, result.summary.warnings) : T.check.ok;
    let applied: MarkResult;
    try {
      applied = await state.host.applyMarks(marks);
    } catch (e) {
      // A clerk who may only view the sheet (or a refused write) keeps the result: the summary, then why no mark.
      showError(status, e);
      status.textContent = `${summary} ${status.textContent}`;
      return;
    }
    const { marked, limits = [] } = applied;
    // What this host could not do is said once a pane, not at every check.
    const news = limits.filter((l) => !state.limitsSaid.has(l));
    for (const l of news) state.limitsSaid.add(l);
    const told = news.map((l) => T.check.limits[l]).join(' ');
    say(marks.length ? `${summary} ${T.check.marked(marked)}${told ? ` ${told}` : ''}` : T.check.ok);
  };

  /** "Tạo trang mẫu": a new sheet with the sample table, then the check again, which now finds it. */
  const addSample = (button: HTMLButtonElement) =>
    void busy(
      button,
      status,
      async (say) => {
        if (run.disabled) return;
        run.disabled = clearBtn.disabled = true;
        try {
          say(T.help.sampleAdding);
          const { sheet } = await state.host.addSampleSheet(SAMPLE_TABLE);
          const added = T.help.sampleAdded(sheet);
          say(added);
          await check((s) => say(`${added} ${s}`));
        } catch (e) {
          showError(status, e);
        } finally {
          run.disabled = clearBtn.disabled = false;
          // The list replaced the button: focus goes to Kiểm tra số liệu, not nowhere.
          if (!button.isConnected) run.focus();
        }
      },
      4,
    );

  run.addEventListener(
    'click',
    () =>
      void busy(
        run,
        status,
        async (say) => {
          // Clearing while marks are being written would report 0 cells and leave the new marks: one at a time.
          clearBtn.disabled = true;
          try {
            await check(say);
          } catch (e) {
            showError(status, e);
            // What is listed is from an earlier reading: greyed, and said so, never taken for this one.
            if (state.readAt) setStale(results, true, readAtText(state, true));
          } finally {
            clearBtn.disabled = false;
          }
        },
        3,
      ),
  );
  clearBtn.addEventListener(
    'click',
    () =>
      void busy(clearBtn, status, async (say) => {
        run.disabled = true;
        try {
          say(T.check.clearing);
          const { restored } = await state.host.clearMarks();
          say(T.check.restored(restored));
        } catch (e) {
          showError(status, e);
        } finally {
          run.disabled = false;
        }
      }),
  );
  // A file, not a sheet: nothing to clear; the list is the result, printed as it is.
  const print = el('button', { type: 'button', id: 'btn-print' }, [T.check.print]);
  print.addEventListener('click', () => window.print());
  return el('section', { class: 'view', id: 'view-check', 'aria-labelledby': 'tab-check' }, [
    el('div', { class: 'actions' }, state.host.sheetless ? [run, print] : [run, clearBtn]),
    status,
    results,
  ]);
}

/** Results from an earlier reading, greyed under a line saying so (the new reading failed); `false` takes it away. */
function setStale(box: HTMLElement, stale: boolean, readAt = ''): void {
  box.classList.toggle('stale', stale);
  box.querySelector(':scope > .stale-note')?.remove();
  if (stale) box.prepend(el('p', { class: 'note stale-note', id: 'check-stale' }, [T.check.stale(readAt)]));
}

function render(box: HTMLElement, r: CheckResult, state: PaneState, status: HTMLElement, onSample?: (b: HTMLButtonElement) => void): void {
  if (r.tables.length === 0) {
    clear(box, gettingStarted(true, onSample, state.host.sheetless === true));
    return;
  }
  const label = (id: string) => FORMS.find((f) => f.id === id)?.label ?? id;
  const tables = el(
    'ul',
    { class: 'tables' },
    r.tables.map(tableSummary).map((t) => el('li', {}, [T.check.tableFound(t.sheet, t.range, label(t.form), t.rows)])),
  );
  const all = [...r.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const filter: Filter = { sheet: '', severity: '', rule: '' };
  const list = el('div', { class: 'finding-list' });
  const count = el('p', { class: 'muted', id: 'finding-count', 'aria-live': 'polite' });
  let shown: Finding[] = [];
  let at = -1;

  /** The finding now in hand, highlighted (and named so to screen readers). */
  const mark = (i: number) => {
    for (const c of list.querySelectorAll('[aria-current]')) c.removeAttribute('aria-current');
    list.querySelector(`[data-index="${i}"]`)?.setAttribute('aria-current', 'true');
  };
  const go = (d: number) => {
    if (shown.length === 0) return;
    at = (at + d + shown.length) % shown.length;
    const f = shown[at]!;
    const card = list.querySelector<HTMLButtonElement>(`[data-index="${at}"]`);
    mark(at);
    // The focus stays on the button pressed, to press it again; the card is highlighted, brought into view, and
    // the position said (#finding-count is a live region).
    card?.scrollIntoView({ block: 'nearest' });
    count.textContent = T.check.position(at + 1, shown.length);
    const work = state.host.select(f.sheet, f.cell);
    (card ? selecting(card, work) : work).catch((e) => showError(status, e));
  };
  const prev = el('button', { type: 'button' }, [T.check.prev]);
  const next = el('button', { type: 'button' }, [T.check.next]);
  prev.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));

  const refresh = () => {
    shown = all.filter(
      (f) => (!filter.sheet || f.sheet === filter.sheet) && (!filter.severity || f.severity === filter.severity) && (!filter.rule || f.rule === filter.rule),
    );
    at = -1;
    const listed = shown.slice(0, LIST_LIMIT);
    const groups: HTMLElement[] = [];
    const bySheet = new Map<string, { f: Finding; i: number }[]>();
    listed.forEach((f, i) => bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), { f, i }]));
    for (const [sheet, items] of bySheet) {
      groups.push(
        el('div', { class: 'group' }, [
          el('h2', {}, [T.check.sheet(sheet)]),
          el(
            'ul',
            { class: 'findings' },
            items.map(({ f, i }) =>
              el('li', {}, [
                findingButton(f, i, state, status, (j) => {
                  at = j;
                  mark(j);
                }),
                candidateCells(f, state, status),
                relatedCells(f, state, status),
              ]),
            ),
          ),
        ]),
      );
    }
    // With no finding at all the status line says so; "nothing matches the filter" is for a filter.
    count.textContent =
      all.length === 0 ? '' : shown.length > LIST_LIMIT ? T.check.notListed(shown.length, shown.length - LIST_LIMIT) : T.check.listed(shown.length);
    prev.disabled = next.disabled = shown.length === 0;
    clear(list, ...groups);
  };

  const options = (values: [string, string][], all: string) => [el('option', { value: '' }, [all]), ...values.map(([v, t]) => el('option', { value: v }, [t]))];
  const sheets = [...new Set(all.map((f) => f.sheet))];
  const rules = [...new Set(all.map((f) => f.rule))];
  const pick = (name: string, key: keyof Filter, values: [string, string][], all: string) => {
    const s = el('select', { 'aria-label': name }, options(values, all));
    s.addEventListener('change', () => {
      filter[key] = s.value;
      refresh();
    });
    return el('label', { class: 'field compact' }, [el('span', {}, [name]), s]);
  };
  // Folded, under the list: the first error comes first; the filters are one line until wanted.
  const filters =
    all.length > 1
      ? el('details', { class: 'filters' }, [
          el('summary', {}, [T.check.filter]),
          el('div', { role: 'group', 'aria-label': T.check.filter }, [
            pick(
              T.check.bySeverity,
              'severity',
              [
                ['error', T.check.errors],
                ['warning', T.check.warnings],
              ],
              T.check.allSeverities,
            ),
            sheets.length > 1
              ? pick(
                  T.check.bySheet,
                  'sheet',
                  sheets.map((s) => [s, s]),
                  T.check.allSheets,
                )
              : null,
            rules.length > 1
              ? pick(
                  T.check.byRule,
                  'rule',
                  rules.map((r) => [r, RULES[r].title]),
                  T.check.allRules,
                )
              : null,
          ]),
        ])
      : null;
  const steps = all.length > 0 ? el('div', { class: 'actions steps' }, [prev, next, count]) : null;
  // Results first: the steps through the findings and the first card at the top; the tables found folded below.
  clear(
    box,
    el('p', { class: 'muted small' }, [readAtText(state, true)]),
    steps,
    list,
    filters,
    el('details', { class: 'tables-found' }, [el('summary', {}, [T.check.tables(r.tables.length)]), tables]),
  );
  refresh();
}

/** Two values that print alike ("1.886" typed as text against the number 1.886) are not shown as a difference. */
function detailOf(f: Finding): string {
  if (f.actual === null && f.expected === null) return '';
  if (f.actual !== null && f.expected !== null && f.actual === f.expected) return '';
  return [f.actual !== null ? `${T.check.actual}: ${f.actual}` : '', f.expected !== null ? `${T.check.expected}: ${f.expected}` : '']
    .filter(Boolean)
    .join(' · ');
}

/**
 * A click answered at once, whatever the host's pace (Google's round trip may take seconds): the button says it is
 * at work (aria-busy, drawn as such) until the sheet has selected the cell.
 */
function selecting(b: HTMLElement, work: Promise<void>): Promise<void> {
  b.setAttribute('aria-busy', 'true');
  return work.finally(() => b.removeAttribute('aria-busy'));
}

/** A cell button: a click selects it in the sheet. `bare`: the cell's name alone shown (a list of cells), the action read out. */
function cellButton(f: Finding, c: string, state: PaneState, status: HTMLElement, bare = false): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'link', ...(bare ? { 'aria-label': T.check.goTo(c) } : {}) }, [bare ? c : T.check.goTo(c)]);
  b.addEventListener('click', () => selecting(b, state.host.select(f.sheet, c)).catch((e) => showError(status, e)));
  return b;
}

/** Where the data cannot tell which cell is wrong: the sentence, and each candidate a button (never an «Đúng ra»). */
function candidateCells(f: Finding, state: PaneState, status: HTMLElement): HTMLElement | null {
  if (!f.candidates?.length) return null;
  // No sheet to select in (the web page): the cells named, as the sheet names them.
  const cells = state.host.sheetless
    ? [el('span', { class: 'cell-name' }, [` ${T.check.cellsOn(f.candidates, f.sheet)}`])]
    : f.candidates.map((c) => cellButton(f, c, state, status, true));
  return el('div', { class: 'candidates', role: 'group', 'aria-label': T.check.candidates }, [el('span', {}, [T.check.candidates]), ...cells]);
}

/** The other cells a finding's text names ("Ô E6 … có lẽ đó là ô nhập sai"), each a button selecting it. */
function relatedCells(f: Finding, state: PaneState, status: HTMLElement): HTMLElement | null {
  const cells = (f.related ?? []).filter((c) => c !== f.cell && !f.candidates?.includes(c));
  if (cells.length === 0) return null;
  // With no sheet, the finding's text names them already.
  if (state.host.sheetless) return null;
  return el(
    'div',
    { class: 'related' },
    cells.map((c) => cellButton(f, c, state, status)),
  );
}

function findingButton(f: Finding, index: number, state: PaneState, status: HTMLElement, onPick: (i: number) => void): HTMLButtonElement {
  const detail = detailOf(f);
  const b = el('button', { type: 'button', class: `finding ${f.severity}`, 'data-cell': `${f.sheet}!${f.cell}`, 'data-index': String(index) }, [
    el('span', { class: 'badge' }, [f.severity === 'error' ? T.check.error : T.check.warning]),
    // No sheet to select in (the web page): the cell named with its sheet, in words.
    el('span', { class: 'cell' }, [state.host.sheetless ? T.check.cellsOn([f.cell], f.sheet) : f.cell]),
    el('span', { class: 'message' }, [f.message]),
    detail ? el('span', { class: 'detail' }, [detail]) : null,
  ]);
  b.addEventListener('click', () => {
    onPick(index);
    selecting(b, state.host.select(f.sheet, f.cell)).catch((e) => showError(status, e));
  });
  return b;
}
