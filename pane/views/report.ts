/**
 * Tạo báo cáo: the kind, the settings form, a preview in the pane, then the .docx to Drive or downloaded.
 * What the clerk types lives in the pane's state (state.form) and is saved with the document after a pause, so a
 * tab switch or a reopening loses nothing. Every action reads the sheet again first: the report is never written
 * from older figures than the sheet's. With no table (and a kind that needs one), no report is made.
 */
import { isLetterTemplate, missingSettings, REPORT_KINDS, reportFileName, type ReportKindId, type ReportSettings } from '../../core/report';
import { reportKind, reportScope, type ReportJobResult } from '../../core/jobs';
import { paneReportJob, TEMPLATES } from '../report-run';
import { T } from '../messages';
import { HOST_ERRORS } from '../../core/catalogue/host-errors';
import { busy, clear, el } from '../ui/dom';
import { formSettings, readAndCheck, readAtText, saveFormSoon, showError, type PaneState } from '../state';
import { checkDates, readForm, settingsForm } from './settings-form';
import { gettingStarted, SAMPLE_TABLE } from './help';
import { docxPreview, docxWriter, PREVIEW_OPTIONS } from '../docx';
import { saveReport, savedText } from '../save-report';
import { madeListView } from './made-list';
import { folderLine } from './folder-line';
import { previewZoom } from './preview-zoom';

