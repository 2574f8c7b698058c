/**
 * Tổng hợp on the web page: the units' files (picked, or a whole folder), the units' list and the previous period as
 * optional files, read one by one in this browser with the progress said, through the same jobs as `bao-cao tong-hop`
 * (core/jobs). Shows what `tong-hop` gives: the total, each unit with its status, the ranking, the comparison, the
 * notes and each unit's findings; the province report and the JSON as downloads.
 */
import { formatCount } from '../core/numbers';
import { STATUS_LABELS } from '../core/catalogue/rollup';
import { comparisonLabel, UnitListError, type ListedUnit, type Rollup, type UnitInput } from '../core/rollup';
import { rollupJob, rollupJson, rollupReportJob, unitJob, unitListJob, unreadableUnitJob } from '../core/jobs';
import { baseName, byFileName, isFolderWorkbookName } from '../readers/sniff';
import tongHop from '../templates/bao-cao/tong-hop.mustache';
import type { View } from '../pane/app';
import { HostError } from '../pane/host';
import { T } from '../pane/messages';
import { busy, clear, el } from '../pane/ui/dom';
import { showError, type PaneState } from '../pane/state';
import { saveReport, savedText } from '../pane/save-report';
import { download } from '../pane/hosts/download';
import { ranking, totals } from '../pane/views/tong-hop';
import { fromFile, readPicked } from './host';
import { fileButton } from './file-bar';
import { W } from './messages';

/** A file as Tổng hợp names it: its path inside the folder chosen, or its name. */
const sourceOf = (f: File) => f.webkitRelativePath || f.name;
const stemOf = (name: string) => baseName(name).replace(/\.[^.]*$/, '');

/** A folder's files as the command line takes them: directly inside it, with a workbook's name, sorted by name. */
export function folderFiles(files: readonly File[]): File[] {
  return files.filter((f) => f.webkitRelativePath.split('/').length === 2 && isFolderWorkbookName(f.name)).sort((a, b) => byFileName(a.name, b.name));
}

/** Lets the status paint between files: a hundred files read in one go would show nothing until the end. */
const nextFrame = () => new Promise((r) => setTimeout(r, 0));

async function readUnits(files: readonly File[], say: (s: string) => void): Promise<UnitInput[]> {
  const out: UnitInput[] = [];
  for (const [i, f] of files.entries()) {
    say(W.rollup.reading(i + 1, files.length, f.name));
    await nextFrame();
    const source = sourceOf(f);
    try {
      out.push(unitJob(await readPicked(fromFile(f)), source, stemOf(f.name)));
    } catch (e) {
      // One file that cannot be read is said as that unit's, the others go on.
      if (e instanceof HostError) out.push(unreadableUnitJob(source, stemOf(f.name), e.advice ?? e.message));
      else throw e;
    }
  }
  return out;
}

export function webRollupView(state: PaneState): View {
  let units: File[] = [];
  let list: File | undefined;
  let previous: File[] = [];
  let last: Rollup | undefined;
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'rollup-status' });
  const chosen = el('p', { class: 'muted', id: 'rollup-chosen' }, [W.rollup.chosen(0)]);
  const listName = el('span', { class: 'muted' });
  const previousName = el('span', { class: 'muted' });
  const body = el('div', { id: 'rollup-body' });
  const link = el('p', { id: 'rollup-link' });
  const setUnits = (fs: File[], folder: boolean) => {
    units = folder ? folderFiles(fs) : [...fs].sort((a, b) => byFileName(a.name, b.name));
    chosen.textContent = folder && units.length === 0 ? W.rollup.noneInFolder : W.rollup.chosen(units.length);
  };
  const files = fileButton(W.rollup.pickFiles, { id: 'btn-rollup-files', accept: W.accept, multiple: true }, (fs) => setUnits(fs, false));
  const folder = fileButton(W.rollup.pickFolder, { id: 'btn-rollup-folder', folder: true }, (fs) => setUnits(fs, true));
  const listPick = fileButton(W.rollup.listPick, { id: 'btn-rollup-list', accept: W.accept }, (fs) => {
    list = fs[0];
    listName.textContent = list?.name ?? '';
  });
  const prevFiles = fileButton(W.rollup.previousPick, { id: 'btn-rollup-previous', accept: W.accept, multiple: true }, (fs) => {
    previous = [...fs].sort((a, b) => byFileName(a.name, b.name));
    previousName.textContent = W.rollup.chosen(previous.length);
  });
  const prevFolder = fileButton(W.rollup.previousFolder, { id: 'btn-rollup-previous-folder', folder: true }, (fs) => {
    previous = folderFiles(fs);
    previousName.textContent = W.rollup.chosen(previous.length);
  });
  const run = el('button', { type: 'button', class: 'primary', id: 'btn-rollup-run' }, [W.rollup.run]);
  const reportBtn = el('button', { type: 'button', id: 'btn-rollup-report', disabled: true }, [W.rollup.report]);
  const jsonBtn = el('button', { type: 'button', id: 'btn-rollup-json', disabled: true }, [W.rollup.json]);

  run.addEventListener(
    'click',
    () =>
      void busy(
        run,
        status,
        async (say) => {
          try {
            status.classList.remove('error');
            clear(link);
            if (units.length === 0) return say(W.rollup.noFiles);
            let listed: ListedUnit[] | undefined;
            if (list) {
              try {
                listed = unitListJob(await readPicked(fromFile(list)), list.name);
              } catch (e) {
                if (e instanceof UnitListError) throw new HostError('unknown', e.message, e.message);
                throw e;
              }
            }
            const inputs = await readUnits(units, say);
            const before = previous.length ? await readUnits(previous, say) : undefined;
            const r = rollupJob({ units: inputs, ...(listed ? { list: listed } : {}), ...(before ? { previous: before } : {}) });
            last = r.readable === 0 ? undefined : r;
            reportBtn.disabled = jsonBtn.disabled = !last;
            if (!last) {
              clear(body);
              return say(W.rollup.noneReadable(units.length));
            }
            render(body, last);
            say(W.rollup.done(units.length, last.total.units));
          } catch (e) {
            showError(status, e);
          }
        },
        3,
      ),
  );
  reportBtn.addEventListener(
    'click',
    () =>
      void busy(reportBtn, status, async (say) => {
        try {
          if (!last) return;
          clear(link);
          say(T.rollup.building);
          // As `tong-hop -o` writes it: the roll-up's own period, the header and signer left for the province's văn thư
          // (the Tạo báo cáo form holds one unit's file, not the province's).
          const doc = rollupReportJob({ rollup: last, templateText: tongHop });
          const saved = await saveReport(state, doc, T.rollup.fileName, 'download', say, link, {});
          if (saved) say(savedText(saved));
        } catch (e) {
          showError(status, e);
        }
      }),
  );
  jsonBtn.addEventListener('click', () => {
    if (last) download(W.rollup.jsonName, new TextEncoder().encode(JSON.stringify(rollupJson(last), null, 2)), 'application/json');
  });

  const node = el('section', { class: 'view', id: 'view-rollup', 'aria-labelledby': 'tab-rollup' }, [
    el('p', {}, [W.rollup.intro]),
    el('div', { class: 'actions' }, [files.button, folder.button, files.input, folder.input]),
    chosen,
    el('details', { class: 'rollup-options' }, [
      el('summary', {}, [`${W.rollup.list}; ${W.rollup.previous.toLocaleLowerCase('vi')}`]),
      el('div', { class: 'field' }, [el('span', {}, [W.rollup.list]), el('div', { class: 'actions' }, [listPick.button, listPick.input, listName])]),
      el('div', { class: 'field' }, [
        el('span', {}, [W.rollup.previous]),
        el('div', { class: 'actions' }, [prevFiles.button, prevFolder.button, prevFiles.input, prevFolder.input, previousName]),
      ]),
    ]),
    el('div', { class: 'actions' }, [run]),
    status,
    body,
    el('div', { class: 'actions' }, [reportBtn, jsonBtn]),
    link,
  ]);
  return { node };
}

