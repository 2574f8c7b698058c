/**
 * Tổng hợp: for a province clerk whose workbook holds one sheet per unit, or one sheet listing units by rows. The
 * core rolls the open workbook up (rollUpWorkbook, the same sums and ranking as `bao-cao tong-hop`); this view
 * shows the total, the ranking as bars coloured by the catalogue's bands, the units in error as buttons selecting
 * their first wrong cell, and makes the province report. The sheet is read again on show and before the report.
 */
import { formatCount } from '../../core/numbers';
import { bandsOf, RANK_BY, STATUS_LABELS, type RollupBand } from '../../core/catalogue/rollup';
import { TOTAL_SCOPE, type RankItem, type Rollup, type WorkbookRollup } from '../../core/rollup';
import { rollupReportJob, workbookRollupJob } from '../../core/jobs';
import tongHop from '../../templates/bao-cao/tong-hop.mustache';
import { T } from '../messages';
import { busy, clear, el } from '../ui/dom';
import { formSettings, readAndCheck, readAtText, showError, type PaneState } from '../state';
import { saveReport, savedText } from '../save-report';
import { folderLine } from './folder-line';

/** The bar's class: the worst band first (on points: under 80 red, 80–90 amber; on the rate: under the target), above every band green. */
function bandOf(value: number, bands: readonly RollupBand[]): { cls: 'met' | 'short' | 'low' | 'plain'; label?: string } {
  // No band to meet (ranked by the rate, and no target set): no colour says good or bad.
  if (bands.length === 0) return { cls: 'plain' };
  const worst = bands[0];
  const band = bands.find((b) => value >= b.from && value < b.below);
  if (!band) return { cls: 'met' };
  return { cls: band === worst ? 'low' : 'short', label: band.label };
}

export function rollupView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'rollup-status' });
  const body = el('div', { id: 'rollup-body' });
  const target = el('select', { id: 'rollup-target' }, [
    state.host.kind === 'google-sheets' ? el('option', { value: 'drive' }, [T.report.drive]) : null,
    el('option', { value: 'download' }, [T.report.download]),
  ]);
  // Google only: the Drive folder, and the Picker to choose another (the same line as in Tạo báo cáo).
  const folder = state.host.folders ? folderLine(state.host.folders, (): boolean => !node.hidden && node.isConnected) : undefined;
  target.addEventListener('change', () => {
    if (folder) folder.node.hidden = target.value !== 'drive';
  });
  const createBtn = el('button', { type: 'button', class: 'primary', id: 'btn-rollup-report', disabled: true }, [T.rollup.create]);
  const link = el('p', { id: 'rollup-link' });
  const ask = el('div', { id: 'rollup-ask', hidden: true });
  const readAt = el('p', { class: 'muted' });

  /** Reads the sheet again and rolls it up; the view follows what it found. */
  const read = async (say: (s: string) => void): Promise<WorkbookRollup> => {
    const result = await readAndCheck(state, say);
    const r = workbookRollupJob(result);
    render(r);
    return r;
  };

  const render = (w: WorkbookRollup) => {
    readAt.textContent = readAtText(state);
    createBtn.disabled = !w.rollup;
    if (!w.rollup) {
      const forms = el('ul', { class: 'bullets' }, [el('li', {}, [T.rollup.noneSheets]), el('li', {}, [T.rollup.noneRows])]);
      // A unit's own workbook (its tables found, no units): one sentence of what Tổng hợp needs, the two forms folded.
      if (state.result?.tables.length) clear(body, el('p', {}, [T.rollup.ownUnit]), el('details', {}, [el('summary', {}, [T.rollup.forms]), forms]));
      else clear(body, el('p', {}, [T.rollup.none]), forms);
      return;
    }
    const r = w.rollup;
    clear(
      body,
      el('p', { class: 'muted' }, [T.rollup.layout(r.units.length, w.layout === 'sheets')]),
      totals(r),
      ranking(r, state.form.settings?.mucTieu['ty-le-dung-han']),
      inError(r, state, status),
      leftOut(r),
    );
  };

  createBtn.addEventListener(
    'click',
    () =>
      void busy(
        createBtn,
        status,
        async (say) => {
          try {
            clear(link);
            const w = await read(say);
            if (!w.rollup) return say('');
            say(T.rollup.building);
            // The province's own header and signer: the settings of this workbook, as the Tạo báo cáo tab keeps them.
            const settings = await formSettings(state);
            const doc = rollupReportJob({ rollup: w.rollup, templateText: tongHop, settings });
            const saved = await saveReport(state, doc, T.rollup.fileName, target.value as 'drive' | 'download', say, link, {
              record: { kind: 'tong-hop', ask },
            });
            if (!saved) return;
            say([savedText(saved), saved.note].filter(Boolean).join(' '));
            // The folder may have changed: forgotten (fell back), or renamed in Drive.
            if (saved.folder) void folder?.refresh();
          } catch (e) {
            showError(status, e);
          }
        },
        4,
      ),
  );

  const node = el('section', { class: 'view', id: 'view-rollup', 'aria-labelledby': 'tab-rollup' }, [
    body,
    el('label', { class: 'field', for: 'rollup-target' }, [el('span', {}, [T.report.where]), target]),
    folder?.node,
    el('div', { class: 'actions' }, [createBtn]),
    ask,
    status,
    readAt,
    link,
  ]);

  const show = async () => {
    void folder?.refresh();
    try {
      status.classList.remove('error');
      await read((s) => (status.textContent = s));
      status.textContent = '';
    } catch (e) {
      showError(status, e);
    }
  };
  return { node, show };
}