export function reportView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'report-status' });
  const formBox = el('div', {});
  const kind = el(
    'select',
    { id: 'report-kind', 'aria-describedby': 'report-kind-hint' },
    REPORT_KINDS.map((k) => el('option', { value: k.id, title: k.label }, [k.short])),
  );
  // The kind's full name under its short one: never clipped, whatever the pane's width.
  const kindHint = el('p', { class: 'muted small', id: 'report-kind-hint' });
  const sayKind = () => (kindHint.textContent = REPORT_KINDS.find((k) => k.id === kind.value)?.label ?? '');
  // Said from the start (the first kind), so the line is there before the workbook is read.
  sayKind();
  // A sheet per month: the report is on one of them, chosen here (the first by default).
  const sheetSel = el('select', { id: 'report-sheet' });
  const sheetField = el('label', { class: 'field', for: 'report-sheet', hidden: true }, [el('span', {}, [T.report.sheet]), sheetSel]);
  sheetSel.addEventListener('change', () => {
    state.form.sheet = sheetSel.value;
    refreshState();
  });
  const target = el('select', { id: 'report-target' }, [
    state.host.kind === 'google-sheets' ? el('option', { value: 'drive' }, [T.report.drive]) : null,
    el('option', { value: 'download' }, [T.report.download]),
  ]);
  // Google only: Drive converts the .docx to a Google Docs document on upload (issue 11).
  const googleDocBox = el('input', { type: 'checkbox', id: 'report-googledoc' });
  const googleDoc =
    state.host.kind === 'google-sheets'
      ? el('label', { class: 'field check', for: 'report-googledoc' }, [googleDocBox, el('span', {}, [T.report.googleDoc])])
      : null;
  // Google only: the Drive folder, and the Picker to choose another.
  const folder = state.host.folders ? folderLine(state.host.folders, (): boolean => !node.hidden && node.isConnected) : undefined;
  const showGoogleDoc = () => {
    if (googleDoc) googleDoc.hidden = target.value !== 'drive';
    if (folder) folder.node.hidden = target.value !== 'drive';
  };
  target.addEventListener('change', showGoogleDoc);
  // Two lines that wrap, not a one-line box: the whole name is seen at 300 px. A line break typed is no part of a name.
  const fileName = el('textarea', { id: 'report-file', rows: '2', spellcheck: 'false', class: 'file-name' });
  fileName.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') e.preventDefault();
  });
  /** As tall as the name it holds, whatever the pane's width (three lines at 150 per cent). */
  const fitName = () => {
    fileName.style.height = 'auto';
    if (fileName.scrollHeight > fileName.clientHeight) fileName.style.height = `${fileName.scrollHeight + fileName.offsetHeight - fileName.clientHeight}px`;
  };
  let fileNameTyped = false;
  const previewBtn = el('button', { type: 'button', id: 'btn-preview', disabled: true }, [T.report.preview]);
  const createBtn = el('button', { type: 'button', class: 'primary', id: 'btn-report', disabled: true }, [T.report.create]);
  // The preview is the .docx itself, rendered in the pane (docx-preview), scaled to the pane's width.
  const preview = el('div', { class: 'preview', id: 'report-preview', hidden: true, tabindex: '0', role: 'region', 'aria-label': T.report.preview });
  const zoom = previewZoom();
  const link = el('p', { id: 'report-link' });
  // The question «replace or keep both», under the buttons, when the name was used before.
  const ask = el('div', { id: 'report-ask', hidden: true });
  const made = madeListView(state);
  const noTable = el('div', { hidden: true });
  const readAt = el('p', { class: 'muted' });
  // With errors in the figures the report carries the draft mark, unless the clerk accepts the figures here.
  const acceptBox = el('input', { type: 'checkbox', id: 'report-accept' });
  const errorsNote = el('p', { class: 'note', id: 'report-errors', hidden: true });
  // Where the pane cannot download (Excel for Mac), said when the tab opens, before any click.
  const blockedNote = el('p', { class: 'note', id: 'report-blocked', hidden: true }, [HOST_ERRORS['download-blocked']]);
  const accept = el('label', { class: 'field check', hidden: true, for: 'report-accept' }, [acceptBox, el('span', {}, [T.report.accept])]);
  let form: HTMLFormElement | undefined;

  const settings = (): ReportSettings => state.form.settings!;
  const needsTable = () => !isLetterTemplate(TEMPLATES[kind.value as ReportKindId]!);
  const canWrite = () => state.result !== undefined && (state.result.tables.length > 0 || !needsTable());
  /** The form's values into the state (and the document, after a pause). */
  const keep = () => {
    if (!form || !state.form.settings) return;
    state.form.settings = { ...readForm(form, settings()), mauBaoCao: kind.value };
    nameIt();
    saveFormSoon(state, (e) => showError(status, e));
  };

  /** The sheet chosen, when several hold results. */
  const chosenSheet = () => (sheetField.hidden ? undefined : sheetSel.value || undefined);
  /** Errors in what the report is written from, not accepted: the report is a draft, and its name says so. */
  const isDraft = () => !accept.hidden && !acceptBox.checked;
  /** The file's name, unless the clerk typed one. */
  const nameIt = () => {
    if (!fileNameTyped && state.form.settings) fileName.value = reportFileName(kind.value, state.form.settings, isDraft());
    fitName();
  };

  const refreshState = () => {
    const r = state.result;
    const sheets = r ? reportScope(r).sheets : [];
    if (state.form.sheet && !sheets.includes(state.form.sheet)) state.form.sheet = undefined;
    clear(sheetSel, ...sheets.map((s) => el('option', { value: s }, [s])));
    sheetSel.value = state.form.sheet ?? sheets[0] ?? '';
    sheetField.hidden = sheets.length < 2;
    const ready = canWrite();
    previewBtn.disabled = createBtn.disabled = !ready;
    noTable.hidden = !r || ready;
    // The errors of what the report is written from: another month's do not make this one a draft.
    const errors = r ? reportScope(r, chosenSheet()).errors : 0;
    accept.hidden = errors === 0;
    acceptBox.checked = state.form.accepted && !accept.hidden;
    readAt.textContent = readAtText(state);
    // The errors' note sits above the box that accepts them: what the box is for is read before it.
    errorsNote.textContent = errors > 0 ? T.report.hasErrors(errors) : '';
    errorsNote.hidden = errors === 0;
    nameIt();
  };

  /** What the last reading changed, said with the result of the action ('' when nothing changed). */
  let changed = '';
  /** Reads the sheet again and runs the report job on it with the state's settings and the choices of this tab. */
  const build = async (say: (s: string) => void): Promise<ReportJobResult | undefined> => {
    // A day that is no day would be printed as it is: the report waits for it to be corrected.
    if (form && !checkDates(form)) {
      say(T.report.fixDates);
      return undefined;
    }
    const before = state.result;
    const result = await readAndCheck(state, say);
    refreshState();
    if (!canWrite()) {
      say(T.report.noTable);
      return undefined;
    }
    changed = before && before.summary.errors !== result.summary.errors ? T.report.changed(result.summary.errors) : '';
    say(T.report.building);
    const sheet = chosenSheet();
    return paneReportJob(state, { kind: kind.value, accepted: acceptBox.checked, ...(sheet ? { sheet } : {}) });
  };
  /** What the pane says with a report: the job's notes (the draft first), what changed since the last reading. */
  const notesText = (r: ReportJobResult, extra = '') =>
    [extra, ...r.notes.filter((n) => n.code !== 'nhieu-trang').map((n) => n.message), changed].filter(Boolean).join(' ');

  kind.addEventListener('change', () => {
    sayKind();
    keep();
    refreshState();
  });
  acceptBox.addEventListener('change', () => {
    state.form.accepted = acceptBox.checked;
    nameIt();
  });
  fileName.addEventListener('input', () => {
    if (/[\r\n]/.test(fileName.value)) fileName.value = fileName.value.replace(/[\r\n]+/g, ' ');
    fileNameTyped = fileName.value.trim() !== '';
    fitName();
  });

  previewBtn.addEventListener(
    'click',
    () =>
      void busy(
        previewBtn,
        status,
        async (say) => {
          try {
            const r = await build(say);
            if (!r) return;
            const [{ reportToDocx }, { renderAsync }] = await Promise.all([docxWriter(state.host), docxPreview(state.host)]);
            const bytes = await reportToDocx(r.doc);
            const page = el('div', { class: 'pages' });
            clear(preview, page);
            preview.hidden = false;
            await renderAsync(bytes, page, undefined, PREVIEW_OPTIONS);
            zoom.apply(preview, page);
            // The preview opens where the clerk looks: its top brought into view.
            preview.scrollIntoView({ block: 'start' });
            say(notesText(r));
          } catch (e) {
            showError(status, e);
          }
        },
        3,
      ),
  );
  createBtn.addEventListener(
    'click',
    () =>
      void busy(
        createBtn,
        status,
        async (say) => {
          try {
            clear(link);
            const r = await build(say);
            if (!r) return;
            await state.host.saveSettings(settings());
            const name = safeFileName(fileName.value) || reportFileName(kind.value, settings(), r.doc.draft !== undefined);
            const where = target.value as 'drive' | 'download';
            const saved = await saveReport(state, r.doc, name, where, say, link, { googleDoc: googleDocBox.checked, record: { kind: kind.value, ask } });
            if (!saved) return;
            say(notesText(r, [savedText(saved), saved.note].filter(Boolean).join(' ')));
            // The folder may have changed: forgotten (fell back), or renamed in Drive.
            if (saved.folder) void folder?.refresh();
          } catch (e) {
            showError(status, e);
          }
        },
        4,
      ),
  );

  // The primary action near the top (in view at 300×560 and at 150%): the kind, then «Tạo báo cáo» and what it did;
  // what the errors mean above the box accepting them; the preview; the settings, where and under what name after.
  const node = el('section', { class: 'view', id: 'view-report', 'aria-labelledby': 'tab-report' }, [
    el('label', { class: 'field', for: 'report-kind' }, [el('span', {}, [T.report.kind]), kind]),
    kindHint,
    noTable,
    el('div', { class: 'actions' }, [createBtn, previewBtn]),
    // What is known only once the workbook is read goes under the buttons: «Tạo báo cáo» never moves when it comes.
    sheetField,
    blockedNote,
    ask,
    status,
    link,
    errorsNote,
    accept,
    readAt,
    zoom.node,
    preview,
    made.node,
    formBox,
    el('label', { class: 'field', for: 'report-target' }, [el('span', {}, [T.report.where]), target]),
    folder?.node,
    googleDoc,
    el('label', { class: 'field', for: 'report-file' }, [el('span', {}, [T.report.fileName]), fileName]),
  ]);

  /** "Tạo trang mẫu": a new sheet with the sample table, then the pane reads the workbook again and finds it. */
  const addSample = (button: HTMLButtonElement) =>
    void busy(
      button,
      status,
      async (say) => {
        try {
          say(T.help.sampleAdding);
          const { sheet } = await state.host.addSampleSheet(SAMPLE_TABLE);
          await show();
          say(T.help.sampleAdded(sheet));
          if (!button.isConnected || noTable.hidden) kind.focus();
        } catch (e) {
          showError(status, e);
        }
      },
      3,
    );

  const show = async () => {
    void folder?.refresh();
    void state.host.downloadBlocked?.().then((b) => (blockedNote.hidden = !b));
    try {
      status.classList.remove('error');
      await readAndCheck(state, (s) => (status.textContent = s));
      status.textContent = '';
      // After the reading: the web page's list belongs to the unit of the file read.
      void made.show();
      const s = await formSettings(state);
      kind.value = reportKind(state.result!, s, { ...(chosenSheet() ? { sheet: chosenSheet()! } : {}) });
      sayKind();
      // The form is built from the state, never from the sheet again: what was typed stays.
      form = settingsForm(
        s,
        missingSettings(s, !needsTable()).map((f) => f.key),
      );
      form.addEventListener('input', keep);
      form.addEventListener('change', keep);
      clear(formBox, form);
      clear(noTable, gettingStarted(true, state.host.sheetless ? undefined : addSample, state.host.sheetless === true));
      refreshState();
    } catch (e) {
      showError(status, e);
    }
  };
  return { node, show };
}

/** A name the host can save: no path separators or control characters, and ".docx" at the end. */
function safeFileName(s: string): string {
  // Control characters are removed with the path separators.
  const t = s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim();
  if (!t) return '';
  return /\.docx$/i.test(t) ? t : `${t}.docx`;
}