function render(body: HTMLElement, r: Rollup): void {
  clear(body, totals(r), ranking(r), unitsTable(r), comparison(r), notes(r), unitFindings(r));
}

function unitsTable(r: Rollup): HTMLElement {
  const rank = new Map(r.ranking.map((x) => [x.unit, x]));
  const rate = (unit: string) => r.indicators.find((i) => i.scope === unit && i.id === 'ty-le-dung-han')?.text ?? '';
  return el('div', { class: 'group', id: 'rollup-units' }, [
    el('h2', {}, [W.rollup.units]),
    el('table', { class: 'units' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          ['#', W.rollup.unit, W.rollup.status, W.rollup.onTime, W.rollup.file].map((h) => el('th', { scope: 'col' }, [h])),
        ),
      ]),
      el(
        'tbody',
        {},
        r.units.map((u) => {
          const k = u.counted ? rank.get(u.unit) : undefined;
          return el('tr', { 'data-status': u.status }, [
            el('td', {}, [k ? String(k.rank) : '']),
            el('th', { scope: 'row' }, [u.unit]),
            el('td', {}, [STATUS_LABELS[u.status] ?? u.status]),
            el('td', {}, [k?.text ?? rate(u.unit)]),
            el('td', { class: 'muted' }, [u.source ?? '']),
          ]);
        }),
      ),
    ]),
  ]);
}

function comparison(r: Rollup): HTMLElement | null {
  if (r.comparison.length === 0) return null;
  return el('div', { class: 'group', id: 'rollup-comparison' }, [
    el('h2', {}, [W.rollup.comparison]),
    el(
      'ul',
      { class: 'bullets' },
      r.comparison.map((x) => el('li', {}, [`${comparisonLabel(x.id)}: ${x.text}`])),
    ),
  ]);
}

function notes(r: Rollup): HTMLElement | null {
  const said = r.findings.filter((x) => x.sheet === null);
  if (said.length === 0) return null;
  return el('div', { class: 'group', id: 'rollup-notes' }, [
    el('h2', {}, [W.rollup.notes]),
    el(
      'ul',
      { class: 'bullets' },
      said.map((x) => el('li', {}, [x.message])),
    ),
  ]);
}

/** Each unit's findings, folded under its name with their count; each names its cell as the unit's sheet does. */
function unitFindings(r: Rollup): HTMLElement | null {
  const own = r.findings.filter((x) => x.sheet !== null);
  if (own.length === 0) return null;
  const byUnit = new Map<string, typeof own>();
  for (const f of own) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  return el('div', { class: 'group', id: 'rollup-findings' }, [
    el('h2', {}, [`${W.rollup.findings} (${formatCount(own.length)})`]),
    ...[...byUnit].map(([unit, fs]) =>
      el('details', { class: 'unit-findings' }, [
        el('summary', {}, [`${unit} — ${formatCount(fs.length)}`]),
        el(
          'ul',
          { class: 'findings' },
          fs.map((f) =>
            el('li', { class: `finding ${f.severity}` }, [
              el('span', { class: 'cell' }, [`${f.sheet}!${f.cell}`]),
              ' ',
              el('span', { class: 'message' }, [f.message]),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}