export function totals(r: Rollup): HTMLElement {
  const c = r.total.counts;
  const f = (k: string) => (c[k] === undefined ? '—' : formatCount(c[k]!));
  const rate = r.indicators.find((i) => i.scope === TOTAL_SCOPE && i.id === 'ty-le-dung-han');
  const row = (label: string, value: string) => el('div', { class: 'row' }, [el('dt', {}, [label]), el('dd', {}, [value])]);
  return el('div', { class: 'group', id: 'rollup-total' }, [
    el('h2', {}, [T.rollup.total]),
    el('dl', { class: 'totals' }, [
      row(T.rollup.received, f('tiep-nhan')),
      row(T.rollup.resolved, f('da-giai-quyet')),
      row(T.rollup.pending, f('dang-giai-quyet')),
      row(T.rollup.onTime, rate?.text ?? '—'),
    ]),
    el('p', { class: 'muted' }, [T.rollup.counted(r.total.units)]),
  ]);
}

/** The ranking as bars, banded as the report bands it (on points, or on the rate against `onTimeTarget`). */
export function ranking(r: Rollup, onTimeTarget?: number | null): HTMLElement {
  const bands = bandsOf(r.rankBy, onTimeTarget);
  return el('div', { class: 'group', id: 'rollup-ranking' }, [
    el('h2', {}, [T.rollup.ranking(RANK_BY.words[r.rankBy])]),
    r.ranking.length
      ? el(
          'ol',
          { class: 'ranking' },
          r.ranking.map((x) => rankBar(x, bands)),
        )
      : el('p', { class: 'muted' }, [T.rollup.noRanking]),
  ]);
}

function rankBar(x: RankItem, bands: readonly RollupBand[]): HTMLElement {
  const band = bandOf(x.value, bands);
  const pct = Math.max(0, Math.min(100, x.value));
  return el('li', { class: 'indicator rank' }, [
    el('div', { class: 'row' }, [el('span', { class: 'label' }, [`${x.rank}. ${x.unit}`]), el('strong', { class: 'value' }, [x.text])]),
    el('div', { class: 'track', role: 'img', 'aria-label': `${x.unit}: ${x.text}${band.label ? `, ${T.rollup.band(band.label)}` : ''}` }, [
      el('div', { class: `fill ${band.cls}`, style: `width:${pct}%` }),
    ]),
    band.label ? el('div', { class: `detail ${band.cls}` }, [band.label]) : null,
  ]);
}

/** A button per unit in error: its first wrong cell is selected, as a finding card in Kiểm tra does. */
function inError(r: Rollup, state: PaneState, status: HTMLElement): HTMLElement | null {
  const units = r.units.filter((u) => u.status === 'loi');
  if (units.length === 0) return null;
  return el('div', { class: 'group', id: 'rollup-errors' }, [
    el('h2', {}, [T.rollup.errors]),
    el('p', { class: 'muted' }, [T.rollup.errorsNote]),
    el(
      'ul',
      {},
      units.map((u) => {
        const first = r.findings.find((f) => f.unit === u.unit && f.severity === 'error' && f.sheet !== null && f.cell !== null);
        const b = el('button', { type: 'button', class: 'finding error', 'data-cell': first ? `${first.sheet}!${first.cell}` : undefined }, [
          el('span', { class: 'badge' }, [T.rollup.errorCount(u.unit, u.errors)]),
          first ? el('span', { class: 'cell' }, [`${first.sheet}!${first.cell}`]) : null,
          first ? el('span', { class: 'message' }, [first.message]) : null,
        ]);
        b.addEventListener('click', () => {
          if (first) state.host.select(first.sheet!, first.cell!).catch((e) => showError(status, e));
        });
        return el('li', {}, [b]);
      }),
    ),
  ]);
}

/** Units read but not summed (a duplicate, no TTHC table): said, so the total is not taken for all of them. */
function leftOut(r: Rollup): HTMLElement | null {
  const units = r.units.filter((u) => !u.counted);
  if (units.length === 0) return null;
  return el('div', { class: 'group', id: 'rollup-left-out' }, [
    el('h2', {}, [T.rollup.otherUnits]),
    el(
      'ul',
      { class: 'bullets' },
      units.map((u) => el('li', {}, [`${u.unit}: ${STATUS_LABELS[u.status]!.toLocaleLowerCase('vi')}`])),
    ),
  ]);
}
